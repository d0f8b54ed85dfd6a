import { randomUUID } from 'node:crypto';
import { addMonths, FILE_LIMITS, monthOf, periodOf } from '@djt/shared';
import { apiUrl, as, codeOf, DEMO_IDS, reasonOf, today, tokenFor, withOwner } from '../../../test/harness';

/**
 * 三会一课 through the real API. Writes happen in school C (西山区实验小学), where no other suite
 * records meetings, and dated so that no other suite's figures move: the enter-once class is
 * recorded eight months back, outside the windows other suites compare. The version conflict is
 * played by school A's secretary and clerk on a planned meeting (no facts), deleted afterwards.
 */

const secretary = as('schoolc_secretary');
const SCHOOL = DEMO_IDS.schoolC;

const FIELDS = `id schoolId kind state topic partyGroup plannedOn heldOn place hostId hostName recorderId recorderName
  content ideologicalWork concentratedEducation resolutions countsAsTheoryClass classHours expectedCount presentCount
  leaveCount absentCount memberExpectedCount memberPresentCount votingPresentCount quorumMet version
  attendance { personId personName partyStatus status leaveReason }
  attachments { id kind fileName contentType sizeBytes sha256 }`;
const CREATE = `mutation($in: MeetingInput!) { createMeeting(input: $in) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $in: MeetingUpdateInput!) { updateMeeting(id: $id, input: $in) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteMeeting(id: $id) }`;
const ATTACH = `mutation($m: ID!, $in: MeetingAttachmentInput!) { addMeetingAttachment(meetingId: $m, input: $in) { id meetingId kind fileName contentType sizeBytes sha256 } }`;
const FILE = `query($id: ID!) { meetingAttachment(id: $id) { id fileName contentType sizeBytes contentBase64 } }`;

interface Person {
  id: string;
  party_status: 'FULL' | 'PROBATIONARY' | 'NONE';
}
async function peopleOf(schoolId = SCHOOL): Promise<Person[]> {
  return withOwner(
    async (c) =>
      (await c.query('select id, party_status from person where school_id = $1 order by name, id', [schoolId])).rows,
  );
}
const byStatus = (people: Person[], s: Person['party_status']) => people.filter((p) => p.party_status === s);

/** A tag in the topic of every meeting this file records, so its counts see only its own rows. */
const RUN = randomUUID().slice(0, 8);

/**
 * Rows this file's requests could have written in school C — its meetings (by the run's tag),
 * their attendance and files, and audit entries naming them: a refusal must leave them as they
 * were. Other suites (the browser tests) record meetings in school C at the same time, so the
 * school's totals are not a measure.
 */
async function footprint(): Promise<number[]> {
  return withOwner(async (c) => {
    const counts: number[] = [];
    const mine = `select id from meeting where school_id = $1 and strpos(topic, $2) > 0`;
    // One after the other: a pg client runs one query at a time.
    for (const sql of [
      `select count(*) from meeting where school_id = $1 and strpos(topic, $2) > 0`,
      `select count(*) from meeting_attendance where school_id = $1 and meeting_id in (${mine})`,
      `select count(*) from meeting_attachment where school_id = $1 and meeting_id in (${mine})`,
      `select count(*) from audit_log where school_id = $1 and entity like 'meeting%'
         and (strpos(changes::text, $2) > 0 or entity_id in (select id::text from meeting where school_id = $1 and strpos(topic, $2) > 0))`,
    ])
      counts.push(Number((await c.query(sql, [SCHOOL, RUN])).rows[0].count));
    return counts;
  });
}

async function factOf(
  ruleId: string,
  period: string,
): Promise<{ value: number; detail: Record<string, number> } | null> {
  return withOwner(
    async (c) =>
      (
        await c.query(
          'select value, detail from compliance_fact where school_id = $1 and rule_id = $2 and period = $3',
          [SCHOOL, ruleId, period],
        )
      ).rows[0] ?? null,
  );
}
const valueOf = async (ruleId: string, period: string) => (await factOf(ruleId, period))?.value ?? 0;
const recordsOf = async (ruleId: string, period: string) => (await factOf(ruleId, period))?.detail.records ?? 0;

async function auditOf(entityId: string) {
  return withOwner(
    async (c) =>
      (await c.query(`select action, entity, changes from audit_log where entity_id = $1 order by seq`, [entityId]))
        .rows as { action: string; entity: string; changes: Record<string, unknown> }[],
  );
}

const dayMonthsBack = (n: number, day = 10) => `${addMonths(monthOf(today()), -n)}-${String(day).padStart(2, '0')}`;
const inDays = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const base = (patch: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL,
  kind: 'MEMBERS_MEETING',
  topic: `支部党员大会：学习全国教育大会精神 ${RUN}`,
  heldOn: today(),
  place: '学校会议室',
  content: '学习文件，交流发言',
  ideologicalWork: '针对青年教师职业压力开展谈心谈话',
  resolutions: '通过支部工作安排',
  attendance: [] as unknown[],
  ...patch,
});
/** The same fields for an update (no schoolId). */
const fieldsOf = (input: Record<string, unknown>) => {
  const { schoolId: _s, ...fields } = input;
  return fields;
};

/** Bytes of each accepted type, and something else. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n', 'latin1');
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

describe('recording a meeting', () => {
  test("a held members' meeting with attendance: counts, quorum, votes, facts and audit", async () => {
    const people = await peopleOf();
    const [full1, full2, full3] = byStatus(people, 'FULL');
    const staff = byStatus(people, 'NONE')[0];
    const quarter = periodOf('QUARTER', today());
    const before = await recordsOf('meetings.members-meeting', quarter);
    const r = await secretary(CREATE, {
      in: base({
        hostId: full1.id,
        recorderId: full2.id,
        attendance: [
          { personId: full1.id, status: 'PRESENT' },
          { personId: full2.id, status: 'LEAVE', leaveReason: '外出培训' },
          { personId: full3.id, status: 'PRESENT' },
          { personId: staff.id, status: 'PRESENT' },
        ],
      }),
    });
    expect(r.errors).toBeUndefined();
    const m = r.data!.createMeeting;
    // expected: 应到 4, 实到 3, 请假 1, 缺席 0; of the 3 members 2 present (quorum), 2 full members vote
    expect(m).toMatchObject({
      state: 'HELD',
      plannedOn: today(),
      concentratedEducation: true,
      expectedCount: 4,
      presentCount: 3,
      leaveCount: 1,
      absentCount: 0,
      memberExpectedCount: 3,
      memberPresentCount: 2,
      votingPresentCount: 2,
      quorumMet: true,
      version: 1,
    });
    expect(m.hostName).toBeTruthy();
    expect(m.attendance.find((a: { personId: string }) => a.personId === full2.id)).toMatchObject({
      status: 'LEAVE',
      leaveReason: '外出培训',
      partyStatus: 'FULL',
    });
    expect(m.attendance.find((a: { personId: string }) => a.personId === staff.id).partyStatus).toBe('NONE');

    // expected: the quarter's fact counts it, in the same transaction
    expect(await recordsOf('meetings.members-meeting', quarter)).toBe(before + 1);

    const [audit] = await auditOf(m.id);
    expect(audit).toMatchObject({ action: 'create', entity: 'meeting' });
    expect(audit.changes.attendance).toEqual(
      expect.arrayContaining([
        { personId: full2.id, status: 'LEAVE' },
        { personId: staff.id, status: 'PRESENT' },
      ]),
    );
    // the leave reason (personal data) stays out of the trail
    expect(JSON.stringify(audit.changes)).not.toContain('外出培训');

    // Another district sees the meeting but not the reason; it cannot record one.
    const district = as('district2_admin');
    const seen = await district(`query($id: ID!) { meeting(id: $id) { attendance { personId status leaveReason } } }`, {
      id: m.id,
    });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.meeting.attendance.find((a: { status: string }) => a.status === 'LEAVE').leaveReason).toBeNull();
    expect(codeOf(await district(CREATE, { in: base() }))).toBe('FORBIDDEN');

    expect((await secretary(DELETE, { id: m.id })).data!.deleteMeeting).toBe(m.id);
    expect(await recordsOf('meetings.members-meeting', quarter)).toBe(before);
    expect((await auditOf(m.id)).map((a) => a.action)).toEqual(['create', 'delete']);
  });

  test('a planned meeting counts for nothing until it is held; holding it is an audited update', async () => {
    const month = monthOf(today());
    const before = await recordsOf('meetings.branch-committee', month);
    const planned = (
      await secretary(CREATE, {
        in: base({
          kind: 'BRANCH_COMMITTEE',
          topic: '研究下月工作',
          heldOn: null,
          plannedOn: today(),
          ideologicalWork: null,
        }),
      })
    ).data!.createMeeting;
    expect(planned).toMatchObject({ state: 'PLANNED', heldOn: null, concentratedEducation: false, quorumMet: null });
    expect(await recordsOf('meetings.branch-committee', month)).toBe(before);

    const [p] = await peopleOf();
    const held = await secretary(UPDATE, {
      id: planned.id,
      in: {
        ...fieldsOf(
          base({ kind: 'BRANCH_COMMITTEE', topic: '研究下月工作', plannedOn: today(), ideologicalWork: null }),
        ),
        attendance: [{ personId: p.id, status: 'ABSENT' }],
        version: planned.version,
      },
    });
    expect(held.errors).toBeUndefined();
    expect(held.data!.updateMeeting).toMatchObject({ state: 'HELD', version: 2, absentCount: 1, expectedCount: 1 });
    expect(await recordsOf('meetings.branch-committee', month)).toBe(before + 1);
    const audit = await auditOf(planned.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].changes).toMatchObject({
      before: { heldOn: null },
      after: { heldOn: today() },
      attendanceBefore: [],
      attendance: [{ personId: p.id, status: 'ABSENT' }],
    });
    await secretary(DELETE, { id: planned.id });
  });

  test("enter once: a Party lecture recorded as the month's theory class counts for both rules", async () => {
    const day = dayMonthsBack(8);
    const month = day.slice(0, 7);
    const classBefore = await factOf('theory-class.monthly', month);
    const lecturesBefore = await recordsOf('meetings.party-lecture', periodOf('QUARTER', day));
    const r = await secretary(CREATE, {
      in: base({
        kind: 'PARTY_LECTURE',
        topic: '书记讲党课：弘扬教育家精神',
        heldOn: day,
        countsAsTheoryClass: true,
        classHours: 2,
      }),
    });
    expect(r.errors).toBeUndefined();
    const lecture = r.data!.createMeeting;
    expect(lecture).toMatchObject({ countsAsTheoryClass: true, classHours: 2 });
    // expected: 2 more class-hours and one more record for the class rule; one more lecture
    const classAfter = (await factOf('theory-class.monthly', month))!;
    expect(classAfter.value).toBe((classBefore?.value ?? 0) + 2);
    expect(classAfter.detail.records).toBe((classBefore?.detail.records ?? 0) + 1);
    expect(classAfter.detail.meetings).toBe((classBefore?.detail.meetings ?? 0) + 1);
    expect(await recordsOf('meetings.party-lecture', periodOf('QUARTER', day))).toBe(lecturesBefore + 1);

    // No longer counted as the class: the class rule is back where it was.
    const u = await secretary(UPDATE, {
      id: lecture.id,
      in: {
        ...fieldsOf(base({ kind: 'PARTY_LECTURE', topic: '书记讲党课：弘扬教育家精神', heldOn: day })),
        version: lecture.version,
      },
    });
    expect(u.data!.updateMeeting).toMatchObject({ countsAsTheoryClass: false, classHours: null });
    expect(await valueOf('theory-class.monthly', month)).toBe(classBefore?.value ?? 0);
    await secretary(DELETE, { id: lecture.id });
    expect(await recordsOf('meetings.party-lecture', periodOf('QUARTER', day))).toBe(lecturesBefore);
  });

  test('a concentrated-education meeting without its ideological-work item shows on the rule', async () => {
    const day = dayMonthsBack(9);
    const month = day.slice(0, 7);
    const before = (await factOf('meetings.ideological-work', month))?.detail ?? {};
    const m = (
      await secretary(CREATE, {
        in: base({ kind: 'THEMED_PARTY_DAY', topic: '重温入党誓词', heldOn: day, ideologicalWork: '  ' }),
      })
    ).data!.createMeeting;
    // expected: blank text is no item
    expect(m.ideologicalWork).toBeNull();
    const after = (await factOf('meetings.ideological-work', month))!.detail;
    expect([after.records, after.missing]).toEqual([(before.records ?? 0) + 1, (before.missing ?? 0) + 1]);
    await secretary(DELETE, { id: m.id });
  });

  test('attendance is reused: the last meeting of the kind (and Party group) gives its people', async () => {
    const people = (await peopleOf()).slice(0, 3);
    const m = (
      await secretary(CREATE, {
        in: base({
          kind: 'PARTY_GROUP',
          partyGroup: '测试党小组',
          topic: '交流学习心得',
          ideologicalWork: null,
          attendance: people.map((p) => ({ personId: p.id, status: 'PRESENT' })),
        }),
      })
    ).data!.createMeeting;
    const LAST = `query($s: ID!, $k: MeetingKind!, $g: String) { lastMeetingAttendance(schoolId: $s, kind: $k, partyGroup: $g) { personId personName partyStatus status } }`;
    const r = await secretary(LAST, { s: SCHOOL, k: 'PARTY_GROUP', g: '测试党小组' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.lastMeetingAttendance.map((a: { personId: string }) => a.personId).sort()).toEqual(
      people.map((p) => p.id).sort(),
    );
    expect(
      (await secretary(LAST, { s: SCHOOL, k: 'PARTY_GROUP', g: '没有这个小组' })).data!.lastMeetingAttendance,
    ).toEqual([]);
    await secretary(DELETE, { id: m.id });
  });

  test('the statements of a recording do not grow with the number of attendees', async () => {
    const people = await peopleOf();
    expect(people.length).toBeGreaterThanOrEqual(20);
    const record = async (n: number) => {
      const r = await secretary(CREATE, {
        in: base({
          kind: 'THEMED_PARTY_DAY',
          topic: `语句数 ${n}`,
          attendance: people.slice(0, n).map((p) => ({ personId: p.id, status: 'PRESENT' })),
        }),
      });
      expect(r.errors).toBeUndefined();
      await secretary(DELETE, { id: r.data!.createMeeting.id });
      return r.sqlCount;
    };
    const few = await record(2);
    const many = await record(people.length);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  test('a create retried with the same Idempotency-Key returns the first meeting', async () => {
    const key = `meetings-${Date.now()}`;
    const send = async () => {
      const res = await fetch(`${apiUrl()}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor('schoolc_secretary')}`,
          'idempotency-key': key,
        },
        body: JSON.stringify({
          query: CREATE,
          variables: { in: base({ topic: '幂等测试', heldOn: null, plannedOn: today() }) },
        }),
      });
      return ((await res.json()) as { data: { createMeeting: { id: string } } }).data.createMeeting.id;
    };
    const first = await send();
    expect(await send()).toBe(first);
    const n = await withOwner(
      async (c) => (await c.query(`select count(*)::int as n from meeting where topic = '幂等测试'`)).rows[0].n,
    );
    expect(n).toBe(1);
    await secretary(DELETE, { id: first });
  });
});

describe('two clerks editing the same meeting', () => {
  test('the second save with the version read is a CONFLICT and changes nothing', async () => {
    const sec = as('school_secretary');
    const clerk = as('school_clerk');
    const input = base({ schoolId: DEMO_IDS.schoolA, topic: '版本测试', heldOn: null, plannedOn: inDays(20) });
    const created = (await sec(CREATE, { in: input })).data!.createMeeting;
    const ok = await clerk(UPDATE, { id: created.id, in: { ...fieldsOf(input), topic: '组织委员修订', version: 1 } });
    expect(ok.data!.updateMeeting).toMatchObject({ topic: '组织委员修订', version: 2 });
    const stale = await sec(UPDATE, { id: created.id, in: { ...fieldsOf(input), topic: '书记覆盖', version: 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(reasonOf(stale)).toBe('STALE_UPDATE');
    const row = await withOwner(
      async (c) => (await c.query('select topic, version from meeting where id = $1', [created.id])).rows[0],
    );
    expect(row).toEqual({ topic: '组织委员修订', version: 2 });
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['create', 'update']);
    // a member reads the school's meetings, but records none
    const member = as('member');
    expect(
      (await member(`query($id: ID!) { meeting(id: $id) { topic } }`, { id: created.id })).data!.meeting.topic,
    ).toBe('组织委员修订');
    expect(codeOf(await member(DELETE, { id: created.id }))).toBe('FORBIDDEN');
    await sec(DELETE, { id: created.id });
  });
});

describe('bad input is refused with a stable code, and nothing is written', () => {
  const cases: [string, () => Promise<Record<string, unknown>>, string][] = [
    ['a meeting marked as held on a future date', async () => base({ heldOn: inDays(3) }), 'MEETING_HELD_IN_FUTURE'],
    [
      'an attendee who is not in the school',
      async () => {
        const [here] = await peopleOf();
        const [other] = await peopleOf(DEMO_IDS.schoolB);
        return base({
          attendance: [
            { personId: here.id, status: 'PRESENT' },
            { personId: other.id, status: 'PRESENT' },
          ],
        });
      },
      'MEETING_PERSON_NOT_IN_SCHOOL',
    ],
    [
      'a host who is not in the school',
      async () => base({ hostId: (await peopleOf(DEMO_IDS.otherSchool))[0].id }),
      'MEETING_PERSON_NOT_IN_SCHOOL',
    ],
    [
      'an attendee id that is no person at all',
      async () => base({ attendance: [{ personId: 'x', status: 'PRESENT' }] }),
      'MEETING_PERSON_NOT_IN_SCHOOL',
    ],
    [
      'attendance for a meeting not yet held',
      async () =>
        base({
          heldOn: null,
          plannedOn: inDays(5),
          attendance: [{ personId: (await peopleOf())[0].id, status: 'PRESENT' }],
        }),
      'MEETING_ATTENDANCE_BEFORE_HELD',
    ],
    [
      'the same person twice',
      async () => {
        const [p] = await peopleOf();
        return base({
          attendance: [
            { personId: p.id, status: 'PRESENT' },
            { personId: p.id, status: 'ABSENT' },
          ],
        });
      },
      'MEETING_DUPLICATE_ATTENDEE',
    ],
    [
      'a leave without a reason',
      async () => base({ attendance: [{ personId: (await peopleOf())[0].id, status: 'LEAVE', leaveReason: '' }] }),
      'MEETING_LEAVE_REASON_REQUIRED',
    ],
    [
      'a branch committee meeting counted as the theory class',
      async () => base({ kind: 'BRANCH_COMMITTEE', countsAsTheoryClass: true, classHours: 1 }),
      'MEETING_THEORY_CLASS_KIND',
    ],
    [
      'a theory class without class-hours',
      async () => base({ kind: 'PARTY_LECTURE', countsAsTheoryClass: true }),
      'MEETING_CLASS_HOURS_RANGE',
    ],
    [
      'a Party group meeting without its group',
      async () => base({ kind: 'PARTY_GROUP' }),
      'MEETING_PARTY_GROUP_REQUIRED',
    ],
    ['no date at all', async () => base({ heldOn: null }), 'MEETING_DATE_REQUIRED'],
    ['an empty topic', async () => base({ topic: ' ' }), 'MEETING_TOPIC_REQUIRED'],
  ];
  test.each(cases)('%s', async (_name, build, reason) => {
    const input = await build();
    const before = await footprint();
    const r = await secretary(CREATE, { in: input });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(reasonOf(r)).toBe(reason);
    expect(r.errors![0].message).not.toMatch(/at .*\.ts|Error:/);
    expect(await footprint()).toEqual(before);
  });

  test('a failed edit leaves the meeting and its attendance as they were', async () => {
    const [p, q] = await peopleOf();
    const input = base({ topic: '原样保留', attendance: [{ personId: p.id, status: 'PRESENT' }] });
    const created = (await secretary(CREATE, { in: input })).data!.createMeeting;
    const r = await secretary(UPDATE, {
      id: created.id,
      in: {
        ...fieldsOf(input),
        topic: '改坏',
        heldOn: inDays(2),
        attendance: [{ personId: q.id, status: 'PRESENT' }],
        version: 1,
      },
    });
    expect(reasonOf(r)).toBe('MEETING_HELD_IN_FUTURE');
    const row = await withOwner(
      async (c) =>
        (
          await c.query(
            `select topic, version, (select array_agg(person_id::text) from meeting_attendance where meeting_id = $1) as who
               from meeting where id = $1`,
            [created.id],
          )
        ).rows[0],
    );
    expect(row).toEqual({ topic: '原样保留', version: 1, who: [p.id] });
    await secretary(DELETE, { id: created.id });
  });

  test('messages come in the language asked for, on the field at fault', async () => {
    const zh = await secretary(CREATE, { in: base({ heldOn: inDays(1) }) }, 'zh-CN');
    const en = await secretary(CREATE, { in: base({ heldOn: inDays(1) }) }, 'en');
    expect(zh.errors![0].message).toBe('实际召开日期不能晚于今天：尚未召开的会议请只填写计划日期');
    expect(en.errors![0].message).toMatch(/^A meeting cannot have been held after today/);
    expect(en.errors![0].extensions!.field).toBe('heldOn');
  });

  test('a malformed month, an oversized page and an unknown kind are BAD_USER_INPUT', async () => {
    const LIST = (args: string) => `query($s: ID!) { meetings(schoolId: $s, ${args}) { total } }`;
    expect(reasonOf(await secretary(LIST('fromMonth: "2026-13"'), { s: SCHOOL }))).toBe('INVALID_MONTH');
    expect(reasonOf(await secretary(LIST('limit: 5000'), { s: SCHOOL }))).toBe('PAGE_LIMIT');
    expect(codeOf(await secretary(CREATE, { in: base({ kind: 'PICNIC' }) }))).toBe('BAD_USER_INPUT');
  });
});

describe('attached files', () => {
  let meetingId = '';
  beforeAll(async () => {
    meetingId = (await secretary(CREATE, { in: base({ topic: `附件测试 ${RUN}` }) })).data!.createMeeting.id;
  });
  afterAll(async () => {
    await secretary(DELETE, { id: meetingId });
  });
  const attach = (bytes: Buffer | string, fileName = 'file.png', kind = 'SIGN_IN_SHEET') =>
    secretary(ATTACH, {
      m: meetingId,
      in: { kind, fileName, contentBase64: typeof bytes === 'string' ? bytes : bytes.toString('base64') },
    });

  test('a PNG and a PDF are kept, typed by their content, and read back byte for byte', async () => {
    const png = await attach(PNG, '签到表.png');
    expect(png.errors).toBeUndefined();
    expect(png.data!.addMeetingAttachment).toMatchObject({
      contentType: 'image/png',
      sizeBytes: PNG.length,
      fileName: '签到表.png',
    });
    // a PDF named .jpg is a PDF
    const pdf = await attach(PDF, 'minutes.jpg', 'MINUTES');
    expect(pdf.data!.addMeetingAttachment.contentType).toBe('application/pdf');
    const read = await secretary(FILE, { id: pdf.data!.addMeetingAttachment.id });
    expect(Buffer.from(read.data!.meetingAttachment.contentBase64, 'base64').equals(PDF)).toBe(true);
    const meeting = await secretary(`query($id: ID!) { meeting(id: $id) { attachments { id contentType } } }`, {
      id: meetingId,
    });
    expect(meeting.data!.meeting.attachments).toHaveLength(2);
    const [audit] = await auditOf(png.data!.addMeetingAttachment.id);
    expect(audit).toMatchObject({
      action: 'create',
      entity: 'meeting_attachment',
      changes: { after: { sizeBytes: PNG.length } },
    });
    // another school's secretary cannot read it (no existence oracle)
    expect(codeOf(await as('schoolb_secretary')(FILE, { id: pdf.data!.addMeetingAttachment.id }))).toBe('NOT_FOUND');

    expect(
      (
        await secretary(`mutation($id: ID!) { deleteMeetingAttachment(id: $id) }`, {
          id: pdf.data!.addMeetingAttachment.id,
        })
      ).errors,
    ).toBeUndefined();
    expect(codeOf(await secretary(FILE, { id: pdf.data!.addMeetingAttachment.id }))).toBe('NOT_FOUND');
  });

  // (Every row has all four values: jest would pass a missing one as a done callback.)
  const refusals: [string, () => Buffer | string, string, string][] = [
    ['a GIF named .png (the type is judged by content)', () => GIF, 'FILE_TYPE_NOT_ALLOWED', 'photo.png'],
    ['a script named .pdf', () => Buffer.from('<script>alert(1)</script>'), 'FILE_TYPE_NOT_ALLOWED', 'x.pdf'],
    ['an empty file', () => '', 'FILE_EMPTY', 'empty.pdf'],
    ['content that is not base64', () => '%%%%', 'FILE_ENCODING_INVALID', 'file.png'],
    [
      'a file over the size limit',
      () => Buffer.concat([PNG, Buffer.alloc(FILE_LIMITS.maxBytes + 1 - PNG.length)]),
      'FILE_TOO_LARGE',
      'big.png',
    ],
    ['an empty file name', () => PNG, 'FILE_NAME_REQUIRED', '  '],
  ];
  test.each(refusals)('%s is refused and nothing is written', async (_n, bytes, reason, name) => {
    const before = await footprint();
    const r = await attach(bytes(), name);
    expect([codeOf(r), reasonOf(r)]).toEqual(['BAD_USER_INPUT', reason]);
    expect(await footprint()).toEqual(before);
  });

  test('a request over the body limit is refused before it is read', async () => {
    const r = await attach('A'.repeat(1100 * 1024));
    expect(r.status).toBe(413);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  test('at most 10 files a meeting', async () => {
    const have = (await secretary(`query($id: ID!) { meeting(id: $id) { attachments { id } } }`, { id: meetingId }))
      .data!.meeting.attachments.length;
    for (let i = have; i < 10; i++) expect((await attach(PNG, `照片${i}.png`, 'PHOTO')).errors).toBeUndefined();
    const before = await footprint();
    expect(reasonOf(await attach(PNG, 'eleven.png'))).toBe('MEETING_ATTACHMENTS_TOO_MANY');
    expect(await footprint()).toEqual(before);
  });

  test('deleting the meeting takes its attendance and files with it', async () => {
    const [p] = await peopleOf();
    const m = (
      await secretary(CREATE, { in: base({ topic: '整体删除', attendance: [{ personId: p.id, status: 'PRESENT' }] }) })
    ).data!.createMeeting;
    await secretary(ATTACH, {
      m: m.id,
      in: { kind: 'MINUTES', fileName: 'a.pdf', contentBase64: PDF.toString('base64') },
    });
    expect((await secretary(DELETE, { id: m.id })).errors).toBeUndefined();
    const left = await withOwner(
      async (c) =>
        (
          await c.query(
            `select (select count(*)::int from meeting_attendance where meeting_id = $1) + (select count(*)::int from meeting_attachment where meeting_id = $1) as n`,
            [m.id],
          )
        ).rows[0].n,
    );
    expect(left).toBe(0);
    const [, del] = await auditOf(m.id);
    expect(del.changes).toMatchObject({ attendanceBefore: [{ personId: p.id, status: 'PRESENT' }] });
    expect((del.changes.attachmentsBefore as unknown[]).length).toBe(1);
  });
});

describe('lists', () => {
  test("a school's meetings, newest first, a page with its attendance in a fixed number of statements", async () => {
    const LIST = `query($s: ID!, $l: Int!, $k: MeetingKind) { meetings(schoolId: $s, limit: $l, kind: $k) { total items { id kind heldOn plannedOn attendance { personName } attachments { fileName } } } }`;
    const small = await secretary(LIST, { s: SCHOOL, l: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.meetings.total).toBeGreaterThan(30);
    const big = await secretary(LIST, { s: SCHOOL, l: 100 });
    const dates = big.data!.meetings.items.map(
      (m: { heldOn: string | null; plannedOn: string }) => m.heldOn ?? m.plannedOn,
    );
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(big.sqlCount).toBe(small.sqlCount);
    const groups = await secretary(LIST, { s: SCHOOL, l: 50, k: 'PARTY_GROUP' });
    expect(new Set(groups.data!.meetings.items.map((m: { kind: string }) => m.kind))).toEqual(new Set(['PARTY_GROUP']));
  });
});
