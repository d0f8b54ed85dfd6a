import { Client } from 'pg';
import { uuidFor } from '../db/seed/random';
import { gql, percentile } from './load';

/**
 * 三会一课 on the large set (one connection, sequential, bounded by `runs` requests each):
 * - a school's meeting list (the newest 50, with attendance and files' metadata),
 * - the bureau comparison of a meeting rule (every school, 12 months; answered from memory
 *   after the first request, whose statement count is the computed one),
 * - recording a meeting with 50 attendees (createMeeting, then deleted through the API), and
 *   the statement count of the same with 5 attendees: it must not grow with the attendees.
 * The school gets bench people up to 50 Party members first (fixed ids, kept between runs).
 */

const LIST = `query($s: ID!) { meetings(schoolId: $s, limit: 50) { total items { id kind heldOn plannedOn presentCount attendance { personId personName status } attachments { id fileName } } } }`;
const COMPLIANCE = `query($scope: ID!, $rules: [ID!]) { compliance(scopeId: $scope, ruleIds: $rules) { rules { rule { id } periods schools page { total items { schoolId statuses values } } completionRate } } }`;
const PEOPLE = `query($s: ID!) { people(schoolId: $s, partyMembersOnly: true, limit: 200) { items { id } } }`;
const CREATE = `mutation($in: MeetingInput!) { createMeeting(input: $in) { id expectedCount } }`;
const DELETE = `mutation($id: ID!) { deleteMeeting(id: $id) }`;
export const MEETING_RULE = 'meetings.themed-party-day';
const ATTENDEES = 50;

export interface Timed {
  p50: number;
  p95: number;
  requests: number;
  sql: number;
}
export interface MeetingFigures {
  list: Timed & { total: number };
  comparison: Timed & { sqlComputed: number; schools: number };
  record50: Timed & { sqlWith5: number };
  deleteP50: number;
}

async function timed(runs: number, send: () => Promise<{ ms: number; sqlCount: number }>): Promise<Timed> {
  const ms: number[] = [];
  let sql = 0;
  for (let i = 0; i < runs; i++) {
    const r = await send();
    ms.push(r.ms);
    sql = r.sqlCount;
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), requests: runs, sql };
}

/** Adds bench people (full members) to the school until it has `n` Party members. */
async function ensureMembers(ownerUrl: string, schoolId: string, n: number): Promise<void> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const [org] = (await c.query('select bureau_id, district_id from organisation where id = $1', [schoolId])).rows;
    const [{ have }] = (
      await c.query(`select count(*)::int as have from person where school_id = $1 and party_status <> 'NONE'`, [
        schoolId,
      ])
    ).rows;
    for (let i = 0; i < n - have; i++)
      await c.query(
        `insert into person (id, bureau_id, district_id, school_id, name, gender, party_status, staff_no)
         values ($1, $2, $3, $4, $5, 'FEMALE', 'FULL', $6) on conflict do nothing`,
        [
          uuidFor(`bench-member:${schoolId}:${i}`),
          org.bureau_id,
          org.district_id,
          schoolId,
          `基准党员${i + 1}`,
          `MEETBENCH${String(i + 1).padStart(4, '0')}`,
        ],
      );
  } finally {
    await c.end();
  }
}

export async function measureMeetings(opts: {
  port: number;
  ownerUrl: string;
  schoolToken: string;
  bureauToken: string;
  schoolId: string;
  bureauId: string;
  today: string;
  runs: number;
}): Promise<MeetingFigures> {
  const { port, schoolToken, schoolId } = opts;
  await ensureMembers(opts.ownerUrl, schoolId, ATTENDEES);
  const members = (
    await gql<{ people: { items: { id: string }[] } }>(port, schoolToken, PEOPLE, { s: schoolId })
  ).data.people.items.map((p) => p.id);
  const input = (n: number, i: number) => ({
    schoolId,
    kind: 'THEMED_PARTY_DAY',
    topic: `基准测试 ${i}`,
    heldOn: opts.today,
    ideologicalWork: '基准',
    attendance: members.slice(0, n).map((personId, k) => ({ personId, status: k % 10 === 9 ? 'ABSENT' : 'PRESENT' })),
  });

  const listTotal = (await gql<{ meetings: { total: number } }>(port, schoolToken, LIST, { s: schoolId })).data.meetings
    .total;
  const list = await timed(opts.runs, () => gql(port, schoolToken, LIST, { s: schoolId }));

  const vars = { scope: opts.bureauId, rules: [MEETING_RULE] };
  const first = await gql<{ compliance: { rules: { schools: number }[] } }>(port, opts.bureauToken, COMPLIANCE, vars);
  const comparison = await timed(opts.runs, () => gql(port, opts.bureauToken, COMPLIANCE, vars));

  const created: string[] = [];
  const deleteMs: number[] = [];
  let sqlWith5 = 0;
  let record50: Timed;
  try {
    const five = await gql<{ createMeeting: { id: string } }>(port, schoolToken, CREATE, { in: input(5, -1) });
    created.push(five.data.createMeeting.id);
    sqlWith5 = five.sqlCount;
    let i = 0;
    record50 = await timed(opts.runs, async () => {
      const r = await gql<{ createMeeting: { id: string; expectedCount: number } }>(port, schoolToken, CREATE, {
        in: input(ATTENDEES, i++),
      });
      if (r.data.createMeeting.expectedCount !== ATTENDEES) throw new Error('bench meeting without its 50 attendees');
      created.push(r.data.createMeeting.id);
      return r;
    });
  } finally {
    for (const id of created) deleteMs.push((await gql(port, schoolToken, DELETE, { id })).ms);
  }
  deleteMs.sort((a, b) => a - b);
  return {
    list: { ...list, total: listTotal },
    comparison: { ...comparison, sqlComputed: first.sqlCount, schools: first.data.compliance.rules[0].schools },
    record50: { ...record50, sqlWith5 },
    deleteP50: percentile(deleteMs, 50),
  };
}
