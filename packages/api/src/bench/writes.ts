import { gql, median, percentile } from './load';

const CREATE = `mutation($input: TheoryClassInput!) { createTheoryClass(input: $input) { id } }`;
const DELETE = `mutation($id: ID!) { deleteTheoryClass(id: $id) }`;
const PEOPLE = `query($s: ID!) { people(schoolId: $s, partyMembersOnly: true, limit: 3) { items { id } } }`;
const LIST = `query($s: ID!, $m: String!) { theoryClasses(schoolId: $s, fromMonth: $m, toMonth: $m, limit: 200) { items { id topic } } }`;
const TOPIC = '基准测试';
const CURRENT = `query($s: ID!) { schoolScorecard(schoolId: $s) { today rules { rule { id } current { period status value records } } } }`;

export interface WriteSide {
  p50: number;
  p95: number;
  requests: number;
  sqlPerRequest: number;
}

export interface WriteFigures {
  /** Classes of an interrupted earlier run found and deleted first. */
  leftovers: number;
  on: WriteSide;
  off: WriteSide;
  deleteP50: number;
  deleteSqlPerRequest: number;
  deleted: number;
  /** The school's current-month fact before the run and after the deletes (must be equal). */
  factBefore: string;
  factAfter: string;
}

type Scorecard = {
  schoolScorecard: { today: string; rules: { rule: { id: string }; current: Record<string, unknown> | null }[] };
};

/**
 * What maintaining the compliance facts adds to a write: `createTheoryClass` as the school's
 * secretary (a valid class today, three people present), sent alternately to two API
 * processes on the same database, one with the facts maintenance on and one with
 * DJT_FACTS_INCREMENTAL=off, so both see the same machine load and the same table sizes.
 * Sequential (one request at a time), bounded by `perSide` requests each. Every class created
 * is deleted afterwards through the API with the maintenance on, which leaves the school's fact
 * of the month as it was (checked).
 */
export async function measureWrites(opts: {
  onPort: number;
  offPort: number;
  token: string;
  schoolId: string;
  perSide: number;
  warmup: number;
}): Promise<WriteFigures> {
  const { onPort, offPort, token, schoolId } = opts;
  const current = async () =>
    JSON.stringify(
      (await gql<Scorecard>(onPort, token, CURRENT, { s: schoolId })).data.schoolScorecard.rules.map((r) => [
        r.rule.id,
        r.current,
      ]),
    );
  const { today } = (await gql<Scorecard>(onPort, token, CURRENT, { s: schoolId })).data.schoolScorecard;
  const leftovers = await deleteLeftovers(onPort, token, schoolId, today.slice(0, 7));
  const factBefore = await current();
  const people = (
    await gql<{ people: { items: { id: string }[] } }>(onPort, token, PEOPLE, { s: schoolId })
  ).data.people.items.map((p) => p.id);
  const input = (n: number) => ({
    schoolId,
    date: today,
    classHours: 1,
    topic: `${TOPIC} ${n}`,
    kind: 'IDEALS',
    lecturer: '基准',
    audience: 'MEMBERS',
    attendance: people.map((personId) => ({ personId, status: 'PRESENT' })),
  });

  const created: string[] = [];
  const sides = { on: { ms: [] as number[], sql: 0 }, off: { ms: [] as number[], sql: 0 } };
  const deleteMs: number[] = [];
  let deleteSql = 0;
  let n = 0;
  const create = async (side: 'on' | 'off', measured: boolean) => {
    const r = await gql<{ createTheoryClass: { id: string } }>(side === 'on' ? onPort : offPort, token, CREATE, {
      input: input(n++),
    });
    created.push(r.data.createTheoryClass.id);
    if (!measured) return;
    sides[side].ms.push(r.ms);
    sides[side].sql = r.sqlCount;
  };
  try {
    for (let i = 0; i < opts.warmup; i++) {
      await create('on', false);
      await create('off', false);
    }
    for (let i = 0; i < opts.perSide; i++) {
      // Alternate which side goes first, so neither always follows the other's write.
      const order: ('on' | 'off')[] = i % 2 ? ['on', 'off'] : ['off', 'on'];
      for (const side of order) await create(side, true);
    }
  } finally {
    // Clean up whatever was created, even after a failure (bounded by what was created).
    for (const id of created) {
      const r = await gql(onPort, token, DELETE, { id });
      deleteMs.push(r.ms);
      deleteSql = r.sqlCount;
    }
  }
  const side = (s: { ms: number[]; sql: number }): WriteSide => {
    const sorted = [...s.ms].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), requests: sorted.length, sqlPerRequest: s.sql };
  };
  return {
    leftovers,
    on: side(sides.on),
    off: side(sides.off),
    deleteP50: median(deleteMs),
    deleteSqlPerRequest: deleteSql,
    deleted: deleteMs.length,
    factBefore,
    factAfter: await current(),
  };
}

/**
 * Deletes the classes an interrupted earlier run left in the month (recognised by their topic),
 * through the API with the maintenance on, so the month's fact is right again. Bounded.
 */
async function deleteLeftovers(port: number, token: string, schoolId: string, month: string): Promise<number> {
  let deleted = 0;
  for (let page = 0; page < 50; page++) {
    const r = await gql<{ theoryClasses: { items: { id: string; topic: string }[] } }>(port, token, LIST, {
      s: schoolId,
      m: month,
    });
    const ours = r.data.theoryClasses.items.filter((c) => c.topic.startsWith(TOPIC));
    if (!ours.length) break;
    for (const c of ours) await gql(port, token, DELETE, { id: c.id });
    deleted += ours.length;
  }
  return deleted;
}
