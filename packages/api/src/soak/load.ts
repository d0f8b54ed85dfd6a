/**
 * The soak's clients: closed-loop virtual users over loopback, each sending its next request when
 * the previous one was answered (or after a short pause when it failed), until a deadline. Every
 * answer is recorded (kind, start, duration, HTTP status, error code), and every acknowledged
 * write goes into a ledger that is checked against the database afterwards.
 */

export const COMPLIANCE = `query($scope: ID!) { compliance(scopeId: $scope) { from to rules { rule { id } periods completionRate page { total items { schoolId statuses values met missed completionRate } } } } }`;
export const RANKING = `query($scope: ID!) { schoolRanking(scopeId: $scope) { year rows { rank schoolId score met missed } } }`;
export const SCORECARD = `query($school: ID!) { schoolScorecard(schoolId: $school) { year score rules { rule { id } met missed pending current { period status value records } } } }`;
const READ_CLASS = `query($id: ID!) { theoryClass(id: $id) { id version } }`;
const CREATE = `mutation($input: TheoryClassInput!) { createTheoryClass(input: $input) { id version presentCount leaveCount } }`;
const UPDATE = `mutation($id: ID!, $input: TheoryClassUpdateInput!) { updateTheoryClass(id: $id, input: $input) { id version } }`;
const DELETE = `mutation($id: ID!) { deleteTheoryClass(id: $id) }`;

export type Kind =
  | 'compliance (bureau)'
  | 'compliance (district)'
  | 'schoolRanking (bureau)'
  | 'schoolRanking (district)'
  | 'schoolScorecard'
  | 'theoryClass (read before update)'
  | 'createTheoryClass'
  | 'updateTheoryClass'
  | 'deleteTheoryClass';

/** One answer (or its absence: status 0 when the request failed or timed out without one). */
export interface Answer {
  kind: Kind;
  /** ms since the load started */
  start: number;
  ms: number;
  status: number;
  /** null when it succeeded; the GraphQL error code, or TIMEOUT / NETWORK / BAD_BODY */
  code: string | null;
  reason: string | null;
  /** A race the test provokes on purpose (a stale version, a class deleted meanwhile). */
  intended?: boolean;
}

export interface SoakSchool {
  id: string;
  districtId: string;
  /** Three party members of the school: two present, one on leave. */
  people: string[];
  token: string;
}

export interface Reader {
  token: string;
  /** What this account reads: the bureau's or its district's dashboards. */
  scope: 'bureau' | 'district';
  scopeId: string;
}

/** Acknowledged writes, checked against the database after the load. */
export interface Ledger {
  /** id → idempotency key and school of each acknowledged create */
  created: Map<string, { key: string; schoolId: string }>;
  /** id → the highest version an acknowledged update returned, and that update's topic */
  updated: Map<string, { version: number; topic: string }>;
  deleted: Set<string>;
  /** ids on which a write ended without a definite answer (no answer, 503): it may or may not have happened */
  uncertain: Set<string>;
  /** every key sent, with whether a create under it was acknowledged */
  keys: Map<string, boolean>;
  /** creates retried with the same Idempotency-Key after a failure, and how many of those succeeded */
  retries: { attempts: number; acknowledged: number; gaveUp: number };
}

export function newLedger(): Ledger {
  return {
    created: new Map(),
    updated: new Map(),
    deleted: new Set(),
    uncertain: new Set(),
    keys: new Map(),
    retries: { attempts: 0, acknowledged: 0, gaveUp: 0 },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LoadOptions {
  port: number;
  clients: number;
  seconds: number;
  /** Each request is abandoned (recorded as TIMEOUT) after this long. */
  timeoutMs: number;
  runId: string;
  today: string;
  schools: SoakSchool[];
  readers: Reader[];
  ledger: Ledger;
  /** ms since the load started: the load's clock, shared with the fault timer. */
  now: () => number;
}

/** What a GraphQL request came back with. */
interface Reply<T> {
  answer: Answer;
  data?: T;
}

async function send<T>(
  o: LoadOptions,
  kind: Kind,
  token: string,
  query: string,
  variables: object,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const start = o.now();
  const answer: Answer = { kind, start, ms: 0, status: 0, code: null, reason: null };
  try {
    const res = await fetch(`http://127.0.0.1:${o.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    answer.status = res.status;
    const text = await res.text();
    answer.ms = o.now() - start;
    let body: { data?: T; errors?: { extensions?: { code?: string; reason?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      answer.code = 'BAD_BODY';
      return { answer };
    }
    if (body.errors?.length) {
      answer.code = body.errors[0].extensions?.code ?? 'NO_CODE';
      answer.reason = body.errors[0].extensions?.reason ?? null;
      return { answer };
    }
    if (res.status !== 200) answer.code = `HTTP_${res.status}`;
    return { answer, data: body.data };
  } catch (err) {
    answer.ms = o.now() - start;
    const name = (err as Error).name;
    answer.code = name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'NETWORK';
    return { answer };
  }
}

/** A failure after which the write may or may not have happened (the answer was lost). */
const indefinite = (a: Answer) => a.code === 'TIMEOUT' || a.code === 'NETWORK';
/** A failure the client retries after a pause: the database (or the API) was unavailable. */
const transient = (a: Answer) =>
  indefinite(a) || a.code === 'SERVICE_UNAVAILABLE' || a.code === 'INTERNAL_SERVER_ERROR' || a.status >= 500;

/**
 * Runs `o.clients` virtual users for `o.seconds`: a fifth read the bureau's or a district's
 * dashboards (compliance, ranking, a school's scorecard), the rest are school secretaries of
 * `o.schools` (two or more clients per school, so their updates race on the same classes) who
 * read their scorecard, create classes with attendance (with an Idempotency-Key, retried with
 * the same key when the answer fails), update a class of their school with the version just
 * read, and delete one. Returns every answer.
 */
export async function runLoad(o: LoadOptions): Promise<Answer[]> {
  const answers: Answer[] = [];
  const deadline = o.seconds * 1000;
  /** Live classes of each school created in this run: what updates and deletes pick from. */
  const pools = o.schools.map(() => [] as string[]);
  const deleting = new Set<string>();
  let seq = 0;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];
  const record = (a: Answer) => {
    answers.push(a);
    return a;
  };
  const pause = (a: Answer) => (a.code && !a.intended ? sleep(250 + Math.random() * 250) : Promise.resolve());

  const classInput = (school: SoakSchool, topic: string, variant: number) => ({
    date: o.today,
    classHours: 1 + (variant % 3) * 0.5,
    topic,
    kind: 'IDEALS',
    lecturer: '压力测试',
    audience: 'MEMBERS',
    attendance:
      variant % 2 === 0
        ? [
            { personId: school.people[0], status: 'PRESENT' },
            { personId: school.people[1], status: 'PRESENT' },
            { personId: school.people[2], status: 'LEAVE', leaveReason: '外出培训' },
          ]
        : [{ personId: school.people[0], status: 'PRESENT' }],
  });

  async function create(s: number) {
    const school = o.schools[s];
    const key = `soak-${o.runId}-${++seq}`;
    const topic = `压力测试 ${key}`;
    o.ledger.keys.set(key, false);
    const input = { schoolId: school.id, ...classInput(school, topic, 0) };
    // Bounded: retried with the same key while the failure is transient, at most 40 times and
    // not beyond 30 s after the deadline.
    for (let attempt = 0; attempt < 40; attempt++) {
      if (attempt > 0) o.ledger.retries.attempts++;
      const r = await send<{ createTheoryClass: { id: string } }>(
        o,
        'createTheoryClass',
        school.token,
        CREATE,
        { input },
        { 'idempotency-key': key },
      );
      record(r.answer);
      if (r.data) {
        const id = r.data.createTheoryClass.id;
        o.ledger.created.set(id, { key, schoolId: school.id });
        o.ledger.keys.set(key, true);
        if (attempt > 0) o.ledger.retries.acknowledged++;
        pools[s].push(id);
        return;
      }
      if (!transient(r.answer) || o.now() > deadline + 30_000) break;
      await sleep(Math.min(2000, 300 * (attempt + 1)));
    }
    o.ledger.retries.gaveUp++;
  }

  async function update(s: number): Promise<Answer> {
    const school = o.schools[s];
    const id = pick(pools[s]);
    const read = await send<{ theoryClass: { version: number } }>(
      o,
      'theoryClass (read before update)',
      school.token,
      READ_CLASS,
      { id },
    );
    if (!read.data) {
      read.answer.intended = read.answer.code === 'NOT_FOUND' && (o.ledger.deleted.has(id) || deleting.has(id));
      return record(read.answer);
    }
    record(read.answer);
    const n = ++seq;
    // The create's key stays in the topic: the duplicate check counts classes per key.
    const topic = `压力测试 ${o.ledger.created.get(id)?.key ?? o.runId} 修改 ${n}`;
    const r = await send<{ updateTheoryClass: { version: number } }>(o, 'updateTheoryClass', school.token, UPDATE, {
      id,
      input: { ...classInput(school, topic, n), version: read.data.theoryClass.version },
    });
    if (r.data) {
      const version = r.data.updateTheoryClass.version;
      const before = o.ledger.updated.get(id);
      if (!before || before.version < version) o.ledger.updated.set(id, { version, topic });
    } else if (r.answer.code === 'CONFLICT') r.answer.intended = true;
    else if (r.answer.code === 'NOT_FOUND') r.answer.intended = o.ledger.deleted.has(id) || deleting.has(id);
    else if (transient(r.answer)) o.ledger.uncertain.add(id);
    return record(r.answer);
  }

  async function remove(s: number): Promise<Answer> {
    const school = o.schools[s];
    const pool = pools[s];
    const id = pool.splice(Math.floor(Math.random() * pool.length), 1)[0];
    deleting.add(id);
    const r = await send<{ deleteTheoryClass: string }>(o, 'deleteTheoryClass', school.token, DELETE, { id });
    deleting.delete(id);
    if (r.data) o.ledger.deleted.add(id);
    else {
      if (transient(r.answer)) o.ledger.uncertain.add(id);
      pool.push(id);
    }
    return record(r.answer);
  }

  async function reader(r: Reader, i: number) {
    // A district reads the scorecards of its own schools (others are NOT_FOUND to it).
    const own = o.schools.filter((s) => r.scope === 'bureau' || s.districtId === r.scopeId);
    const visible = own.length ? own : o.schools;
    for (let n = i; o.now() < deadline; n++) {
      const what = n % 3;
      const a =
        what === 0
          ? (await send(o, `compliance (${r.scope})`, r.token, COMPLIANCE, { scope: r.scopeId })).answer
          : what === 1
            ? (await send(o, `schoolRanking (${r.scope})`, r.token, RANKING, { scope: r.scopeId })).answer
            : (await send(o, 'schoolScorecard', r.token, SCORECARD, { school: pick(visible).id })).answer;
      await pause(record(a));
    }
  }

  async function writer(s: number) {
    const school = o.schools[s];
    while (o.now() < deadline) {
      const x = Math.random();
      const pool = pools[s];
      let a: Answer | undefined;
      if (x < 0.25)
        a = record((await send(o, 'schoolScorecard', school.token, SCORECARD, { school: school.id })).answer);
      else if (x < 0.55 || pool.length < 2) await create(s);
      else if (x < 0.85) a = await update(s);
      else a = await remove(s);
      if (a) await pause(a);
    }
  }

  const readers = Math.max(o.readers.length ? 1 : 0, Math.round(o.clients / 5));
  await Promise.all(
    Array.from({ length: o.clients }, (_, i) =>
      i < readers ? reader(o.readers[i % o.readers.length], i) : writer((i - readers) % o.schools.length),
    ),
  );
  return answers;
}
