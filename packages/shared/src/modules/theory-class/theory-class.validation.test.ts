import {
  charCount,
  THEORY_CLASS_LIMITS,
  validateTheoryClass,
  type TheoryClassContext,
  type TheoryClassDraft,
  type TheoryClassPerson,
} from '../..';

const today = '2026-03-10';
const school = 'school-a';
const people = new Map<string, TheoryClassPerson>([
  ['p1', { schoolId: school, partyStatus: 'FULL' }],
  ['p2', { schoolId: school, partyStatus: 'PROBATIONARY' }],
  ['staff', { schoolId: school, partyStatus: 'NONE' }],
  ['unknown-status', { schoolId: school, partyStatus: null }],
  ['elsewhere', { schoolId: 'school-b', partyStatus: 'FULL' }],
]);
const ctx: TheoryClassContext = { today, schoolId: school, people, audienceSize: 10 };
const ok: TheoryClassDraft = {
  date: '2026-03-05',
  classHours: 1.5,
  topic: '学习党的二十届四中全会精神',
  kind: 'IDEALS',
  lecturer: '王书记',
  audience: 'MEMBERS',
  expectedCount: 10,
  attendance: [
    { personId: 'p1', status: 'PRESENT' },
    { personId: 'p2', status: 'LEAVE', leaveReason: '出差' },
  ],
};
const check = (patch: Partial<TheoryClassDraft>, c: Partial<TheoryClassContext> = {}) =>
  validateTheoryClass({ ...ok, ...patch }, { ...ctx, ...c });
/** The problems as [field, reason] pairs. */
const reasons = (patch: Partial<TheoryClassDraft>, c: Partial<TheoryClassContext> = {}) =>
  check(patch, c).problems.map((p) => [p.field, p.reason]);
/** 'n' characters that are each two UTF-16 units. */
const wide = (n: number) => '𠮷'.repeat(n);

describe('思想政治课 validation (the one check of the API and the web form)', () => {
  test('a complete class passes, and its value is trimmed, defaulted and counted', () => {
    const r = check({
      topic: '  学习  ',
      lecturer: '\u3000王书记 ',
      expectedCount: null,
      attendance: [
        { personId: 'p1', status: 'PRESENT', leaveReason: 'ignored' },
        { personId: 'p2', status: 'LEAVE', leaveReason: ' 出差 ' },
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({
      date: '2026-03-05',
      classHours: 1.5,
      topic: '学习',
      kind: 'IDEALS',
      lecturer: '王书记',
      audience: 'MEMBERS',
      expectedCount: 10,
      attendance: [
        { personId: 'p1', status: 'PRESENT', leaveReason: null },
        { personId: 'p2', status: 'LEAVE', leaveReason: '出差' },
      ],
      presentCount: 1,
      leaveCount: 1,
    });
  });

  test('text length counts characters (code points), not UTF-16 units', () => {
    expect(charCount('𠮷a')).toBe(2);
    expect(check({ topic: wide(100), lecturer: wide(50) }).problems).toEqual([]);
    expect(
      check({
        attendance: [{ personId: 'p2', status: 'LEAVE', leaveReason: wide(THEORY_CLASS_LIMITS.leaveReasonMax) }],
      }).problems,
    ).toEqual([]);
  });

  test('topic required and at most 100 characters', () => {
    expect(reasons({ topic: ' \u3000 ' })).toEqual([['topic', 'TOPIC_REQUIRED']]);
    expect(check({ topic: wide(101) }).problems).toEqual([
      { field: 'topic', reason: 'TOPIC_TOO_LONG', params: { max: 100 } },
    ]);
    expect(check({ topic: `  ${'学'.repeat(100)}  ` }).problems).toEqual([]);
  });

  test('lecturer required, and a too-long lecturer says so (not "required")', () => {
    expect(reasons({ lecturer: '' })).toEqual([['lecturer', 'LECTURER_REQUIRED']]);
    expect(check({ lecturer: wide(51) }).problems).toEqual([
      { field: 'lecturer', reason: 'LECTURER_TOO_LONG', params: { max: 50 } },
    ]);
  });

  test('class-hours 0.5 to 8 in steps of 0.5', () => {
    for (const h of [0, 0.25, 0.75, 1.3, 8.5, -1, null])
      expect(check({ classHours: h }).problems).toEqual([
        { field: 'classHours', reason: 'CLASS_HOURS_RANGE', params: { min: 0.5, max: 8 } },
      ]);
    for (const h of [0.5, 1, 7.5, 8]) expect(check({ classHours: h }).problems).toEqual([]);
  });

  test('date: well formed, and within the planning and recording window', () => {
    expect(reasons({ date: '' })).toEqual([['date', 'DATE_INVALID']]);
    expect(reasons({ date: '2026-02-30' })).toEqual([['date', 'DATE_INVALID']]);
    expect(reasons({ date: '2027-03-12', attendance: [] })).toEqual([['date', 'DATE_TOO_FAR']]);
    expect(reasons({ date: '2027-03-11', attendance: [] })).toEqual([]);
    expect(reasons({ date: '2023-03-01' })).toEqual([['date', 'DATE_TOO_FAR']]);
    expect(reasons({ date: '2023-03-10' })).toEqual([]);
  });

  test('no attendance for a future class, but a future class without attendance is fine', () => {
    expect(reasons({ date: '2026-03-11' })).toEqual([['attendance', 'ATTENDANCE_BEFORE_CLASS']]);
    expect(reasons({ date: '2026-03-11', attendance: [] })).toEqual([]);
    expect(reasons({ date: today })).toEqual([]);
  });

  test('expected count: an integer 0 to 2000, defaulting to the audience size', () => {
    for (const e of [-1, 1.5, 2001])
      expect(check({ expectedCount: e }).problems).toEqual([
        { field: 'expectedCount', reason: 'EXPECTED_RANGE', params: { max: 2000 } },
      ]);
    expect(check({ expectedCount: 0, attendance: [] }).value?.expectedCount).toBe(0);
    expect(check({ expectedCount: null, attendance: [] }).value?.expectedCount).toBe(10);
    expect(reasons({ expectedCount: null }, { audienceSize: 2001 })).toEqual([['expectedCount', 'EXPECTED_RANGE']]);
  });

  test('present + leave must not exceed expected, on the expectedCount field', () => {
    expect(check({ expectedCount: 1 }).problems).toEqual([
      { field: 'expectedCount', reason: 'PRESENT_EXCEEDS_EXPECTED', params: { present: 1, expected: 1 } },
    ]);
    expect(reasons({ expectedCount: null }, { audienceSize: 1 })).toEqual([
      ['expectedCount', 'PRESENT_EXCEEDS_EXPECTED'],
    ]);
    // while the web has not loaded the audience size, an empty expected count is not checked (and nothing is stored)
    expect(check({ expectedCount: null }, { audienceSize: null })).toEqual({ problems: [] });
    // an out-of-range count is reported once, not also as exceeded
    expect(reasons({ expectedCount: -1 })).toEqual([['expectedCount', 'EXPECTED_RANGE']]);
  });

  test('a leave needs a reason of at most 200 characters, reported on its row', () => {
    expect(check({ attendance: [{ personId: 'p2', status: 'LEAVE', leaveReason: ' ' }] }).problems).toEqual([
      { field: 'attendance', reason: 'LEAVE_REASON_REQUIRED', personId: 'p2' },
    ]);
    expect(check({ attendance: [{ personId: 'p2', status: 'LEAVE' }] }).problems[0]?.reason).toBe(
      'LEAVE_REASON_REQUIRED',
    );
    expect(check({ attendance: [{ personId: 'p2', status: 'LEAVE', leaveReason: wide(201) }] }).problems).toEqual([
      { field: 'attendance', reason: 'LEAVE_REASON_TOO_LONG', params: { max: 200 }, personId: 'p2' },
    ]);
  });

  test('each attendee once, of this school, and a Party member when the class is for members', () => {
    expect(
      check({
        attendance: [
          { personId: 'p2', status: 'LEAVE', leaveReason: ' ' },
          { personId: 'p2', status: 'PRESENT' },
        ],
      }).problems,
    ).toEqual([
      { field: 'attendance', reason: 'LEAVE_REASON_REQUIRED', personId: 'p2' },
      { field: 'attendance', reason: 'DUPLICATE_ATTENDEE', personId: 'p2' },
    ]);
    expect(check({ attendance: [{ personId: 'elsewhere', status: 'PRESENT' }] }).problems).toEqual([
      { field: 'attendance', reason: 'PERSON_NOT_IN_SCHOOL', personId: 'elsewhere' },
    ]);
    expect(reasons({ attendance: [{ personId: 'nobody', status: 'PRESENT' }] })).toEqual([
      ['attendance', 'PERSON_NOT_IN_SCHOOL'],
    ]);
    expect(check({ attendance: [{ personId: 'staff', status: 'PRESENT' }] }).problems).toEqual([
      { field: 'attendance', reason: 'PERSON_NOT_IN_AUDIENCE', personId: 'staff' },
    ]);
    expect(reasons({ audience: 'ALL_STAFF', attendance: [{ personId: 'staff', status: 'PRESENT' }] })).toEqual([]);
    // a status the web does not know yet is left to the API
    expect(reasons({ attendance: [{ personId: 'unknown-status', status: 'PRESENT' }] })).toEqual([]);
  });

  test('every problem at once, in the order of the form, so the first is the topmost field', () => {
    const r = check({
      attendance: [
        { personId: 'staff', status: 'PRESENT' },
        { personId: 'p1', status: 'LEAVE', leaveReason: '' },
      ],
      expectedCount: 1,
      lecturer: '',
      classHours: null,
      date: '2026-03-11',
      topic: '',
    });
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => [p.field, p.reason, p.personId])).toEqual([
      ['topic', 'TOPIC_REQUIRED', undefined],
      ['classHours', 'CLASS_HOURS_RANGE', undefined],
      ['lecturer', 'LECTURER_REQUIRED', undefined],
      ['expectedCount', 'PRESENT_EXCEEDS_EXPECTED', undefined],
      ['attendance', 'ATTENDANCE_BEFORE_CLASS', undefined],
      ['attendance', 'PERSON_NOT_IN_AUDIENCE', 'staff'],
      ['attendance', 'LEAVE_REASON_REQUIRED', 'p1'],
    ]);
  });

  test('a value of the wrong type is INVALID_INPUT on its field, never a zod message', () => {
    const bad = { ...ok, kind: 'LECTURE', classHours: '1' } as unknown as TheoryClassDraft;
    expect(validateTheoryClass(bad, ctx).problems).toEqual([
      { field: 'classHours', reason: 'INVALID_INPUT', params: { detail: 'classHours' } },
      { field: 'kind', reason: 'INVALID_INPUT', params: { detail: 'kind' } },
    ]);
  });
});
