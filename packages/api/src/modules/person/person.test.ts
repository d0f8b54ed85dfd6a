import { randomUUID } from 'node:crypto';
import { as, codeOf, DEMO_IDS, lockOtherSchoolPeople, reasonOf, today, withOwner } from '../../../test/harness';

// Mutations here happen in the other bureau's school (临江区实验小学): the class tests use B, the
// browser tests A, and the isolation tests count school C's rows.
const secretary = as('other_school_secretary');
const districtAdmin = as('other_bureau_admin');
const SCHOOL = DEMO_IDS.otherSchool;
const FIELDS = `id schoolId staffNo name gender category partyStatus joinedOn fullMemberOn partyPost partyGroup phone idNumber leftOn version`;
const CREATE = `mutation($in: PersonInput!) { createPerson(input: $in) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $in: PersonUpdateInput!) { updatePerson(id: $id, input: $in) { ${FIELDS} } }`;
const PEOPLE = `query($s: ID!, $q: String, $left: Boolean) { people(schoolId: $s, search: $q, includeLeft: $left, limit: 200) { total items { ${FIELDS} } } }`;
const STAGE = `mutation($in: PersonImportChunkInput!) { stagePeopleImport(input: $in) }`;
const COMMIT = `mutation($s: ID!, $i: ID!) { commitPeopleImport(schoolId: $s, importId: $i) { committed rows created updated unchanged problemCount problems { row field reason message } } }`;
const TRANSFER = `mutation($id: ID!, $to: ID!, $v: Int!, $d: LocalDate!) { transferPerson(id: $id, toSchoolId: $to, version: $v, onDate: $d) }`;
const LEAVE = `mutation($id: ID!, $v: Int!, $d: LocalDate!, $r: String!) { leavePerson(id: $id, version: $v, leftOn: $d, reason: $r) { leftOn version } }`;

const uniq = () => randomUUID().slice(0, 8).toUpperCase();
const person = (over: Record<string, unknown> = {}) => ({
  staffNo: `X${uniq()}`,
  name: '王晓明',
  gender: 'MALE',
  category: 'TEACHER',
  partyStatus: 'PROBATIONARY',
  joinedOn: '2026-01-10',
  fullMemberOn: '2027-01-10',
  partyGroup: '第一党小组',
  phone: '13812345678',
  idNumber: '11010519491231002X',
  ...over,
});

async function auditCount(entityId: string) {
  return withOwner(async (c) =>
    Number(
      (await c.query(`select count(*) from audit_log where entity = 'person' and entity_id = $1`, [entityId])).rows[0]
        .count,
    ),
  );
}

describe('the roster', () => {
  test('add, edit, leave: validated, versioned, audited; contact masked above the school', async () => {
    const r = await secretary(CREATE, { in: { schoolId: SCHOOL, ...person() } });
    expect(r.errors).toBeUndefined();
    const p = r.data!.createPerson;
    // expected: the school itself sees the phone and ID number in full
    expect([p.phone, p.idNumber, p.version]).toEqual(['13812345678', '11010519491231002X', 1]);
    expect(await auditCount(p.id)).toBe(1);

    // expected: the district sees the name, masked contact
    const seen = await districtAdmin(PEOPLE, { s: SCHOOL, q: p.staffNo });
    expect(seen.data!.people.items[0]).toMatchObject({
      name: '王晓明',
      phone: '138****5678',
      idNumber: '1101**********002X',
    });
    // expected: the district cannot edit it (higher serves lower, never edits)
    const edit = await districtAdmin(UPDATE, { id: p.id, in: { ...person({ staffNo: p.staffNo }), version: 1 } });
    expect(codeOf(edit)).toBe('FORBIDDEN');

    const u = await secretary(UPDATE, {
      id: p.id,
      in: {
        ...person({ staffNo: p.staffNo, partyStatus: 'FULL', fullMemberOn: null, partyPost: 'GROUP_LEADER' }),
        version: 1,
      },
    });
    expect(u.errors).toBeUndefined();
    expect(u.data!.updatePerson).toMatchObject({
      partyStatus: 'FULL',
      fullMemberOn: null,
      partyPost: 'GROUP_LEADER',
      version: 2,
    });
    // expected: a stale version is a conflict
    const stale = await secretary(UPDATE, { id: p.id, in: { ...person({ staffNo: p.staffNo }), version: 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');

    const left = await secretary(LEAVE, { id: p.id, v: 2, d: today(), r: '退休返乡' });
    expect(left.data!.leavePerson).toMatchObject({ leftOn: today(), version: 3 });
    // expected: gone from the list, there with includeLeft; no longer editable
    expect((await secretary(PEOPLE, { s: SCHOOL, q: p.staffNo })).data!.people.total).toBe(0);
    expect((await secretary(PEOPLE, { s: SCHOOL, q: p.staffNo, left: true })).data!.people.total).toBe(1);
    expect(reasonOf(await secretary(LEAVE, { id: p.id, v: 3, d: today(), r: 'x' }))).toBe('PERSON_HAS_LEFT');
    expect(await auditCount(p.id)).toBe(3);
  });

  test('bad input: every field checked by the shared validation, with a stable reason', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ' }, 'NAME_REQUIRED', 'name'],
      [{ staffNo: 'a b' }, 'STAFF_NO_INVALID', 'staffNo'],
      [{ fullMemberOn: null }, 'FULL_MEMBER_ON_REQUIRED', 'fullMemberOn'],
      [{ fullMemberOn: '2025-01-01' }, 'FULL_MEMBER_ON_ORDER', 'fullMemberOn'],
      [
        { partyStatus: 'NONE', joinedOn: null, fullMemberOn: null, partyGroup: null, partyPost: 'SECRETARY' },
        'NOT_A_MEMBER_FIELD',
        'partyPost',
      ],
      [{ phone: '=HYPERLINK("x")' }, 'PHONE_INVALID', 'phone'],
      [{ idNumber: '110105194912310021' }, 'ID_NUMBER_INVALID', 'idNumber'],
    ];
    for (const [over, reason, field] of cases) {
      const r = await secretary(CREATE, { in: { schoolId: SCHOOL, ...person(over) } });
      expect([reasonOf(r), r.errors?.[0]?.extensions?.field]).toEqual([reason, field]);
    }
    // expected: a staff number is unique at the school
    const first = person();
    expect((await secretary(CREATE, { in: { schoolId: SCHOOL, ...first } })).errors).toBeUndefined();
    const again = await secretary(CREATE, { in: { schoolId: SCHOOL, ...first } });
    expect([codeOf(again), reasonOf(again)]).toEqual(['CONFLICT', 'STAFF_NO_TAKEN']);
  });

  test('transfer within the bureau keeps both histories; another bureau is refused', async () => {
    const other = await withOwner(
      async (c) =>
        (
          await c.query(
            `select id from organisation where level = 'SCHOOL' and bureau_id = $1 and id <> $2 order by name limit 1`,
            [DEMO_IDS.otherBureau, SCHOOL],
          )
        ).rows[0].id as string,
    );
    const p = (await secretary(CREATE, { in: { schoolId: SCHOOL, ...person() } })).data!.createPerson;
    // expected: another bureau's school, a district, the same school: one refusal, nothing moved
    for (const to of [DEMO_IDS.schoolC, DEMO_IDS.district2, SCHOOL, randomUUID()]) {
      const r = await secretary(TRANSFER, { id: p.id, to, v: 1, d: today() });
      expect(reasonOf(r)).toBe('TRANSFER_TARGET_INVALID');
    }
    // expected: the picker offers the bureau's other schools only
    const targets = await secretary(`query($s: ID!) { personTransferTargets(schoolId: $s) { id name districtName } }`, {
      s: SCHOOL,
    });
    const ids = targets.data!.personTransferTargets.map((t: { id: string }) => t.id);
    expect(ids).toContain(other);
    expect(ids).not.toContain(SCHOOL);
    expect(ids).not.toContain(DEMO_IDS.schoolC);
    const r = await secretary(TRANSFER, { id: p.id, to: other, v: 1, d: today() });
    expect(r.errors).toBeUndefined();
    const rows = await withOwner(
      async (c) =>
        (
          await c.query(
            `select school_id, direction, other_school_id, person_name from person_transfer where person_id = $1 order by direction`,
            [p.id],
          )
        ).rows,
    );
    expect(rows).toEqual([
      { school_id: other, direction: 'IN', other_school_id: SCHOOL, person_name: '王晓明' },
      { school_id: SCHOOL, direction: 'OUT', other_school_id: other, person_name: '王晓明' },
    ]);
    // expected: the sending school no longer sees the person but keeps its history row
    expect((await secretary(PEOPLE, { s: SCHOOL, q: p.staffNo })).data!.people.total).toBe(0);
    const history = await secretary(
      `query($s: ID!) { personTransfers(schoolId: $s) { items { personName direction otherSchoolName onDate } } }`,
      {
        s: SCHOOL,
      },
    );
    // expected: the history names the person and the school as they were; no id outside the scope
    expect(history.data!.personTransfers.items).toContainEqual({
      personName: '王晓明',
      direction: 'OUT',
      otherSchoolName: expect.any(String),
      onDate: today(),
    });
    // expected: and can no longer act on them
    expect(codeOf(await secretary(TRANSFER, { id: p.id, to: SCHOOL, v: 2, d: today() }))).toBe('NOT_FOUND');
    const at = await withOwner(
      async (c) => (await c.query('select school_id, party_group from person where id = $1', [p.id])).rows[0],
    );
    expect(at).toEqual({ school_id: other, party_group: null });
  });
});

describe('Excel import (staged, all or nothing, idempotent)', () => {
  // Thousands of people arrive in the second bureau's school here: hold the lock the suites that
  // count its people take, and remove them again before letting go.
  const prefixes: string[] = [];
  let release: () => Promise<void>;
  beforeAll(async () => {
    release = await lockOtherSchoolPeople();
  });
  afterAll(async () => {
    await withOwner((c) =>
      c.query(`delete from person where school_id = $1 and staff_no like any($2::text[])`, [
        SCHOOL,
        prefixes.map((p) => `${p}%`),
      ]),
    );
    await release();
  });
  const rowsOf = (n: number, prefix: string) => {
    prefixes.push(prefix);
    return rowsOf0(n, prefix);
  };
  const rowsOf0 = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      row: i + 2,
      ...person({ staffNo: `${prefix}${String(i).padStart(4, '0')}`, name: `导入${i}`, idNumber: null }),
    }));
  async function importRows(rows: Record<string, unknown>[], chunk = 100) {
    const importId = randomUUID();
    for (let i = 0; i * chunk < rows.length; i++) {
      const r = await secretary(STAGE, {
        in: { schoolId: SCHOOL, importId, chunk: i, rows: rows.slice(i * chunk, (i + 1) * chunk) },
      });
      expect(r.errors).toBeUndefined();
    }
    const r = await secretary(COMMIT, { s: SCHOOL, i: importId });
    expect(r.errors).toBeUndefined();
    return { ...r.data!.commitPeopleImport, sqlCount: r.sqlCount };
  }
  const countPrefix = (prefix: string) =>
    withOwner(async (c) =>
      Number((await c.query(`select count(*) from person where staff_no like $1`, [`${prefix}%`])).rows[0].count),
    );

  test('a bad row commits nothing and names the row; fixed, it saves once; again, nothing changes', async () => {
    const prefix = `I${uniq()}`;
    const rows = rowsOf(200, prefix);
    rows[136] = { ...rows[136], phone: '=HYPERLINK("http://evil")' };
    const bad = await importRows(rows);
    expect(bad).toMatchObject({ committed: false, created: 0, problemCount: 1 });
    expect(bad.problems).toEqual([
      { row: 138, field: 'phone', reason: 'PHONE_INVALID', message: expect.stringContaining('电话') },
    ]);
    expect(await countPrefix(prefix)).toBe(0);

    rows[136] = { ...rows[136], phone: '13900001111', name: '=HYPERLINK("http://evil")' };
    const good = await importRows(rows);
    expect(good).toMatchObject({ committed: true, rows: 200, created: 200, updated: 0, unchanged: 0 });
    expect(await countPrefix(prefix)).toBe(200);
    // expected: a formula-like name is kept as text
    const stored = await withOwner(
      async (c) => (await c.query('select name from person where staff_no = $1', [`${prefix}0136`])).rows[0].name,
    );
    expect(stored).toBe('=HYPERLINK("http://evil")');
    // expected: one audit entry per person created
    const audited = await withOwner(async (c) =>
      Number(
        (
          await c.query(`select count(*) from audit_log where entity = 'person' and changes->>'after' like $1`, [
            `%${prefix}%`,
          ])
        ).rows[0].count,
      ),
    );
    expect(audited).toBe(200);

    const again = await importRows(rows);
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 200 });
    rows[5] = { ...rows[5], partyGroup: '第二党小组' };
    const changed = await importRows(rows);
    expect(changed).toMatchObject({ committed: true, created: 0, updated: 1, unchanged: 199 });
    expect(await countPrefix(prefix)).toBe(200);
  });

  test('the statement count does not grow with the rows', async () => {
    const small = await importRows(rowsOf(10, `S${uniq()}`), 500);
    const large = await importRows(rowsOf(1000, `L${uniq()}`), 500);
    expect(large.created).toBe(1000);
    // expected: one commit request runs the same statements for 10 rows as for 1,000
    expect(large.sqlCount).toBe(small.sqlCount);
  });

  test('5,000 rows (the limit) stage and commit', async () => {
    const rows = rowsOf(5000, `M${uniq()}`);
    const t0 = performance.now();
    const r = await importRows(rows, 500);
    const ms = performance.now() - t0;
    expect(r).toMatchObject({ committed: true, created: 5000 });
    // Its time is a benchmark figure (pnpm bench, target 8), not a test's: printed only.
    console.log(`import of 5,000 rows: ${ms.toFixed(0)} ms`);
  });

  test('duplicates in the file, an unknown import, too many rows in a chunk, an outsider', async () => {
    const prefix = `D${uniq()}`;
    const rows = rowsOf(3, prefix);
    rows[2] = { ...rows[2], staffNo: rows[0].staffNo };
    const r = await importRows(rows);
    expect(r.problems).toEqual([
      expect.objectContaining({ row: 4, field: 'staffNo', reason: 'IMPORT_DUPLICATE_STAFF_NO' }),
    ]);
    expect(reasonOf(await secretary(COMMIT, { s: SCHOOL, i: randomUUID() }))).toBe('IMPORT_UNKNOWN');
    const big = await secretary(STAGE, {
      in: { schoolId: SCHOOL, importId: randomUUID(), chunk: 0, rows: rowsOf(501, prefix) },
    });
    expect(reasonOf(big)).toBe('IMPORT_TOO_MANY_ROWS');
    const outsider = await as('schoolc_secretary')(STAGE, {
      in: { schoolId: SCHOOL, importId: randomUUID(), chunk: 0, rows: rowsOf(1, prefix) },
    });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(outsider));
  });
});
