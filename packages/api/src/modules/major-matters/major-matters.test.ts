import { addMonths, monthOf } from '@djt/shared';
import { Client } from 'pg';
import { as, codeOf, DEMO_IDS, reasonOf, today, withOwner } from '../../../test/harness';
import { schoolBViolationTitle } from './major-matters.seed';

/**
 * 重大事项 through the real API, and its state machine in SQL. Writes happen in the other bureau's
 * school (临江区实验小学), where no other suite counts rows, at meetings recorded eleven months back;
 * the version conflict is played by school A's secretary and clerk on a draft (no facts), deleted
 * afterwards, and the district's guidance is added to school B's seeded matter. "Writes nothing" is
 * checked on the rows a refusal could have touched (its matter, or the title it would have
 * created), never on a school's totals, which other suites and the fuzz change meanwhile.
 */

const secretary = as('other_school_secretary');
const SCHOOL = DEMO_IDS.otherSchool;

const FIELDS = `id schoolId category title description amount communicatedOn communication state proposedOn outcome
  decisionVoteId decidedOn executedOn executionNote executedBeforeDecision communicatedLate version
  votes { id meetingId heldOn memberExpected memberPresent votingPresent votesFor votesAgainst abstentions deferred quorumMet result }
  comments { id authorOrgId authorOrgName authorName body }`;
const CREATE = `mutation($in: MajorMatterInput!) { createMajorMatter(input: $in) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $in: MajorMatterUpdateInput!) { updateMajorMatter(id: $id, input: $in) { ${FIELDS} } }`;
const PROPOSE = `mutation($id: ID!, $v: Int!) { proposeMajorMatter(id: $id, version: $v) { ${FIELDS} } }`;
const VOTE = `mutation($id: ID!, $in: MajorMatterVoteInput!) { voteOnMajorMatter(id: $id, input: $in) { ${FIELDS} } }`;
const EXECUTE = `mutation($id: ID!, $in: MajorMatterExecutionInput!) { executeMajorMatter(id: $id, input: $in) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteMajorMatter(id: $id, version: $v) }`;
const COMMENT = `mutation($id: ID!, $b: String!) { addMajorMatterComment(id: $id, body: $b) { id authorOrgId authorOrgName body } }`;
const LIST = `query($s: ID!, $state: MatterState) { majorMatters(schoolId: $s, state: $state, limit: 200) { total items { ${FIELDS} } } }`;
const MEETING = `mutation($in: MeetingInput!) { createMeeting(input: $in) { id memberExpectedCount memberPresentCount votingPresentCount } }`;

type Matter = Record<string, any>;

/** A day eleven months back (the month no other suite compares). */
const DAY = (d: number) => `${addMonths(monthOf(today()), -11)}-${String(d).padStart(2, '0')}`;

async function fullMembers(schoolId = SCHOOL): Promise<string[]> {
  return withOwner(async (c) =>
    (
      await c.query(`select id from person where school_id = $1 and party_status = 'FULL' order by name, id`, [
        schoolId,
      ])
    ).rows.map((r: { id: string }) => r.id),
  );
}

/** A held meeting of school C with `present` of `expected` full members present. */
async function meeting(expected: number, present: number, kind = 'BRANCH_COMMITTEE', day = 12): Promise<string> {
  const people = (await fullMembers()).slice(0, expected);
  const r = await secretary(MEETING, {
    in: {
      schoolId: SCHOOL,
      kind,
      topic: '研究“三重一大”事项',
      heldOn: DAY(day),
      attendance: people.map((personId, i) => ({ personId, status: i < present ? 'PRESENT' : 'ABSENT' })),
    },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createMeeting.id;
}

/** What a refusal must leave as it was: the matter's version, votes, comments and audit entries (its own and its votes'). */
async function footprintOf(matterId: string): Promise<number[]> {
  return withOwner(async (c) => {
    const [r] = (
      await c.query(
        `select (select version from major_matter where id = $1) as version,
                (select count(*)::int from major_matter_vote where matter_id = $1) as votes,
                (select count(*)::int from major_matter_comment where matter_id = $1) as comments,
                (select count(*)::int from audit_log where entity_id = $1::text
                   or entity_id in (select id::text from major_matter_vote where matter_id = $1)) as audit`,
        [matterId],
      )
    ).rows;
    return [r.version, r.votes, r.comments, r.audit];
  });
}

/** Matters titled `title` in the school, and audit entries that created one. */
async function createdTitled(title: string): Promise<number[]> {
  return withOwner(async (c) => {
    const [r] = (
      await c.query(
        `select (select count(*)::int from major_matter where school_id = $1 and title = $2) as rows,
                (select count(*)::int from audit_log where school_id = $1 and entity = 'major_matter'
                   and changes -> 'after' ->> 'title' = $2) as audit`,
        [SCHOOL, title],
      )
    ).rows;
    return [r.rows, r.audit];
  });
}

const base = (patch: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL,
  category: 'LARGE_EXPENDITURE',
  title: '采购录播教室设备',
  description: '经校务会研究，提请支部集体决策',
  amount: 50000,
  communicatedOn: DAY(5),
  communication: '书记与校长会前沟通，意见一致',
  ...patch,
});
const fieldsOf = (input: Record<string, unknown>) => {
  const { schoolId: _s, ...fields } = input;
  return fields;
};

async function create(patch: Record<string, unknown> = {}): Promise<Matter> {
  const r = await secretary(CREATE, { in: base(patch) });
  expect(r.errors).toBeUndefined();
  return r.data!.createMajorMatter;
}
async function proposed(patch: Record<string, unknown> = {}): Promise<Matter> {
  const m = await create(patch);
  const r = await secretary(PROPOSE, { id: m.id, v: m.version });
  expect(r.errors).toBeUndefined();
  return r.data!.proposeMajorMatter;
}
const tally = (m: Matter, meetingId: string, patch: Record<string, unknown> = {}) => ({
  id: m.id,
  in: { meetingId, votesFor: 3, votesAgainst: 0, abstentions: 0, version: m.version, ...patch },
});
async function decided(meetingId: string, patch: Record<string, unknown> = {}, vote: Record<string, unknown> = {}) {
  const m = await proposed(patch);
  const r = await secretary(VOTE, tally(m, meetingId, vote));
  expect(r.errors).toBeUndefined();
  return r.data!.voteOnMajorMatter as Matter;
}

async function auditOf(entityId: string) {
  return withOwner(
    async (c) =>
      (await c.query(`select action, entity, changes from audit_log where entity_id = $1 order by seq`, [entityId]))
        .rows as { action: string; entity: string; changes: Record<string, any> }[],
  );
}
async function factOf(ruleId: string, period: string) {
  return withOwner(
    async (c) =>
      (
        await c.query(
          'select value, detail, status from compliance_fact where school_id = $1 and rule_id = $2 and period = $3',
          [SCHOOL, ruleId, period],
        )
      ).rows[0] ?? null,
  );
}

let committee: string; // 3 of 3 present
let thin: string; // 1 of 3 present: no quorum
let fiveOfEight: string; // 5 of 8: a quorum, but not ⅔ for a cadre matter
beforeAll(async () => {
  committee = await meeting(3, 3, 'BRANCH_COMMITTEE', 12);
  thin = await meeting(3, 1, 'BRANCH_COMMITTEE', 13);
  fiveOfEight = await meeting(8, 5, 'MEMBERS_MEETING', 14);
});

describe('a major matter from draft to execution', () => {
  test('draft → communication → proposed → decided at a branch committee → executed, with audit and facts', async () => {
    const year = DAY(1).slice(0, 4);
    const before = (await factOf('major-matters.decided-first', year))?.detail.records ?? 0;
    const draft = await create({ communicatedOn: null, communication: null });
    expect(draft).toMatchObject({ state: 'DRAFT', amount: 50000, communicatedOn: null, version: 1 });

    // 会前沟通 first: proposing without it is CONFLICT and writes nothing.
    const footprintBefore = await footprintOf(draft.id);
    const refused = await secretary(PROPOSE, { id: draft.id, v: draft.version }, 'zh-CN');
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(reasonOf(refused)).toBe('MATTER_NOT_COMMUNICATED');
    expect(refused.errors![0].message).toContain('会前沟通');
    expect(await footprintOf(draft.id)).toEqual(footprintBefore);

    const edited = (await secretary(UPDATE, { id: draft.id, in: { ...fieldsOf(base()), version: 1 } })).data!
      .updateMajorMatter;
    expect(edited).toMatchObject({ communicatedOn: DAY(5), version: 2 });
    const onAgenda = (await secretary(PROPOSE, { id: draft.id, v: 2 })).data!.proposeMajorMatter;
    expect(onAgenda).toMatchObject({ state: 'PROPOSED', proposedOn: today(), version: 3 });

    const voted = (await secretary(VOTE, tally(onAgenda, committee, { votesFor: 2, votesAgainst: 1 }))).data!
      .voteOnMajorMatter;
    expect(voted).toMatchObject({ state: 'DECIDED', outcome: 'APPROVED', decidedOn: DAY(12), version: 4 });
    // expected: the counts are the meeting's attendance, not the client's
    expect(voted.votes).toEqual([
      expect.objectContaining({
        meetingId: committee,
        memberExpected: 3,
        memberPresent: 3,
        votingPresent: 3,
        votesFor: 2,
        quorumMet: true,
        result: 'APPROVED',
      }),
    ]);

    const done = (await secretary(EXECUTE, { id: draft.id, in: { executedOn: DAY(20), version: 4 } })).data!
      .executeMajorMatter;
    expect(done).toMatchObject({ state: 'EXECUTED', executedOn: DAY(20), executedBeforeDecision: false });

    const audit = await auditOf(draft.id);
    expect(audit.map((a) => [a.action, a.changes.step ?? null])).toEqual([
      ['create', null],
      ['update', null],
      ['update', 'propose'],
      ['update', 'vote'],
      ['update', 'execute'],
    ]);
    expect((await auditOf(voted.votes[0].id))[0]).toMatchObject({ action: 'create', entity: 'major_matter_vote' });
    const fact = await factOf('major-matters.decided-first', year);
    expect(fact.detail.records).toBe(before + 1);
  });

  test('votes in favour must exceed half of those expected: 1 of 3 in favour is rejected, and cannot be executed', async () => {
    const m = await decided(
      committee,
      { category: 'AWARDS_SELECTION', amount: null },
      { votesFor: 1, votesAgainst: 2 },
    );
    expect(m).toMatchObject({ state: 'DECIDED', outcome: 'REJECTED' });
    const r = await secretary(EXECUTE, { id: m.id, in: { executedOn: DAY(20), version: m.version } }, 'zh-CN');
    expect(codeOf(r)).toBe('CONFLICT');
    expect(reasonOf(r)).toBe('MATTER_EXECUTE_NOT_APPROVED');
    expect(r.errors![0].message).toContain('未通过');
  });

  test('a matter executed before its decision date is recorded and flagged as a violation', async () => {
    const year = DAY(1).slice(0, 4);
    const before = (await factOf('major-matters.decided-first', year))?.detail.violations ?? 0;
    const m = await decided(committee, { title: '先执行后决策的采购' });
    const r = await secretary(EXECUTE, { id: m.id, in: { executedOn: DAY(2), version: m.version } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.executeMajorMatter).toMatchObject({ state: 'EXECUTED', executedBeforeDecision: true });
    const fact = await factOf('major-matters.decided-first', year);
    expect(fact.detail.violations).toBe(before + 1);
    expect(fact.status).toBe('MISSED');
    const [, , , exec] = (await auditOf(m.id)).slice(-4);
    expect(exec?.changes.violation ?? (await auditOf(m.id)).at(-1)!.changes.violation).toBe('executed before decision');
  });
});

describe('votes', () => {
  test('a vote without quorum is recorded as such and the matter stays PROPOSED; a later quorate vote decides it', async () => {
    const m = await proposed({ category: 'DEVELOPMENT_PLAN', amount: null });
    const r = await secretary(VOTE, tally(m, thin, { votesFor: 1 }));
    expect(r.errors).toBeUndefined();
    const after = r.data!.voteOnMajorMatter;
    expect(after).toMatchObject({ state: 'PROPOSED', outcome: null, decidedOn: null });
    expect(after.votes).toEqual([expect.objectContaining({ quorumMet: false, result: 'NO_QUORUM', memberPresent: 1 })]);
    const again = (await secretary(VOTE, tally(after, fiveOfEight, { votesFor: 5 }))).data!.voteOnMajorMatter;
    expect(again).toMatchObject({ state: 'DECIDED', outcome: 'APPROVED', decidedOn: DAY(14) });
    expect(again.votes.map((v: Matter) => v.result)).toEqual(['NO_QUORUM', 'APPROVED']);
  });

  test('a cadre appointment needs ⅔ present: 5 of 8 is a quorum for other matters, not for cadre', async () => {
    const cadre = await proposed({ category: 'CADRE_APPOINTMENT', amount: null, title: '任命教导处副主任' });
    const r = (await secretary(VOTE, tally(cadre, fiveOfEight, { votesFor: 5 }))).data!.voteOnMajorMatter;
    expect(r).toMatchObject({ state: 'PROPOSED' });
    expect(r.votes[0]).toMatchObject({ memberExpected: 8, memberPresent: 5, result: 'NO_QUORUM' });
    const plan = await proposed({ category: 'DEVELOPMENT_PLAN', amount: null });
    const p = (await secretary(VOTE, tally(plan, fiveOfEight, { votesFor: 5 }))).data!.voteOnMajorMatter;
    expect(p).toMatchObject({ state: 'DECIDED', outcome: 'APPROVED' });
  });

  test('refusals write nothing: more ballots than present, a meeting of the wrong kind, another school, bad counts', async () => {
    const m = await proposed({ category: 'PERSONNEL_TITLES', amount: null });
    const lecture = await meeting(3, 3, 'PARTY_LECTURE', 15);
    const [otherMeeting] = await withOwner(
      async (c) =>
        (
          await c.query(`select id from meeting where school_id = $1 and kind = 'BRANCH_COMMITTEE' limit 1`, [
            DEMO_IDS.schoolB,
          ])
        ).rows,
    );
    const before = await footprintOf(m.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ votesFor: 3, votesAgainst: 1 }, 'BAD_USER_INPUT', 'MATTER_BALLOTS_EXCEED_PRESENT'],
      [{ meetingId: lecture }, 'BAD_USER_INPUT', 'MATTER_MEETING_KIND'],
      [{ meetingId: otherMeeting.id }, 'BAD_USER_INPUT', 'MATTER_MEETING_NOT_FOUND'],
      [{ votesFor: -1 }, 'BAD_USER_INPUT', 'MATTER_VOTES_INVALID'],
      [{ version: m.version + 5 }, 'CONFLICT', 'STALE_UPDATE'],
    ];
    for (const [patch, code, reason] of cases) {
      const r = await secretary(VOTE, tally(m, committee, patch), 'zh-CN');
      expect([codeOf(r), reasonOf(r)]).toEqual([code, reason]);
      expect(r.errors![0].message).not.toMatch(/Error|at /);
    }
    const ballots = await secretary(VOTE, tally(m, committee, { votesFor: 3, votesAgainst: 1 }), 'zh-CN');
    expect(ballots.errors![0].message).toBe('票数合计 4 超过了到会有表决权的党员 3 人');
    expect(await footprintOf(m.id)).toEqual(before);
  });
});

describe('bad input', () => {
  test('an expenditure below the bureau threshold is not a major matter, refused with the threshold; nothing written', async () => {
    const TITLE = '低于标准的经费支出';
    const input = (patch: Record<string, unknown>) => base({ title: TITLE, ...patch });
    const before = await createdTitled(TITLE);
    const r = await secretary(CREATE, { in: input({ amount: 20000 }) }, 'zh-CN');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(reasonOf(r)).toBe('MATTER_BELOW_THRESHOLD');
    expect(r.errors![0].message).toContain('30000');
    expect(r.errors![0].extensions!.field).toBe('amount');
    const en = await secretary(CREATE, { in: input({ amount: 20000 }) }, 'en');
    expect(en.errors![0].message).toContain('not a major matter');
    for (const [patch, reason] of [
      [{ title: '  ' }, 'MATTER_TITLE_REQUIRED'],
      [{ amount: null }, 'MATTER_AMOUNT_REQUIRED'],
      [{ amount: 30000.123 }, 'MATTER_AMOUNT_INVALID'],
      [{ communication: null }, 'MATTER_COMMUNICATION_REQUIRED'],
      [{ communicatedOn: '2999-01-01' }, 'MATTER_DATE_IN_FUTURE'],
    ] as const) {
      const x = await secretary(CREATE, { in: input(patch) });
      expect([codeOf(x), reasonOf(x)]).toEqual(['BAD_USER_INPUT', reason]);
    }
    expect(await createdTitled(TITLE)).toEqual(before);
    expect(before).toEqual([0, 0]);
  });

  test('two clerks editing the same matter: the second is CONFLICT and changes nothing', async () => {
    const a = as('school_secretary');
    const b = as('school_clerk');
    const input = { ...base({ schoolId: DEMO_IDS.schoolA }) };
    const m = (await a(CREATE, { in: input })).data!.createMajorMatter;
    const first = await a(UPDATE, { id: m.id, in: { ...fieldsOf(input), title: '书记改的', version: 1 } });
    expect(first.errors).toBeUndefined();
    const second = await b(UPDATE, { id: m.id, in: { ...fieldsOf(input), title: '委员改的', version: 1 } }, 'zh-CN');
    expect(codeOf(second)).toBe('CONFLICT');
    expect(reasonOf(second)).toBe('STALE_UPDATE');
    const [row] = await withOwner(
      async (c) => (await c.query('select title, version from major_matter where id = $1', [m.id])).rows,
    );
    expect(row).toEqual({ title: '书记改的', version: 2 });
    expect((await b(DELETE, { id: m.id, v: 2 })).data!.deleteMajorMatter).toBe(m.id);
  });
});

describe('the state machine in the service', () => {
  test('every illegal step is CONFLICT with a translated reason', async () => {
    const draft = await create();
    const prop = await proposed();
    const approved = await decided(committee);
    const toExecute = await decided(committee);
    const executed = (
      await secretary(EXECUTE, { id: toExecute.id, in: { executedOn: DAY(25), version: toExecute.version } })
    ).data!.executeMajorMatter;
    const expectConflict = async (query: string, vars: Record<string, unknown>, reason: string) => {
      const r = await secretary(query, vars, 'zh-CN');
      expect([codeOf(r), reasonOf(r)]).toEqual(['CONFLICT', reason]);
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    };
    // DRAFT: no vote, no execution.
    await expectConflict(VOTE, tally(draft, committee), 'MATTER_WRONG_STATE');
    await expectConflict(
      EXECUTE,
      { id: draft.id, in: { executedOn: DAY(20), version: draft.version } },
      'MATTER_EXECUTE_UNDECIDED',
    );
    // PROPOSED: not proposed again, not executed.
    await expectConflict(PROPOSE, { id: prop.id, v: prop.version }, 'MATTER_WRONG_STATE');
    await expectConflict(
      EXECUTE,
      { id: prop.id, in: { executedOn: DAY(20), version: prop.version } },
      'MATTER_EXECUTE_UNDECIDED',
    );
    await expectConflict(DELETE, { id: prop.id, v: prop.version }, 'MATTER_WRONG_STATE');
    // DECIDED (approved): not edited, proposed or voted again, not deleted.
    await expectConflict(
      UPDATE,
      { id: approved.id, in: { ...fieldsOf(base()), version: approved.version } },
      'MATTER_WRONG_STATE',
    );
    await expectConflict(PROPOSE, { id: approved.id, v: approved.version }, 'MATTER_WRONG_STATE');
    await expectConflict(VOTE, tally(approved, committee), 'MATTER_WRONG_STATE');
    await expectConflict(DELETE, { id: approved.id, v: approved.version }, 'MATTER_WRONG_STATE');
    // EXECUTED is final.
    for (const [q, vars] of [
      [UPDATE, { id: executed.id, in: { ...fieldsOf(base()), version: executed.version } }],
      [PROPOSE, { id: executed.id, v: executed.version }],
      [VOTE, tally(executed, committee)],
      [EXECUTE, { id: executed.id, in: { executedOn: DAY(26), version: executed.version } }],
      [DELETE, { id: executed.id, v: executed.version }],
    ] as const)
      await expectConflict(q, vars, 'MATTER_WRONG_STATE');
  });

  test('a deferred matter can be voted on again', async () => {
    const m = await decided(committee, {}, { deferred: true });
    expect(m).toMatchObject({ state: 'DECIDED', outcome: 'DEFERRED' });
    const again = (await secretary(VOTE, tally(m, committee))).data!.voteOnMajorMatter;
    expect(again).toMatchObject({ state: 'DECIDED', outcome: 'APPROVED' });
  });
});

describe('the state machine in SQL (a direct UPDATE as the application role)', () => {
  /** Runs one statement as djt_app in school C's scope; returns the SQLSTATE, or 'ok'. */
  async function asApp(sql: string, params: unknown[]): Promise<string> {
    const c = new Client({ connectionString: process.env.DJT_TEST_SEEDED_APP_URL });
    await c.connect();
    try {
      await c.query('begin');
      await c.query(`select set_config('app.scope_orgs', $1, true)`, [SCHOOL]);
      await c.query(sql, params);
      return 'ok';
    } catch (e) {
      return (e as { code?: string }).code ?? 'error';
    } finally {
      await c.query('rollback').catch(() => undefined);
      await c.end();
    }
  }

  test('every state that skips a step, goes back, or decides without a quorate vote is refused', async () => {
    const draft = await create();
    const prop = await proposed();
    const approved = await decided(committee);
    const rejected = await decided(committee, {}, { votesFor: 1, votesAgainst: 2 });
    const noQuorum = (await secretary(VOTE, tally(await proposed(), thin, { votesFor: 1 }))).data!.voteOnMajorMatter;
    const vote = approved.votes[0].id;
    const set = (cols: string) => `update major_matter set ${cols} where id = $1`;
    const refused: [string, string, unknown[]][] = [
      [
        'DRAFT → PROPOSED without communication',
        set(`state = 'PROPOSED', proposed_on = current_date, communicated_on = null, communication = null`),
        [draft.id],
      ],
      [
        'DRAFT → DECIDED',
        set(
          `state = 'DECIDED', proposed_on = current_date, outcome = 'APPROVED', decision_vote_id = '${vote}', decided_on = '${DAY(12)}'`,
        ),
        [draft.id],
      ],
      [
        'DRAFT → EXECUTED',
        set(
          `state = 'EXECUTED', proposed_on = current_date, outcome = 'APPROVED', decision_vote_id = '${vote}', decided_on = '${DAY(12)}', executed_on = current_date`,
        ),
        [draft.id],
      ],
      [
        'PROPOSED → EXECUTED',
        set(
          `state = 'EXECUTED', outcome = 'APPROVED', decision_vote_id = '${vote}', decided_on = '${DAY(12)}', executed_on = current_date`,
        ),
        [prop.id],
      ],
      [
        "PROPOSED → DECIDED with another matter's vote",
        set(`state = 'DECIDED', outcome = 'APPROVED', decision_vote_id = '${vote}', decided_on = '${DAY(12)}'`),
        [prop.id],
      ],
      [
        'PROPOSED → DECIDED with a vote without quorum',
        set(
          `state = 'DECIDED', outcome = 'APPROVED', decision_vote_id = '${noQuorum.votes[0].id}', decided_on = '${DAY(13)}'`,
        ),
        [noQuorum.id],
      ],
      ['PROPOSED → DRAFT', set(`state = 'DRAFT', proposed_on = null`), [prop.id]],
      ['DECIDED (rejected) → EXECUTED', set(`state = 'EXECUTED', executed_on = current_date`), [rejected.id]],
      ['DECIDED (approved) → re-decided', set(`outcome = 'REJECTED'`), [approved.id]],
      [
        'DECIDED → PROPOSED',
        set(`state = 'PROPOSED', outcome = null, decision_vote_id = null, decided_on = null`),
        [approved.id],
      ],
      [
        'DECIDED → DRAFT',
        set(`state = 'DRAFT', proposed_on = null, outcome = null, decision_vote_id = null, decided_on = null`),
        [approved.id],
      ],
      [
        'a new row that is not a draft',
        `insert into major_matter (id, bureau_id, district_id, school_id, category, title, communicated_on, communication, state, proposed_on)
         select gen_random_uuid(), bureau_id, district_id, school_id, 'DEVELOPMENT_PLAN', 'x', current_date, 'x', 'PROPOSED', current_date from major_matter where id = $1`,
        [draft.id],
      ],
      [
        'a vote with more ballots than present',
        `insert into major_matter_vote (id, matter_id, meeting_id, bureau_id, district_id, school_id, held_on, member_expected, member_present, voting_present, votes_for, votes_against, abstentions, quorum_met, result)
         select gen_random_uuid(), id, '${committee}', bureau_id, district_id, school_id, current_date, 99, 99, 99, 4, 0, 0, true, 'APPROVED' from major_matter where id = $1`,
        [prop.id],
      ],
    ];
    for (const [what, sql, params] of refused) expect([what, await asApp(sql, params)]).toEqual([what, '23514']);
    // The executed matter is final: back to any state is refused.
    const executed = (
      await secretary(EXECUTE, { id: approved.id, in: { executedOn: DAY(25), version: approved.version } })
    ).data!.executeMajorMatter;
    for (const state of ['DRAFT', 'PROPOSED', 'DECIDED'])
      expect([state, await asApp(set(`state = '${state}', executed_on = null`), [executed.id])]).toEqual([
        state,
        '23514',
      ]);
    // Nor can its execution date be rewritten (to hide an execution before the decision).
    expect(await asApp(set(`executed_on = executed_on + 1`), [executed.id])).toBe('23514');
    // The legal steps pass (and are rolled back), and so does a no-op on a final row.
    expect(await asApp(set(`title = title`), [executed.id])).toBe('ok');
    expect(await asApp(set(`state = 'PROPOSED', proposed_on = current_date`), [draft.id])).toBe('ok');
    expect(await asApp(set(`title = 'edited'`), [prop.id])).toBe('ok');
  });
});

describe('the district and the bureau', () => {
  test('read the matters and their compliance, cannot create or edit them, and may add a guidance comment', async () => {
    const bureau = as('other_bureau_admin');
    const m = await proposed({ title: '上级可以评论的事项' });
    const list = await bureau(LIST, { s: SCHOOL, state: 'PROPOSED' });
    expect(list.errors).toBeUndefined();
    expect(list.data!.majorMatters.items.some((x: Matter) => x.id === m.id)).toBe(true);
    expect(codeOf(await bureau(CREATE, { in: base() }))).toBe('FORBIDDEN');
    expect(codeOf(await bureau(UPDATE, { id: m.id, in: { ...fieldsOf(base()), version: m.version } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await bureau(VOTE, tally(m, committee)))).toBe('FORBIDDEN');
    expect(codeOf(await bureau(PROPOSE, { id: m.id, v: m.version }))).toBe('FORBIDDEN');
    expect(codeOf(await bureau(EXECUTE, { id: m.id, in: { executedOn: DAY(20), version: m.version } }))).toBe(
      'FORBIDDEN',
    );

    const [version, votes, comments] = await footprintOf(m.id);
    const c = await bureau(COMMENT, { id: m.id, b: '请完善会议记录' });
    expect(c.errors).toBeUndefined();
    expect(c.data!.addMajorMatterComment).toMatchObject({ authorOrgId: DEMO_IDS.otherBureau, body: '请完善会议记录' });
    // expected: one comment more; the matter itself (version, votes) untouched
    expect((await footprintOf(m.id)).slice(0, 3)).toEqual([version, votes, comments + 1]);
    // the school itself does not write guidance; an empty comment is refused
    expect(codeOf(await secretary(COMMENT, { id: m.id, b: '自评' }))).toBe('FORBIDDEN');
    expect(reasonOf(await bureau(COMMENT, { id: m.id, b: '  ' }))).toBe('MATTER_COMMENT_REQUIRED');
  });

  test("the demo data: school B's matter executed before its decision is flagged, with the district's comment", async () => {
    const r = await as('district_admin')(LIST, { s: DEMO_IDS.schoolB, state: 'EXECUTED' });
    const violation = r.data!.majorMatters.items.find((x: Matter) => x.title === schoolBViolationTitle);
    expect(violation).toMatchObject({ executedBeforeDecision: true, outcome: 'APPROVED' });
    expect(violation.comments.length).toBeGreaterThan(0);
    // The district guides, it does not edit.
    const district = as('district_admin');
    expect(codeOf(await district(EXECUTE, { id: violation.id, in: { executedOn: today(), version: 1 } }))).toBe(
      'FORBIDDEN',
    );
    const c = await district(COMMENT, { id: violation.id, b: '请于本月底前说明情况' });
    expect(c.data!.addMajorMatterComment).toMatchObject({ authorOrgId: DEMO_IDS.district1 });
    const [fact] = await withOwner(
      async (c) =>
        (
          await c.query(
            `select status, detail from compliance_fact where school_id = $1 and rule_id = 'major-matters.decided-first' and period = $2`,
            [DEMO_IDS.schoolB, violation.executedOn.slice(0, 4)],
          )
        ).rows,
    );
    expect(fact.status).toBe('MISSED');
    expect(fact.detail.violations).toBeGreaterThan(0);
  });
});

test('a meeting at which a matter was voted on cannot be deleted: CONFLICT RECORD_IN_USE, nothing removed', async () => {
  const meetingId = await withOwner(
    async (c) =>
      (await c.query('select meeting_id from major_matter_vote where school_id = $1 limit 1', [DEMO_IDS.schoolB]))
        .rows[0].meeting_id as string,
  );
  const r = await as('schoolb_secretary')(`mutation($id: ID!) { deleteMeeting(id: $id) }`, { id: meetingId });
  expect([codeOf(r), reasonOf(r)]).toEqual(['CONFLICT', 'RECORD_IN_USE']);
  expect(r.errors![0].message).toMatch(/引用/);
  const still = await withOwner(
    async (c) => (await c.query('select count(*)::int as n from meeting where id = $1', [meetingId])).rows[0].n,
  );
  expect(still).toBe(1);
});
