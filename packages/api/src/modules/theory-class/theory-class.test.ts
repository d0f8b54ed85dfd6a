import { randomUUID } from 'node:crypto';
import { as, codeOf, DEMO_IDS, reasonOf, today, withOwner } from '../../../test/harness';

const CREATE = `mutation($in: TheoryClassInput!) { createTheoryClass(input: $in) { id version expectedCount presentCount leaveCount attendance { personId personName status leaveReason } } }`;
const UPDATE = `mutation($id: ID!, $in: TheoryClassUpdateInput!) { updateTheoryClass(id: $id, input: $in) { id version topic presentCount } }`;
const CARD = `query($s: ID!) { schoolScorecard(schoolId: $s) { rules { rule { id } current { period status value records reason } } } }`;
/** This month of the monthly-class rule on the school's scorecard. */
async function thisMonthOf(schoolId: string) {
  const r = await secretary(CARD, { s: schoolId });
  expect(r.errors).toBeUndefined();
  return r.data!.schoolScorecard.rules.find((x: { rule: { id: string } }) => x.rule.id === 'theory-class.monthly')
    .current as { period: string; status: string; value: number; records: number; reason: string };
}

const secretary = as('schoolb_secretary');
const clerk = as('schoolb_secretary');

async function peopleOfSchool(limit = 10): Promise<{ id: string; party_status: string }[]> {
  return withOwner(
    async (c) =>
      (
        await c.query('select id, party_status from person where school_id = $1 order by name limit $2', [
          DEMO_IDS.schoolB,
          limit,
        ])
      ).rows,
  );
}
const base = () => ({
  schoolId: DEMO_IDS.schoolB,
  date: today(),
  classHours: 1,
  topic: '学习全国教育大会精神',
  kind: 'CURRENT_AFFAIRS',
  lecturer: '张书记',
  audience: 'ALL_STAFF',
  attendance: [] as unknown[],
});

// Mutations here happen in school B, so the browser tests find school A's current month untouched.
describe('recording a class', () => {
  test('a class with attendance turns the current month met, and is audited', async () => {
    const thisMonth = today().slice(0, 7);
    const before = await thisMonthOf(DEMO_IDS.schoolB);
    expect(before.period).toBe(thisMonth);

    const [p1, p2, p3] = await peopleOfSchool(3);
    const r = await secretary(CREATE, {
      in: {
        ...base(),
        attendance: [
          { personId: p1.id, status: 'PRESENT' },
          { personId: p2.id, status: 'PRESENT' },
          { personId: p3.id, status: 'LEAVE', leaveReason: '外出培训' },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
    const cls = r.data!.createTheoryClass;
    // expected: 应到 defaults to all staff of the school, 实到 2, 请假 1
    expect(cls.expectedCount).toBe(
      await withOwner(async (c) =>
        Number((await c.query('select count(*) from person where school_id = $1', [DEMO_IDS.schoolB])).rows[0].count),
      ),
    );
    expect([cls.presentCount, cls.leaveCount]).toEqual([2, 1]);
    expect(cls.attendance.find((a: { status: string }) => a.status === 'LEAVE').leaveReason).toBe('外出培训');

    // expected: the month's fact was updated in the same transaction: met, one more class
    const after = await thisMonthOf(DEMO_IDS.schoolB);
    expect(after.status).toBe('MET');
    expect(after.records).toBe(before.records + 1);
    expect(after.value).toBe(before.value + 1);
    expect(after.reason).toContain('课时');

    const audit = await withOwner(
      async (c) =>
        (
          await c.query(
            `select action, actor_user_id, changes from audit_log where entity = 'theory_class' and entity_id = $1`,
            [cls.id],
          )
        ).rows,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('create');
    // who attended is in the trail; the leave reason (personal data) is not
    expect(audit[0].changes.attendance).toEqual(
      expect.arrayContaining([
        { personId: p3.id, status: 'LEAVE' },
        { personId: p1.id, status: 'PRESENT' },
      ]),
    );
    expect(JSON.stringify(audit[0].changes)).not.toContain('外出培训');
  });

  test('an edit carries the version read; a stale version is a CONFLICT', async () => {
    const created = (await clerk(CREATE, { in: { ...base(), topic: '版本测试' } })).data!.createTheoryClass;
    const { schoolId: _s, ...fields } = base();
    const ok = await clerk(UPDATE, {
      id: created.id,
      in: { ...fields, topic: '版本测试（修订）', version: created.version },
    });
    expect(ok.data!.updateTheoryClass).toMatchObject({ topic: '版本测试（修订）', version: created.version + 1 });
    const stale = await secretary(UPDATE, {
      id: created.id,
      in: { ...fields, topic: '覆盖', version: created.version },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const topic = await withOwner(
      async (c) => (await c.query('select topic from theory_class where id = $1', [created.id])).rows[0].topic,
    );
    expect(topic).toBe('版本测试（修订）');
  });

  test('delete removes the class and its attendance', async () => {
    const [p] = await peopleOfSchool(1);
    const created = (
      await secretary(CREATE, {
        in: { ...base(), topic: '待删除', attendance: [{ personId: p.id, status: 'PRESENT' }] },
      })
    ).data!.createTheoryClass;
    const r = await secretary(`mutation($id: ID!) { deleteTheoryClass(id: $id) }`, { id: created.id });
    expect(r.data!.deleteTheoryClass).toBe(created.id);
    const left = await withOwner(async (c) =>
      Number(
        (await c.query('select count(*) from theory_class_attendance where class_id = $1', [created.id])).rows[0].count,
      ),
    );
    expect(left).toBe(0);
    expect(codeOf(await secretary(`query($id: ID!) { theoryClass(id: $id) { id } }`, { id: created.id }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('bad input is refused with a stable code and nothing is written', () => {
  const tomorrow = () => {
    const d = new Date(`${today()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7);
    return d.toISOString().slice(0, 10);
  };
  const cases: [string, () => Promise<Record<string, unknown>>, string][] = [
    ['an empty topic', async () => ({ ...base(), topic: '   ' }), 'TOPIC_REQUIRED'],
    ['class-hours out of range', async () => ({ ...base(), classHours: 0 }), 'CLASS_HOURS_RANGE'],
    ['class-hours not in half hours', async () => ({ ...base(), classHours: 1.3 }), 'CLASS_HOURS_RANGE'],
    [
      'attendance for a class that has not happened',
      async () => ({
        ...base(),
        date: tomorrow(),
        attendance: [{ personId: (await peopleOfSchool(1))[0].id, status: 'PRESENT' }],
      }),
      'ATTENDANCE_BEFORE_CLASS',
    ],
    [
      '实到 larger than 应到',
      async () => ({
        ...base(),
        expectedCount: 1,
        attendance: (await peopleOfSchool(2)).map((p) => ({ personId: p.id, status: 'PRESENT' })),
      }),
      'PRESENT_EXCEEDS_EXPECTED',
    ],
    [
      'a person from another school',
      async () => {
        const other = await withOwner(
          async (c) =>
            (await c.query('select id from person where school_id = $1 limit 1', [DEMO_IDS.schoolA])).rows[0].id,
        );
        return {
          ...base(),
          attendance: [
            { personId: (await peopleOfSchool(1))[0].id, status: 'PRESENT' },
            { personId: other, status: 'PRESENT' },
          ],
        };
      },
      'PERSON_NOT_IN_SCHOOL',
    ],
    [
      'a non-member at a members-only class',
      async () => {
        const nonMember = await withOwner(
          async (c) =>
            (
              await c.query(`select id from person where school_id = $1 and party_status = 'NONE' limit 1`, [
                DEMO_IDS.schoolB,
              ])
            ).rows[0].id,
        );
        return { ...base(), audience: 'MEMBERS', attendance: [{ personId: nonMember, status: 'PRESENT' }] };
      },
      'PERSON_NOT_IN_AUDIENCE',
    ],
    [
      'a leave without a reason',
      async () => ({
        ...base(),
        attendance: [{ personId: (await peopleOfSchool(1))[0].id, status: 'LEAVE', leaveReason: ' ' }],
      }),
      'LEAVE_REASON_REQUIRED',
    ],
    [
      'the same person twice',
      async () => {
        const [p] = await peopleOfSchool(1);
        return {
          ...base(),
          attendance: [
            { personId: p.id, status: 'PRESENT' },
            { personId: p.id, status: 'LEAVE', leaveReason: '病假' },
          ],
        };
      },
      'DUPLICATE_ATTENDEE',
    ],
  ];
  test.each(cases)('%s', async (_name, build, reason) => {
    // Other suites record classes in school B meanwhile: count only what this request could
    // have written, tagged by a topic of its own (cases about the topic keep theirs).
    const built = (await build()) as ReturnType<typeof base>;
    const tag = `坏输入 ${randomUUID().slice(0, 8)}`;
    const input = built.topic === base().topic ? { ...built, topic: tag } : built;
    const written = () =>
      withOwner(async (c) => {
        const q = async (sql: string) => Number((await c.query(sql, [DEMO_IDS.schoolB, input.topic])).rows[0].n);
        return [
          await q(`select count(*) as n from theory_class where school_id = $1 and topic = $2`),
          await q(`select count(*) as n from theory_class_attendance a join theory_class t on t.id = a.class_id
                    where t.school_id = $1 and t.topic = $2`),
          await q(`select count(*) as n from audit_log where school_id = $1 and entity = 'theory_class'
                    and strpos(changes::text, $2) > 0`),
        ];
      });
    const before = await written();
    const r = await secretary(CREATE, { in: input });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(reasonOf(r)).toBe(reason);
    expect(r.errors![0].message).not.toMatch(/at .*\.ts|Error:/);
    expect(await written()).toEqual(before);
  });

  test('a failed edit leaves the class and its attendance as they were', async () => {
    const people = await peopleOfSchool(2);
    const created = (
      await secretary(CREATE, {
        in: { ...base(), topic: '原样保留', attendance: [{ personId: people[0].id, status: 'PRESENT' }] },
      })
    ).data!.createTheoryClass;
    const { schoolId: _s, ...fields } = base();
    const r = await secretary(UPDATE, {
      id: created.id,
      in: {
        ...fields,
        topic: '改坏',
        expectedCount: 0,
        attendance: people.map((p) => ({ personId: p.id, status: 'PRESENT' })),
        version: created.version,
      },
    });
    expect(reasonOf(r)).toBe('PRESENT_EXCEEDS_EXPECTED');
    const row = await withOwner(
      async (c) =>
        (
          await c.query(
            'select topic, version, (select count(*)::int from theory_class_attendance where class_id = $1) as n from theory_class where id = $1',
            [created.id],
          )
        ).rows[0],
    );
    expect(row).toEqual({ topic: '原样保留', version: created.version, n: 1 });
  });

  test('messages come in the language asked for', async () => {
    const zh = await secretary(CREATE, { in: { ...base(), topic: '' } }, 'zh-CN');
    const en = await secretary(CREATE, { in: { ...base(), topic: '' } }, 'en');
    expect(zh.errors![0].message).toBe('请填写课程主题');
    expect(en.errors![0].message).toBe('The topic is required');
    expect(en.errors![0].extensions!.field).toBe('topic');
  });

  test('a malformed month, an oversized page and a wrong enum are BAD_USER_INPUT', async () => {
    expect(
      codeOf(
        await secretary(`query($s: ID!) { theoryClasses(schoolId: $s, fromMonth: "2026-13") { total } }`, {
          s: DEMO_IDS.schoolB,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await secretary(`query($s: ID!) { theoryClasses(schoolId: $s, limit: 5000) { total } }`, {
          s: DEMO_IDS.schoolB,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await secretary(CREATE, { in: { ...base(), kind: 'NOPE' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('lists', () => {
  test('classes are paginated with attendance loaded for the whole page', async () => {
    const r = await secretary(
      `query($s: ID!) { theoryClasses(schoolId: $s, limit: 5) { total offset limit items { id date attendance { personName } } } }`,
      { s: DEMO_IDS.schoolB },
    );
    expect(r.data!.theoryClasses.items.length).toBeLessThanOrEqual(5);
    expect(r.data!.theoryClasses.total).toBeGreaterThan(5);
    const dates = r.data!.theoryClasses.items.map((c: { date: string }) => c.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    // page of 5 and page of 50 cost the same number of statements
    const big = await secretary(
      `query($s: ID!) { theoryClasses(schoolId: $s, limit: 50) { items { id attendance { personName } } } }`,
      { s: DEMO_IDS.schoolB },
    );
    expect(big.sqlCount).toBe(r.sqlCount);
  });

  test('the bureau setting changes the rule for every view', async () => {
    const admin = as('bureau_admin');
    const SET = `mutation($v: [SettingInput!]!) { updateBureauSettings(values: $v) { key value default } }`;
    const EXEMPT = 'theory-class.monthly.exemptMonths';
    expect(codeOf(await as('district_admin')(SET, { v: [{ key: EXEMPT, value: [7] }] }))).toBe('FORBIDDEN');
    expect(reasonOf(await admin(SET, { v: [{ key: EXEMPT, value: [13] }] }))).toBe('SETTINGS_RANGE');
    expect(reasonOf(await admin(SET, { v: [{ key: 'nope.x', value: 1 }] }))).toBe('UNKNOWN_SETTING');
    const r = await admin(SET, { v: [{ key: EXEMPT, value: [8, 7, 7] }] });
    // expected: months deduplicated and sorted; the other setting keeps its default
    expect(r.data!.updateBureauSettings).toEqual(
      expect.arrayContaining([
        { key: EXEMPT, value: [7, 8], default: [7, 8] },
        { key: 'theory-class.monthly.minClassHours', value: 1, default: 1 },
      ]),
    );
    // null removes the bureau's own value: it follows the default again, nothing is stored
    await admin(SET, { v: [{ key: EXEMPT, value: null }] });
    const stored = await withOwner(
      async (c) =>
        (await c.query('select settings from bureau_settings where bureau_id = $1', [DEMO_IDS.bureau])).rows[0]
          ?.settings ?? {},
    );
    expect(EXEMPT in stored).toBe(false);
  });
});

describe('query limits', () => {
  test('updatedAt serializes as an ISO date-time', async () => {
    const r = await secretary(`query($s: ID!) { theoryClasses(schoolId: $s, limit: 1) { items { updatedAt } } }`, {
      s: DEMO_IDS.schoolB,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.theoryClasses.items[0].updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  });
  test('a query nested too deep or too costly is refused as BAD_USER_INPUT', async () => {
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: me { userId }`).join(' ');
    expect(codeOf(await secretary(`{ ${aliases} }`))).toBe('BAD_USER_INPUT');
  });
});
