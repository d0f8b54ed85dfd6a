import {
  exportCellText,
  importCellText,
  isIdNumber,
  isXlsx,
  PERSON_COLUMNS,
  PERSON_LIMITS,
  readPeopleSheet,
  validatePerson,
  type PersonDraft,
} from '..';

const today = '2026-11-26';
const draft = (over: Partial<PersonDraft> = {}): PersonDraft => ({
  staffNo: 'T0001',
  name: '李红',
  gender: 'FEMALE',
  category: 'TEACHER',
  partyStatus: 'PROBATIONARY',
  joinedOn: '2026-01-10',
  fullMemberOn: '2027-01-10',
  partyPost: null,
  partyGroup: ' 第一党小组 ',
  phone: '138 1234 5678',
  idNumber: '11010519491231002x',
  ...over,
});
const reasons = (d: PersonDraft) => validatePerson(d, { today }).problems.map((p) => `${p.field}:${p.reason}`);

describe('validatePerson', () => {
  test('a good probationary member: trimmed, phone digits, ID upper-cased', () => {
    // expected: no problem, the stored value normalised
    expect(validatePerson(draft(), { today })).toEqual({
      problems: [],
      value: expect.objectContaining({
        partyGroup: '第一党小组',
        phone: '13812345678',
        idNumber: '11010519491231002X',
      }),
    });
  });
  test('every problem at once, in field order', () => {
    expect(
      reasons(
        draft({
          staffNo: '',
          name: '',
          gender: null,
          joinedOn: null,
          fullMemberOn: null,
          phone: '12',
          idNumber: '123',
        }),
      ),
    ).toEqual([
      'staffNo:STAFF_NO_REQUIRED',
      'name:NAME_REQUIRED',
      'gender:VALUE_REQUIRED',
      'joinedOn:JOINED_ON_REQUIRED',
      'fullMemberOn:FULL_MEMBER_ON_REQUIRED',
      'phone:PHONE_INVALID',
      'idNumber:ID_NUMBER_INVALID',
    ]);
  });
  test('party fields of a non-member, dates, lengths (characters, not UTF-16 units)', () => {
    expect(reasons(draft({ partyStatus: 'NONE', fullMemberOn: null, joinedOn: null, partyPost: 'SECRETARY' }))).toEqual(
      ['partyPost:NOT_A_MEMBER_FIELD', 'partyGroup:NOT_A_MEMBER_FIELD'],
    );
    expect(reasons(draft({ joinedOn: '2026-12-01' }))).toEqual(['joinedOn:PERSON_DATE_INVALID']);
    expect(reasons(draft({ fullMemberOn: '2025-12-01' }))).toEqual(['fullMemberOn:FULL_MEMBER_ON_ORDER']);
    expect(reasons(draft({ name: '𠮷'.repeat(PERSON_LIMITS.nameMax) }))).toEqual([]);
    expect(reasons(draft({ name: '𠮷'.repeat(PERSON_LIMITS.nameMax + 1) }))).toEqual(['name:NAME_TOO_LONG']);
  });
  test('ID numbers: the GB 11643 check digit', () => {
    expect([isIdNumber('11010519491231002X'), isIdNumber('110105194912310021')]).toEqual([true, false]);
  });
});

describe('the sheet', () => {
  const header = PERSON_COLUMNS.map((c) => c.header.zh);
  const cells = (over: Record<string, string> = {}) =>
    PERSON_COLUMNS.map(
      (c) =>
        over[c.field] ??
        (
          { staffNo: 'T1', name: '张三', gender: '男', category: '教师', partyStatus: '群众' } as Record<string, string>
        )[c.field] ??
        '',
    );

  test('labels map to codes; a bad row names its row and column; duplicates name the first row', () => {
    const r = readPeopleSheet(
      header,
      [
        { row: 2, cells: cells() },
        { row: 3, cells: cells({ staffNo: 'T2', gender: '未知' }) },
        { row: 4, cells: cells() },
        { row: 5, cells: ['', '', ''] },
      ],
      { today },
    );
    // expected: nothing to commit; the unknown label and the duplicate, by row
    expect(r.rows).toEqual([]);
    expect(r.problems).toEqual([
      { row: 3, field: 'gender', reason: 'VALUE_UNKNOWN', params: { value: '未知', allowed: '男/女' } },
      { row: 4, field: 'staffNo', reason: 'IMPORT_DUPLICATE_STAFF_NO', params: { staffNo: 'T1', firstRow: 2 } },
    ]);
  });
  test('a good sheet (English headers too), a missing column, too many rows', () => {
    const ok = readPeopleSheet(
      PERSON_COLUMNS.map((c) => c.header.en),
      [{ row: 2, cells: cells() }],
      { today },
    );
    expect(ok.rows).toEqual([expect.objectContaining({ row: 2, staffNo: 'T1', gender: 'MALE', partyStatus: 'NONE' })]);
    expect(readPeopleSheet(header.slice(1), [], { today }).problems[0]).toMatchObject({
      reason: 'IMPORT_HEADER_MISSING',
      params: { column: '工号' },
    });
    const many = Array.from({ length: PERSON_LIMITS.importRowsMax + 1 }, (_, i) => ({
      row: i + 2,
      cells: cells({ staffNo: `T${i}` }),
    }));
    expect(readPeopleSheet(header, many, { today }).problems[0].reason).toBe('IMPORT_TOO_MANY_ROWS');
  });
  test('5,000 rows are checked in well under a second', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ row: i + 2, cells: cells({ staffNo: `T${i}` }) }));
    const t0 = performance.now();
    expect(readPeopleSheet(header, rows, { today }).rows).toHaveLength(5000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('cells against formula injection, and the file by content', () => {
  test('formula-like text gets a quote on export and loses it on import', () => {
    for (const t of ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect([exportCellText(t), importCellText(exportCellText(t))]).toEqual([`'${t}`, t]);
    expect([exportCellText('张三'), exportCellText(null), importCellText("'abc")]).toEqual(['张三', '', "'abc"]);
  });
  test('xlsx is a ZIP: PK\\x03\\x04', () => {
    expect(isXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(isXlsx(new TextEncoder().encode('name,phone'))).toBe(false);
  });
});
