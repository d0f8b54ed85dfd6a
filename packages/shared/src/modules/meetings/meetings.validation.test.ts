import {
  MEETING_LIMITS,
  quorumMet,
  validateMeeting,
  type MeetingContext,
  type MeetingDraft,
  type MeetingPerson,
} from '../..';

const today = '2026-03-10';
const school = 'school-a';
const people = new Map<string, MeetingPerson>([
  ['full1', { schoolId: school, partyStatus: 'FULL' }],
  ['full2', { schoolId: school, partyStatus: 'FULL' }],
  ['prob', { schoolId: school, partyStatus: 'PROBATIONARY' }],
  ['staff', { schoolId: school, partyStatus: 'NONE' }],
  ['elsewhere', { schoolId: 'school-b', partyStatus: 'FULL' }],
]);
const ctx: MeetingContext = { today, schoolId: school, people };
const ok: MeetingDraft = {
  kind: 'MEMBERS_MEETING',
  topic: '第一季度支部党员大会',
  plannedOn: '2026-03-05',
  heldOn: '2026-03-06',
  place: '学校会议室',
  hostId: 'full1',
  recorderId: 'full2',
  content: '学习全国教育大会精神；讨论发展对象',
  ideologicalWork: '针对教师职业倦怠开展谈心谈话安排',
  resolutions: '同意确定张三为发展对象',
  attendance: [
    { personId: 'full1', status: 'PRESENT' },
    { personId: 'full2', status: 'ABSENT' },
    { personId: 'prob', status: 'PRESENT' },
    { personId: 'staff', status: 'PRESENT' },
  ],
};
const check = (patch: Partial<MeetingDraft>, c: Partial<MeetingContext> = {}) =>
  validateMeeting({ ...ok, ...patch }, { ...ctx, ...c });
const reasons = (patch: Partial<MeetingDraft>) => check(patch).problems.map((p) => [p.field, p.reason]);
const wide = (n: number) => '𠮷'.repeat(n);

describe('三会一课 validation (the one check of the API and the web form)', () => {
  test('a complete meeting passes: text trimmed, empty text null, attendance counted', () => {
    const r = check({
      topic: '  党员大会 ',
      place: '  ',
      content: '',
      partyGroup: '第一党小组',
      attendance: [
        { personId: 'full1', status: 'PRESENT', leaveReason: 'ignored' },
        { personId: 'full2', status: 'LEAVE', leaveReason: ' 出差 ' },
        { personId: 'prob', status: 'PRESENT' },
        { personId: 'staff', status: 'ABSENT' },
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.value).toMatchObject({
      topic: '党员大会',
      place: null,
      content: null,
      // only a Party group meeting keeps its group
      partyGroup: null,
      countsAsTheoryClass: false,
      classHours: null,
      attendance: [
        { personId: 'full1', status: 'PRESENT', leaveReason: null },
        { personId: 'full2', status: 'LEAVE', leaveReason: '出差' },
        { personId: 'prob', status: 'PRESENT', leaveReason: null },
        { personId: 'staff', status: 'ABSENT', leaveReason: null },
      ],
      // expected: 应到 4, 实到 2, 请假 1, 缺席 1; members 3 expected, 2 present, 1 full member votes
      counts: { expected: 4, present: 2, leave: 1, absent: 1, memberExpected: 3, memberPresent: 2, votingPresent: 1 },
    });
  });

  test("quorum of a members' meeting: more than half of the members expected present, non-members not counted", () => {
    const counts = check({}).value!.counts;
    // full1 and prob present of full1, full2, prob: 2 of 3; staff sat in and does not count
    expect(counts).toMatchObject({ memberExpected: 3, memberPresent: 2, votingPresent: 1 });
    expect(quorumMet('MEMBERS_MEETING', '2026-03-06', counts)).toBe(true);
    const half = check({
      attendance: [
        { personId: 'full1', status: 'PRESENT' },
        { personId: 'full2', status: 'LEAVE', leaveReason: '病假' },
        { personId: 'staff', status: 'PRESENT' },
      ],
    }).value!.counts;
    expect(quorumMet('MEMBERS_MEETING', '2026-03-06', half)).toBe(false);
    expect(quorumMet('BRANCH_COMMITTEE', '2026-03-06', counts)).toBeNull();
    expect(quorumMet('MEMBERS_MEETING', null, counts)).toBeNull();
  });

  test('a meeting marked as held on a future date is refused; a planned future meeting is fine', () => {
    expect(reasons({ heldOn: '2026-03-11', attendance: [] })).toEqual([['heldOn', 'MEETING_HELD_IN_FUTURE']]);
    expect(reasons({ plannedOn: '2026-04-01', heldOn: null, attendance: [] })).toEqual([]);
    expect(reasons({ heldOn: today })).toEqual([]);
  });

  test('dates: one of planned and held, well formed, within the window; planned defaults to held', () => {
    expect(reasons({ plannedOn: null, heldOn: null, attendance: [] })).toEqual([
      ['plannedOn', 'MEETING_DATE_REQUIRED'],
    ]);
    expect(reasons({ plannedOn: '', heldOn: '', attendance: [] })).toEqual([['plannedOn', 'MEETING_DATE_REQUIRED']]);
    expect(check({ plannedOn: null }).value?.plannedOn).toBe('2026-03-06');
    expect(reasons({ plannedOn: '2026-02-30' })).toEqual([['plannedOn', 'MEETING_DATE_INVALID']]);
    expect(reasons({ heldOn: '03/06/2026' })).toEqual([['heldOn', 'MEETING_DATE_INVALID']]);
    expect(reasons({ plannedOn: '2027-03-12', heldOn: null, attendance: [] })).toEqual([
      ['plannedOn', 'MEETING_DATE_TOO_FAR'],
    ]);
    expect(reasons({ heldOn: '2023-03-01' })).toEqual([['heldOn', 'MEETING_DATE_TOO_FAR']]);
  });

  test('no attendance before the meeting is held', () => {
    expect(reasons({ heldOn: null })).toEqual([['attendance', 'MEETING_ATTENDANCE_BEFORE_HELD']]);
  });

  test('a person who is not in the school: attendee, host or recorder', () => {
    expect(check({ attendance: [{ personId: 'elsewhere', status: 'PRESENT' }] }).problems).toEqual([
      { field: 'attendance', reason: 'MEETING_PERSON_NOT_IN_SCHOOL', personId: 'elsewhere' },
    ]);
    expect(reasons({ attendance: [{ personId: 'nobody', status: 'ABSENT' }] })).toEqual([
      ['attendance', 'MEETING_PERSON_NOT_IN_SCHOOL'],
    ]);
    expect(reasons({ hostId: 'elsewhere', recorderId: 'nobody' })).toEqual([
      ['hostId', 'MEETING_PERSON_NOT_IN_SCHOOL'],
      ['recorderId', 'MEETING_PERSON_NOT_IN_SCHOOL'],
    ]);
  });

  test('each attendee once, a leave with a reason, at most the limit of people', () => {
    expect(
      check({
        attendance: [
          { personId: 'full1', status: 'LEAVE', leaveReason: ' ' },
          { personId: 'full1', status: 'PRESENT' },
        ],
      }).problems,
    ).toEqual([
      { field: 'attendance', reason: 'MEETING_LEAVE_REASON_REQUIRED', personId: 'full1' },
      { field: 'attendance', reason: 'MEETING_DUPLICATE_ATTENDEE', personId: 'full1' },
    ]);
    expect(check({ attendance: [{ personId: 'full1', status: 'LEAVE', leaveReason: wide(201) }] }).problems).toEqual([
      { field: 'attendance', reason: 'MEETING_LEAVE_REASON_TOO_LONG', params: { max: 200 }, personId: 'full1' },
    ]);
    const many = Array.from({ length: MEETING_LIMITS.attendeesMax + 1 }, (_, i) => ({
      personId: `p${i}`,
      status: 'PRESENT' as const,
    }));
    const crowd = new Map(many.map((a) => [a.personId, { schoolId: school, partyStatus: 'FULL' as const }]));
    expect(check({ attendance: many, hostId: null, recorderId: null }, { people: crowd }).problems).toEqual([
      { field: 'attendance', reason: 'MEETING_TOO_MANY_ATTENDEES', params: { max: 500 } },
    ]);
  });

  test('a Party group meeting names its group', () => {
    expect(reasons({ kind: 'PARTY_GROUP', partyGroup: '  ' })).toEqual([
      ['partyGroup', 'MEETING_PARTY_GROUP_REQUIRED'],
    ]);
    expect(check({ kind: 'PARTY_GROUP', partyGroup: wide(51) }).problems).toEqual([
      { field: 'partyGroup', reason: 'MEETING_PARTY_GROUP_TOO_LONG', params: { max: 50 } },
    ]);
    expect(check({ kind: 'PARTY_GROUP', partyGroup: ' 第二党小组 ' }).value?.partyGroup).toBe('第二党小组');
  });

  test("enter once: a Party lecture or themed Party day may be the month's theory class, with its class-hours", () => {
    const lecture = check({ kind: 'PARTY_LECTURE', countsAsTheoryClass: true, classHours: 1.5 });
    expect(lecture.value).toMatchObject({ countsAsTheoryClass: true, classHours: 1.5 });
    expect(check({ kind: 'THEMED_PARTY_DAY', countsAsTheoryClass: true, classHours: 2 }).problems).toEqual([]);
    expect(reasons({ countsAsTheoryClass: true, classHours: 1 })).toEqual([
      ['countsAsTheoryClass', 'MEETING_THEORY_CLASS_KIND'],
    ]);
    for (const h of [null, 0, 1.3, 9])
      expect(reasons({ kind: 'PARTY_LECTURE', countsAsTheoryClass: true, classHours: h })).toEqual([
        ['classHours', 'MEETING_CLASS_HOURS_RANGE'],
      ]);
    // class-hours without the flag are not stored
    expect(check({ kind: 'PARTY_LECTURE', countsAsTheoryClass: false, classHours: 2 }).value?.classHours).toBeNull();
  });

  test('text limits count characters (code points)', () => {
    expect(check({ topic: wide(100), place: wide(100), ideologicalWork: wide(500) }).problems).toEqual([]);
    expect(reasons({ topic: '' })).toEqual([['topic', 'MEETING_TOPIC_REQUIRED']]);
    expect(check({ topic: wide(101) }).problems).toEqual([
      { field: 'topic', reason: 'MEETING_TOPIC_TOO_LONG', params: { max: 100 } },
    ]);
    expect(
      reasons({ place: wide(101), content: wide(2001), ideologicalWork: wide(501), resolutions: wide(2001) }),
    ).toEqual([
      ['place', 'MEETING_PLACE_TOO_LONG'],
      ['content', 'MEETING_CONTENT_TOO_LONG'],
      ['ideologicalWork', 'MEETING_IDEOLOGICAL_WORK_TOO_LONG'],
      ['resolutions', 'MEETING_RESOLUTIONS_TOO_LONG'],
    ]);
  });

  test('every problem at once, in the order of the form', () => {
    const r = check({
      attendance: [{ personId: 'elsewhere', status: 'LEAVE' }],
      heldOn: '2026-04-01',
      topic: '',
      kind: 'PARTY_GROUP',
      partyGroup: null,
      countsAsTheoryClass: true,
    });
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => [p.field, p.reason, p.personId])).toEqual([
      ['topic', 'MEETING_TOPIC_REQUIRED', undefined],
      ['partyGroup', 'MEETING_PARTY_GROUP_REQUIRED', undefined],
      ['heldOn', 'MEETING_HELD_IN_FUTURE', undefined],
      ['countsAsTheoryClass', 'MEETING_THEORY_CLASS_KIND', undefined],
      ['classHours', 'MEETING_CLASS_HOURS_RANGE', undefined],
      ['attendance', 'MEETING_LEAVE_REASON_REQUIRED', 'elsewhere'],
      ['attendance', 'MEETING_PERSON_NOT_IN_SCHOOL', 'elsewhere'],
    ]);
  });

  test('a value of the wrong type is INVALID_INPUT on its field, never a zod message', () => {
    const bad = { ...ok, kind: 'PICNIC', countsAsTheoryClass: 'yes' } as unknown as MeetingDraft;
    expect(validateMeeting(bad, ctx).problems).toEqual([
      { field: 'kind', reason: 'INVALID_INPUT', params: { detail: 'kind' } },
      { field: 'countsAsTheoryClass', reason: 'INVALID_INPUT', params: { detail: 'countsAsTheoryClass' } },
    ]);
  });
});
