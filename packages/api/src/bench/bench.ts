import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { readConfig, todayIn } from '../config/config';
import { LOCAL_DIR, REPO_ROOT } from '../config/paths';
import { loadOrCreateSecrets } from '../config/secrets';
import { APP_ROLE, ensureDatabase, migrate, withCredentials } from '../db/bootstrap';
import { seedIfEmpty } from '../db/demo';
import { startEmbeddedPostgres } from '../db/embedded';
import { DEMO_IDS, DEMO_PASSWORD, type DemoScale } from '../db/seed/demo-data';
import { startApi, type ApiProcess } from './api-process';
import { compareComparisons, floorSql, type Comparison } from './floor';
import { alternate, gql, gqlTask, loadHttp, loadSql, type Figures } from './load';
import { cpuMs, othersShare, snapshot } from './noise';
import { summariseProfile, type ProfileSummary } from './profile';
import { buildSizes, measureWeb, webSkipReason, type WebFigures } from './web';
import { measureMeetings, MEETING_RULE } from './meetings';
import { measureReplicas, type ReplicaFigures } from './replicas';
import { measureImport, removeBenchImports } from './people-import';
import { measureWrites, type WriteFigures } from './writes';

/**
 * `pnpm bench`: the compliance API on the large demo data set (16 districts, 1,600 schools,
 * 12 months shown) and, unless BENCH_PROVINCE=0, on the province set (10,000 schools) in a
 * second database of the same embedded PostgreSQL (.local/bench-pg, port 54339). Loopback only;
 * every scenario is bounded (BENCH_SECONDS each, a fixed number of writes), so it stops by itself.
 *
 * Environment: BENCH_SECONDS (10), BENCH_CONNECTIONS (8, the throughput scenario), BENCH_WRITES
 * (300 creates per side), BENCH_WEB_RUNS (5 dashboard loads; 0 skips the browser), BENCH_PROVINCE
 * (1; 0 skips), BENCH_RESEED (1: drop the bench databases first, to time the seeding again),
 * BENCH_PROFILE (1: profile the API while it serves the bureau comparison), BENCH_PG_DATA,
 * BENCH_PG_PORT. Results are also written as JSON to .local/bench-results/.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const WRITES = Number(process.env.BENCH_WRITES ?? 300);
const WEB_RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const PROVINCE = process.env.BENCH_PROVINCE !== '0';
const RESEED = process.env.BENCH_RESEED === '1';
const PROFILE = process.env.BENCH_PROFILE === '1';
const REPLICA = process.env.BENCH_REPLICA !== '0';

const RULE = 'theory-class.monthly';
/** A major-matters rule (重大事项, an EVENT rule judged per year) for its own small comparison scenario. */
const MATTERS_RULE = 'major-matters.decided-first';

/** The first page (50 worst schools), their count and the per-period counts: what the dashboard asks for first. */
const ROWS = `schools periodCounts { period met missed pending notApplicable } page { total items { schoolId schoolName districtId districtName schoolType statuses values met missed completionRate } }`;
const GROUPS = `byDistrict { key name schools completionRate } bySchoolType { key name schools completionRate }`;
/** What the bureau dashboard needs, for the rules asked for (all when $rules is null). */
const COMPLIANCE = `query($scope: ID!, $rules: [ID!]) { compliance(scopeId: $scope, ruleIds: $rules) { from to today rules { rule { id } periods ${ROWS} ${GROUPS} completionRate } } }`;
const RANKING = `query($scope: ID!) { schoolRanking(scopeId: $scope) { year rules { id title weight } rows { rank districtRank schoolId schoolName districtId districtName schoolType score met missed rates } } }`;
const SCORECARD = `query($school: ID!) { schoolScorecard(schoolId: $school) { year score rules { rule { id title } met missed pending completionRate current { period status value records reason dueOn } periods { period status value records reason dueOn } } } }`;

type ComplianceData = {
  compliance: { from: string; to: string; today: string; rules: (Comparison & { rule: { id: string } })[] };
};

interface Row {
  scenario: string;
  connections: number | string;
  f: Figures;
  sql?: number;
  bytes?: number;
  /** Share of the machine's cores used by other processes meanwhile (noise.ts). */
  others?: number | null;
  /** CPU ms per request of the API process, and of PostgreSQL (when nothing else used it). */
  apiCpu?: number;
  pgCpu?: number;
}

/** CPU ms per request between two readings. */
function perRequest(
  a: { api: number; postgres: number } | null,
  b: { api: number; postgres: number } | null,
  requests: number,
): { api: number; postgres: number } | undefined {
  if (!a || !b || !requests) return undefined;
  return { api: (b.api - a.api) / requests, postgres: (b.postgres - a.postgres) / requests };
}

interface Target {
  what: string;
  figure: string;
  target: string;
  met: boolean | null;
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const fmt = (n: number) => n.toLocaleString('en-US');
const cpu = (x: number | undefined) => (x == null || !Number.isFinite(x) ? '' : x.toFixed(1));
const pct = (x: number | null | undefined) => (x == null ? '–' : `${(x * 100).toFixed(0)}%`);
const signedPct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} %` : '–');

/** The commit measured, and whether the API, shared or web sources differ from it. */
function codeVersion(): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 10_000 }).stdout?.trim() ?? '';
  const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'packages/api/src', 'packages/shared/src', 'packages/web/src');
  return dirty ? `${head} + uncommitted changes in ${dirty.split('\n').length} source files` : head;
}

function log(text: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

/** Creates (or, with BENCH_RESEED=1, re-creates), migrates and seeds one bench database. */
async function prepareDatabase(
  adminUrl: string,
  ownerUrlOf: (db: string) => string,
  appPassword: string,
  name: string,
  scale: DemoScale,
  today: string,
): Promise<{ ownerUrl: string; seeded: { seconds: number; summary: string } | null }> {
  if (RESEED) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${name} with (force)`);
    } finally {
      await admin.end();
    }
  }
  await ensureDatabase(adminUrl, name);
  const ownerUrl = ownerUrlOf(name);
  await migrate(ownerUrl, appPassword);
  log(`${name}: seeding the ${scale} data set if empty (progress below) …`);
  const started = Date.now();
  const noise = snapshot();
  const summary = await seedIfEmpty(ownerUrl, scale, today, { progress: true });
  const seconds = (Date.now() - started) / 1000;
  const others = othersShare(noise);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from organisation where id = $1', [DEMO_IDS.bureau]);
    if (!rowCount)
      throw new Error(`${name} holds data without the current demo ids: delete .local/bench-pg (or BENCH_RESEED=1)`);
  } finally {
    await client.end();
  }
  if (!summary) log(`${name}: already loaded (BENCH_RESEED=1 to time the seeding again)`);
  return {
    ownerUrl,
    seeded: summary
      ? {
          seconds,
          summary: `${fmt(summary.schools)} schools, ${fmt(summary.people)} people; ${Object.entries(summary.rows)
            .map(([t, n]) => `${t} ${fmt(n)}`)
            .join(', ')}; data loaded in ${(summary.ms / 1000).toFixed(1)} s; other load ${pct(others)}`,
        }
      : null,
  };
}

async function login(port: number, username: string): Promise<string> {
  const r = await gql<{ login: { token: string } }>(
    port,
    null,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return r.data.login.token;
}

/**
 * A pool for the floor: as the owner (no RLS), or as the application role with the scope bound
 * for the session (set at connection start-up, so each request stays one statement).
 */
function floorPool(url: string, scopeOrgs?: string): Pool {
  return new Pool({
    connectionString: url,
    max: CONNECTIONS,
    ...(scopeOrgs ? { options: `-c app.scope_orgs=${scopeOrgs}` } : {}),
  });
}

/**
 * The three read statements the API sends for the comparison (core/compliance/compliance.read.ts:
 * the scope's schools, the bureau's settings, the facts), copied here to split the API's time into
 * its SQL and the rest. Run one after the other under RLS as djt_app, as the API does.
 */
async function apiStatements(pool: Pool, scopeId: string, c: ComplianceData['compliance'], factsPerSchool = false) {
  const periods = c.rules[0].periods;
  await pool.query(
    `select s.id, s.name, s.school_type, s.district_id, d.name as district_name
       from organisation s join organisation d on d.id = s.district_id
      where s.level = 'SCHOOL' and s.bureau_id = $1 order by d.name, s.name`,
    [scopeId],
  );
  await pool.query('select settings from bureau_settings where bureau_id = $1', [scopeId]);
  if (!factsPerSchool)
    await pool.query(
      `select school_id, rule_id, period, value, status, to_char(due_on, 'YYYY-MM-DD') as due_on
         from compliance_fact where bureau_id = $1 and rule_id = any($2::text[]) and period = any($3::text[])`,
      [scopeId, [RULE], periods],
    );
  // What-if: the facts as one row per school and rule, today's status decided in SQL (statusAt).
  else
    await pool.query(
      `select school_id, rule_id, array_agg(period order by period) as periods, array_agg(value order by period) as vals,
              array_agg(case when status = 'MISSED' and $4::date <= due_on then 'PENDING' else status end
                        order by period) as statuses
         from compliance_fact where bureau_id = $1 and rule_id = any($2::text[]) and period = any($3::text[])
        group by school_id, rule_id`,
      [scopeId, [RULE], periods, c.today],
    );
}

/** The window the API used, as the floor's parameters. */
function floorParams(scopeId: string, c: ComplianceData['compliance']) {
  const months =
    Number(c.to.slice(0, 4)) * 12 +
    Number(c.to.slice(5, 7)) -
    (Number(c.from.slice(0, 4)) * 12 + Number(c.from.slice(5, 7))) +
    1;
  return [scopeId, RULE, `${c.from}-01`, months, c.today, c.rules[0].page.items.length];
}

interface SetResults {
  rows: Row[];
  /** `count`: computed; `fromMemory`: the same request again, answered from memory. */
  sqlCounts: { what: string; schools: number; rules: string; count: number; fromMemory: number }[];
  floorCheck: string[];
  bureau1: Figures;
  /** The same with the answer computed for every request (cache off). */
  bureauCold1: Figures;
  floor1: Figures;
  floorRls1: Figures;
  bureau8?: Figures;
  bureauCold8?: Figures;
  floor8?: Figures;
  ranking1?: Figures;
  api: ApiProcess;
  tokens: Record<string, string>;
}

/**
 * The read scenarios on one data set: the bureau comparison paired with its SQL floor (one
 * connection, alternating), the statement counts, and (for the large set) throughput at
 * BENCH_CONNECTIONS, the district comparison, the ranking and the scorecard.
 */
async function readScenarios(opts: {
  label: string;
  ownerUrl: string;
  appUrl: string;
  appPassword: string;
  schools: number;
  full: boolean;
  /** Told of the API process at once, so that it is stopped whatever happens. */
  started: (api: ApiProcess) => void;
}): Promise<SetResults> {
  const api = await startApi({ ownerUrl: opts.ownerUrl, appPassword: opts.appPassword });
  opts.started(api);
  // After the API has applied the migrations (the person indexes make this delete quick).
  const leftovers = await removeBenchImports(opts.ownerUrl, DEMO_IDS.schoolA);
  if (leftovers) log(`${opts.label}: removed ${leftovers} people an interrupted import scenario left`);
  // The same API with its answers never kept in memory: what a read right after a change costs.
  const cold = await startApi({
    ownerUrl: opts.ownerUrl,
    appPassword: opts.appPassword,
    env: { DJT_COMPLIANCE_CACHE_CELLS: '0' },
  });
  opts.started(cold);
  const { port } = api;
  const [bureau, district, school] = await Promise.all(
    ['bureau_admin', 'district_admin', 'school_secretary'].map((u) => login(port, u)),
  );
  const one = { scope: DEMO_IDS.bureau, rules: [RULE] };
  const probe = await gql<ComplianceData>(port, bureau, COMPLIANCE, one);
  const c = probe.data.compliance;
  const cmp = c.rules[0];
  if (cmp.schools !== opts.schools || cmp.periods.length !== 12)
    throw new Error(`bureau comparison: ${cmp.schools} schools × ${cmp.periods.length} periods`);
  log(
    `${opts.label}: ${fmt(cmp.schools)} schools × ${cmp.periods.length} months, ${c.from}..${c.to}, today ${c.today}`,
  );
  const coldToken = await login(cold.port, 'bureau_admin');
  const coldProbe = await gql<ComplianceData>(cold.port, coldToken, COMPLIANCE, one);
  if (JSON.stringify(coldProbe.data) !== JSON.stringify(probe.data))
    throw new Error('the API with its memory off answers differently');

  // The floor: owner (no RLS), and the application role under RLS with the bureau's scope bound.
  const params = floorParams(DEMO_IDS.bureau, c);
  const sql = floorSql('bureau_id');
  const owner = floorPool(opts.ownerUrl);
  const app = floorPool(opts.appUrl, DEMO_IDS.bureau);
  const rows: Row[] = [];
  let floorCheck: string[];
  let paired: Record<string, Figures>;
  let pairedOthers: number | null;
  let pairedApiCpu: number | undefined;
  let pairedColdCpu: number | undefined;
  let floorBytes: number;
  try {
    const { rows: fr } = await owner.query<{ body: string }>(sql, params);
    floorBytes = Buffer.byteLength(fr[0].body);
    floorCheck = compareComparisons(cmp, JSON.parse(fr[0].body) as Comparison);
    const { rows: rr } = await app.query<{ body: string }>(sql, params);
    if (rr[0].body !== fr[0].body) floorCheck.push('the floor under RLS answers differently from the owner');

    // Warm-up (JIT, plans, caches), not counted.
    const apiTask = gqlTask(port, bureau, COMPLIANCE, one);
    const coldTask = gqlTask(cold.port, coldToken, COMPLIANCE, one);
    for (let i = 0; i < 5; i++) {
      await apiTask();
      await coldTask();
      await owner.query(sql, params);
      await app.query(sql, params);
    }
    log(`${opts.label}: bureau comparison and its SQL floor, one connection, alternating, ${SECONDS} s …`);
    const noise = snapshot();
    const cpu0 = cpuMs(api.pid);
    const coldCpu0 = cpuMs(cold.pid);
    paired = await alternate(SECONDS, {
      api: apiTask,
      apiCold: coldTask,
      floor: () => owner.query(sql, params),
      floorRls: () => app.query(sql, params),
      apiSql: () => apiStatements(app, DEMO_IDS.bureau, c),
      apiSqlPerSchool: () => apiStatements(app, DEMO_IDS.bureau, c, true),
    });
    pairedOthers = othersShare(noise);
    pairedApiCpu = perRequest(cpu0, cpuMs(api.pid), paired.api.requests)?.api;
    pairedColdCpu = perRequest(coldCpu0, cpuMs(cold.pid), paired.apiCold.requests)?.api;
  } finally {
    await owner.end();
    await app.end();
  }
  rows.push(
    {
      scenario: `GraphQL: bureau comparison, one rule (${fmt(opts.schools)} schools × 12 months, first 50 rows), answer kept in memory`,
      connections: 1,
      f: paired.api,
      sql: probe.sqlCount,
      bytes: probe.bytes,
      others: pairedOthers,
      apiCpu: pairedApiCpu,
    },
    {
      scenario: 'GraphQL: the same computed for every request (DJT_COMPLIANCE_CACHE_CELLS=0: as after a change)',
      connections: 1,
      f: paired.apiCold,
      sql: coldProbe.sqlCount,
      bytes: coldProbe.bytes,
      others: pairedOthers,
      apiCpu: pairedColdCpu,
    },
    {
      scenario: 'SQL floor: the same as one statement returning JSON (pg, owner, no RLS)',
      connections: 1,
      f: paired.floor,
      sql: 1,
      bytes: floorBytes,
      others: pairedOthers,
    },
    {
      scenario: 'SQL floor under RLS (pg, djt_app, bureau scope bound for the session)',
      connections: 1,
      f: paired.floorRls,
      sql: 1,
      others: pairedOthers,
    },
    {
      scenario: 'part of the API: its three read statements alone (pg, djt_app, RLS; schools, settings, facts)',
      connections: 1,
      f: paired.apiSql,
      sql: 3,
      others: pairedOthers,
    },
    {
      scenario: 'what-if: the same with the facts read as one row per school (arrays, status decided in SQL)',
      connections: 1,
      f: paired.apiSqlPerSchool,
      sql: 3,
      others: pairedOthers,
    },
  );

  const sqlCounts: SetResults['sqlCounts'] = [];
  type Counted = Partial<ComplianceData> & { schoolRanking?: { rows: unknown[] } };
  // Counted on the API that computes every answer (sessions live in the database, so the tokens
  // work there too), and again on the normal one right after, where the answer is in memory.
  const count = async (what: string, token: string, query: string, vars: object) => {
    const r = await gql<Counted>(cold.port, token, query, vars);
    await gql<Counted>(port, token, query, vars);
    const warm = await gql<Counted>(port, token, query, vars);
    const rules = r.data.compliance?.rules.length ?? 1;
    const schools = r.data.compliance?.rules[0].schools ?? r.data.schoolRanking?.rows.length ?? 1;
    sqlCounts.push({ what, schools, rules: String(rules), count: r.sqlCount, fromMemory: warm.sqlCount });
    return schools;
  };
  const all = (scope: string) => ({ scope, rules: null });
  await count('compliance, one rule (school)', school, COMPLIANCE, { scope: DEMO_IDS.schoolA, rules: [RULE] });
  await count('compliance, all rules (school)', school, COMPLIANCE, all(DEMO_IDS.schoolA));
  const perDistrict = await count('compliance, one rule (district)', district, COMPLIANCE, {
    scope: DEMO_IDS.district1,
    rules: [RULE],
  });
  await count('compliance, all rules (district)', district, COMPLIANCE, all(DEMO_IDS.district1));
  await count('compliance, one rule (bureau)', bureau, COMPLIANCE, one);
  await count('compliance, all rules (bureau)', bureau, COMPLIANCE, all(DEMO_IDS.bureau));
  await count('schoolRanking (district)', district, RANKING, { scope: DEMO_IDS.district1 });
  await count('schoolRanking (bureau)', bureau, RANKING, { scope: DEMO_IDS.bureau });
  await count('schoolScorecard', school, SCORECARD, { school: DEMO_IDS.schoolA });

  const result: SetResults = {
    rows,
    sqlCounts,
    floorCheck,
    bureau1: paired.api,
    bureauCold1: paired.apiCold,
    floor1: paired.floor,
    floorRls1: paired.floorRls,
    api,
    tokens: { bureau, district, school },
  };
  const single = async (scenario: string, token: string, query: string, vars: object) => {
    const p = await gql(port, token, query, vars);
    const task = gqlTask(port, token, query, vars);
    for (let i = 0; i < 3; i++) await task();
    log(`${opts.label}: ${scenario}, one connection, ${SECONDS} s …`);
    const noise = snapshot();
    const cpu0 = cpuMs(api.pid);
    const f = (await alternate(SECONDS, { task })).task;
    const others = othersShare(noise);
    const cpu = perRequest(cpu0, cpuMs(api.pid), f.requests);
    rows.push({
      scenario: `GraphQL: ${scenario}`,
      connections: 1,
      f,
      sql: p.sqlCount,
      bytes: p.bytes,
      others,
      apiCpu: cpu?.api,
      pgCpu: cpu?.postgres,
    });
    return f;
  };
  result.ranking1 = await single(
    `bureau ranking, every rule (schoolRanking, ${fmt(opts.schools)} schools × 12 months)`,
    bureau,
    RANKING,
    { scope: DEMO_IDS.bureau },
  );
  await single(
    `bureau comparison, a major-matters rule (${MATTERS_RULE}, ${fmt(opts.schools)} schools, per year)`,
    bureau,
    COMPLIANCE,
    { scope: DEMO_IDS.bureau, rules: [MATTERS_RULE] },
  );
  if (!opts.full) {
    await cold.stop();
    return result;
  }

  log(`${opts.label}: bureau comparison, ${CONNECTIONS} connections (autocannon), ${SECONDS} s …`);
  const noise = snapshot();
  const cpu0 = cpuMs(api.pid);
  result.bureau8 = await loadHttp({
    port,
    token: bureau,
    query: COMPLIANCE,
    variables: one,
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  const cpu8 = perRequest(cpu0, cpuMs(api.pid), result.bureau8.requests);
  rows.push({
    scenario: `GraphQL: bureau comparison, one rule (${fmt(opts.schools)} schools)`,
    connections: CONNECTIONS,
    f: result.bureau8,
    sql: probe.sqlCount,
    bytes: probe.bytes,
    others: othersShare(noise),
    apiCpu: cpu8?.api,
    pgCpu: cpu8?.postgres,
  });
  log(`${opts.label}: bureau comparison computed per request, ${CONNECTIONS} connections, ${SECONDS} s …`);
  const noiseCold = snapshot();
  const coldCpu8 = cpuMs(cold.pid);
  result.bureauCold8 = await loadHttp({
    port: cold.port,
    token: coldToken,
    query: COMPLIANCE,
    variables: one,
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  rows.push({
    scenario: 'GraphQL: the same computed for every request (cache off)',
    connections: CONNECTIONS,
    f: result.bureauCold8,
    sql: coldProbe.sqlCount,
    bytes: coldProbe.bytes,
    others: othersShare(noiseCold),
    apiCpu: perRequest(coldCpu8, cpuMs(cold.pid), result.bureauCold8.requests)?.api,
  });
  log(`${opts.label}: SQL floor, ${CONNECTIONS} connections, ${SECONDS} s …`);
  const pool = floorPool(opts.ownerUrl);
  try {
    const noise8 = snapshot();
    const before = cpuMs(api.pid);
    result.floor8 = await loadSql({ pool, sql, params, connections: CONNECTIONS, seconds: SECONDS });
    rows.push({
      scenario: 'SQL floor (pg, owner, no RLS)',
      connections: CONNECTIONS,
      f: result.floor8,
      sql: 1,
      others: othersShare(noise8),
      pgCpu: perRequest(before, cpuMs(api.pid), result.floor8.requests)?.postgres,
    });
  } finally {
    await pool.end();
  }
  await single(`district comparison, one rule (${perDistrict} schools × 12 months)`, district, COMPLIANCE, {
    scope: DEMO_IDS.district1,
    rules: [RULE],
  });
  await single("school's scorecard (every rule, one year)", school, SCORECARD, { school: DEMO_IDS.schoolA });
  await cold.stop();
  return result;
}

/** A short CPU profile of the API serving the bureau comparison on one connection. */
async function profileComparison(ownerUrl: string, appPassword: string): Promise<ProfileSummary | null> {
  const dir = path.join(LOCAL_DIR, 'bench-prof', String(Date.now()));
  const api = await startApi({ ownerUrl, appPassword, cpuProfileDir: dir });
  try {
    const token = await login(api.port, 'bureau_admin');
    const task = gqlTask(api.port, token, COMPLIANCE, { scope: DEMO_IDS.bureau, rules: [RULE] });
    for (let i = 0; i < 5; i++) await task();
    log(`profiling the API: bureau comparison, one connection, ${SECONDS} s …`);
    await alternate(SECONDS, { task });
  } finally {
    await api.stop();
  }
  return summariseProfile(dir);
}

function table(rows: Row[]): string {
  return [
    '| scenario | conn. | p50 ms | p95 ms | req/s | requests | errors | SQL statements | response bytes | API CPU ms/req | PG CPU ms/req | other load |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.connections} | ${ms(r.f.p50)} | ${ms(r.f.p95)} | ${r.f.rps.toFixed(0)} | ${r.f.requests} | ${r.f.errors} | ${r.sql ?? ''} | ${r.bytes ? fmt(r.bytes) : ''} | ${cpu(r.apiCpu)} | ${cpu(r.pgCpu)} | ${pct(r.others)} |`,
    ),
  ].join('\n');
}

async function main() {
  const secrets = loadOrCreateSecrets();
  const config = readConfig();
  const today = todayIn(config.timeZone, config.today);
  const started = Date.now();
  const db = await startEmbeddedPostgres({
    dataDir: process.env.BENCH_PG_DATA ?? path.join(LOCAL_DIR, 'bench-pg'),
    port: Number(process.env.BENCH_PG_PORT ?? 54339),
    password: secrets.ownerPassword,
  });
  const out: string[] = [];
  /** Prints what is collected so far: a later failure (or a stop) does not lose it. */
  const flush = () => {
    if (out.length) console.log(out.splice(0).join('\n'));
  };
  const targets: Target[] = [];
  const code = codeVersion();
  const json: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
    code,
    seconds: SECONDS,
  };
  out.push(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; code ${code}`,
    `${SECONDS} s per scenario; one-connection figures alternate the requests they compare; loopback only.`,
  );
  flush();
  const target = (what: string, figure: string, goal: string, met: boolean | null) =>
    targets.push({ what, figure, target: goal, met });
  const apis: ApiProcess[] = [];
  try {
    const adminUrl = db.ownerUrl('postgres');
    const appUrlOf = (name: string) => withCredentials(db.ownerUrl(name), APP_ROLE, secrets.appPassword);

    // ----- large: 1,600 schools -----------------------------------------------------------------
    const large = await prepareDatabase(adminUrl, db.ownerUrl, secrets.appPassword, 'djt_bench', 'large', today);
    if (large.seeded) out.push(`Seeded the large set in ${large.seeded.seconds.toFixed(1)} s: ${large.seeded.summary}`);
    const L = await readScenarios({
      label: 'large',
      ownerUrl: large.ownerUrl,
      appUrl: appUrlOf('djt_bench'),
      appPassword: secrets.appPassword,
      schools: 1600,
      full: true,
      started: (api) => apis.push(api),
    });
    json.large = { rows: L.rows, sqlCounts: L.sqlCounts, floorCheck: L.floorCheck };

    target(
      '1a. bureau comparison p50, 1 connection (large)',
      `${ms(L.bureau1.p50)} ms kept in memory; ${ms(L.bureauCold1.p50)} ms computed per request (as after a change)`,
      '≤ 40 ms',
      L.bureau1.p50 <= 40,
    );
    target(
      `1b. bureau comparison throughput, ${CONNECTIONS} connections (large)`,
      `${L.bureau8!.rps.toFixed(1)} req/s (p50 ${ms(L.bureau8!.p50)} ms); computed per request ${L.bureauCold8!.rps.toFixed(1)} req/s; the SQL floor alone ${L.floor8!.rps.toFixed(1)} req/s`,
      '≥ 65 req/s (5 × 13)',
      CONNECTIONS === 8 ? L.bureau8!.rps >= 65 : null,
    );
    const ratio = L.bureau1.p50 / L.floor1.p50;
    const coldRatio = L.bureauCold1.p50 / L.floor1.p50;
    target(
      '2. GraphQL p50 / SQL floor p50, 1 connection (large)',
      `${ratio.toFixed(2)}× (${ms(L.bureau1.p50)} / ${ms(L.floor1.p50)} ms; ${(L.bureau1.p50 / L.floorRls1.p50).toFixed(2)}× against the floor under RLS); computed per request ${coldRatio.toFixed(2)}×`,
      '≤ 1.5×',
      ratio <= 1.5,
    );
    target(
      '3. bureau ranking p50, 1 connection (large)',
      `${ms(L.ranking1!.p50)} ms`,
      '≤ 150 ms',
      L.ranking1!.p50 <= 150,
    );
    const setOf = (prefix: string, key: 'count' | 'fromMemory') =>
      new Set(L.sqlCounts.filter((s) => s.what.startsWith(prefix)).map((s) => s[key]));
    const counts = setOf('compliance', 'count');
    const rankCounts = setOf('schoolRanking', 'count');
    const memCounts = new Set([...setOf('compliance', 'fromMemory'), ...setOf('schoolRanking', 'fromMemory')]);
    target(
      '4. SQL statements per request: school vs district vs bureau, one rule vs all (large)',
      `computed: compliance ${[...counts].join('/')}, ranking ${[...rankCounts].join('/')}; from memory ${[...memCounts].join('/')}`,
      'the same whatever the schools and rules',
      counts.size === 1 && rankCounts.size === 1 && memCounts.size === 1,
    );

    // ----- writes: facts maintenance on vs off ---------------------------------------------------
    log(`writes: a second API with DJT_FACTS_INCREMENTAL=off; ${WRITES} createTheoryClass per side, alternating …`);
    const off = await startApi({
      ownerUrl: large.ownerUrl,
      appPassword: secrets.appPassword,
      env: { DJT_FACTS_INCREMENTAL: 'off' },
    });
    apis.push(off);
    let writes: WriteFigures;
    const writesNoise = snapshot();
    try {
      writes = await measureWrites({
        onPort: L.api.port,
        offPort: off.port,
        token: L.tokens.school,
        schoolId: DEMO_IDS.schoolA,
        perSide: WRITES,
        warmup: 10,
      });
    } finally {
      await off.stop();
    }
    const writesOthers = othersShare(writesNoise);
    json.writes = { ...writes, others: writesOthers };
    const added = writes.on.p50 - writes.off.p50;
    target(
      '5. createTheoryClass: what the facts maintenance adds to p50 (large)',
      `${added >= 0 ? '+' : '−'}${ms(Math.abs(added))} ms (${ms(writes.on.p50)} on / ${ms(writes.off.p50)} off; ${writes.on.sqlPerRequest} / ${writes.off.sqlPerRequest} statements)`,
      '≤ 5 ms',
      added <= 5,
    );

    // ----- 三会一课 -------------------------------------------------------------------------------
    log(`meetings: a school's list, the bureau comparison of ${MEETING_RULE}, createMeeting with 50 attendees …`);
    const meetingsNoise = snapshot();
    const meetings = await measureMeetings({
      port: L.api.port,
      ownerUrl: large.ownerUrl,
      schoolToken: L.tokens.school,
      bureauToken: L.tokens.bureau,
      schoolId: DEMO_IDS.schoolA,
      bureauId: DEMO_IDS.bureau,
      today,
      runs: Math.max(20, Math.min(200, WRITES)),
    });
    const meetingsOthers = othersShare(meetingsNoise);
    json.meetings = { ...meetings, others: meetingsOthers };
    target(
      '7. 三会一课 (large): meeting list, comparison of a meeting rule, createMeeting with 50 attendees',
      `list p50 ${ms(meetings.list.p50)} ms (${meetings.list.sql} statements); comparison p50 ${ms(meetings.comparison.p50)} ms from memory (${meetings.comparison.sqlComputed} statements computed); createMeeting p50 ${ms(meetings.record50.p50)} ms, ${meetings.record50.sql} statements with 50 attendees, ${meetings.record50.sqlWith5} with 5`,
      'statements do not grow with the attendees',
      meetings.record50.sql === meetings.record50.sqlWith5,
    );

    // ----- people import: 5,000 rows, all or nothing ------------------------------------------------
    log('people import: 5,000 rows staged and committed, then the same file again …');
    const imported = await measureImport({
      api: L.api,
      ownerUrl: large.ownerUrl,
      token: L.tokens.school,
      schoolId: DEMO_IDS.schoolA,
      rows: 5000,
    });
    json.peopleImport = imported;
    target(
      '8. importing 5,000 people (check, stage, commit; large)',
      `${fmt(Math.round(imported.totalMs))} ms (check ${ms(imported.checkMs)}, stage ${fmt(Math.round(imported.stageMs))}, commit ${fmt(Math.round(imported.commitMs))} ms in ${imported.commitSql} statements); again ${fmt(Math.round(imported.reimportMs))} ms, ${imported.unchangedOnReimport} unchanged; API RSS ${imported.rssBeforeMiB?.toFixed(0)} → ${imported.rssAfterMiB?.toFixed(0)} MiB, peak ${imported.peakMiB?.toFixed(0)} MiB`,
      '≤ 10,000 ms',
      imported.totalMs <= 10_000 && imported.created === 5000 && imported.unchangedOnReimport === 5000,
    );

    // ----- web ----------------------------------------------------------------------------------
    let web: WebFigures | string;
    let webOthers: number | null = null;
    const skip = WEB_RUNS > 0 ? webSkipReason() : 'BENCH_WEB_RUNS=0';
    if (skip) web = `skipped: ${skip}`;
    else {
      log(`web: ${WEB_RUNS} bureau dashboard loads and a school secretary's first page in Chromium …`);
      const noise = snapshot();
      try {
        web = await measureWeb({ port: L.api.port, runs: WEB_RUNS, schools: 1600 });
      } catch (err) {
        web = `failed: ${(err as Error).message.split('\n')[0]}`;
      }
      webOthers = othersShare(noise);
    }
    json.web = web;
    if (typeof web === 'string') {
      target('6a. bureau dashboard usable after 登录, median (1,600 schools)', web, '≤ 1,000 ms', null);
      target("6b. school user's first page, JS/CSS gzipped", web, '≤ 300 KiB', null);
    } else {
      target(
        '6a. bureau dashboard usable after 登录, median (1,600 schools)',
        `${fmt(web.dashboard.median)} ms (${web.dashboard.usable.join(', ')})`,
        '≤ 1,000 ms',
        web.dashboard.median <= 1000,
      );
      const w = web.school.loginToWorkspace;
      target(
        "6b. school user's first page, JS/CSS gzipped (login page → workspace, empty cache)",
        `${kib(w.gzip)} in ${w.files.length} files (${kib(w.wire)} on the wire uncompressed); signed in, empty cache: ${kib(web.school.signedIn.gzip)}`,
        '≤ 300 KiB',
        w.gzip <= 300 * 1024,
      );
    }
    const memory = L.api.memory();
    json.apiMemory = memory;
    await L.api.stop();

    // ----- read replicas: routing overhead and replay lag ----------------------------------------
    let replicas: ReplicaFigures | string = 'skipped: BENCH_REPLICA=0';
    let replicaOthers: number | null = null;
    if (REPLICA) {
      log('replicas: a hot standby of the bench database (a clean copy of its data directory) …');
      const noise = snapshot();
      try {
        replicas = await measureReplicas({
          db,
          database: 'djt_bench',
          ownerPassword: secrets.ownerPassword,
          appPassword: secrets.appPassword,
          seconds: SECONDS,
          bureauId: DEMO_IDS.bureau,
          schoolId: DEMO_IDS.schoolA,
          login,
          log,
        });
      } catch (err) {
        replicas = `failed: ${(err as Error).message.split('\n')[0]}`;
      }
      replicaOthers = othersShare(noise);
    }
    json.replicas = typeof replicas === 'string' ? replicas : { ...replicas, others: replicaOthers };
    if (typeof replicas === 'string') target('9. read replica routing overhead, p50 (large)', replicas, '≤ 5 %', null);
    else
      target(
        '9. read replica routing overhead, p50 (large)',
        `bureau comparison ${signedPct(replicas.comparison.overheadPct)} (${ms(replicas.comparison.routed.p50)} / ${ms(replicas.comparison.primary.p50)} ms); school lists ${signedPct(replicas.lists.overheadPct)} (${ms(replicas.lists.routed.p50)} / ${ms(replicas.lists.primary.p50)} ms); ${fmt(replicas.replicaTransactions)} transactions on the replica`,
        '≤ 5 %',
        replicas.comparison.overheadPct <= 5 && replicas.lists.overheadPct <= 5 && replicas.replicaTransactions > 0,
      );

    const profile = PROFILE ? await profileComparison(large.ownerUrl, secrets.appPassword) : null;
    json.profile = profile;

    out.push(
      '',
      '## Large set (1,600 schools)',
      '',
      table(L.rows),
      '',
      'SQL statements per request (x-sql-count):',
      '',
      '| request | schools | rules | statements computed | from memory |',
      '|---|---|---|---|---|',
      ...L.sqlCounts.map((s) => `| ${s.what} | ${fmt(s.schools)} | ${s.rules} | ${s.count} | ${s.fromMemory} |`),
      '',
      L.floorCheck.length
        ? `Floor vs API answer: ${L.floorCheck.join('; ')}`
        : 'Floor vs API answer: identical for every school, group and the overall rate, same row order.',
      '',
      `createTheoryClass as school_secretary (one connection, ${writes.on.requests} per side, alternating between the two APIs; other load ${pct(writesOthers)}):`,
      `  facts maintenance on:  p50 ${ms(writes.on.p50)} ms, p95 ${ms(writes.on.p95)} ms, ${writes.on.sqlPerRequest} SQL statements`,
      `  facts maintenance off: p50 ${ms(writes.off.p50)} ms, p95 ${ms(writes.off.p95)} ms, ${writes.off.sqlPerRequest} SQL statements`,
      `  deleteTheoryClass (clean-up, maintenance on): ${writes.deleted} deleted, p50 ${ms(writes.deleteP50)} ms, ${writes.deleteSqlPerRequest} SQL statements`,
      `  the school's fact of the month after the clean-up ${writes.factAfter === writes.factBefore ? 'equals' : 'DIFFERS FROM'} the one before${writes.leftovers ? ` (${writes.leftovers} classes of an interrupted run deleted first)` : ''}`,
    );
    out.push(
      '',
      `三会一课 as school_secretary / bureau_admin (one connection, ${meetings.list.requests} requests each; other load ${pct(meetingsOthers)}):`,
      `  meetings (a school's newest 50 of ${meetings.list.total}, with attendance and files): p50 ${ms(meetings.list.p50)} ms, p95 ${ms(meetings.list.p95)} ms, ${meetings.list.sql} SQL statements`,
      `  compliance, ${MEETING_RULE} (bureau, ${fmt(meetings.comparison.schools)} schools): p50 ${ms(meetings.comparison.p50)} ms from memory (${meetings.comparison.sql} statements), ${meetings.comparison.sqlComputed} statements computed`,
      `  createMeeting with 50 attendees: p50 ${ms(meetings.record50.p50)} ms, p95 ${ms(meetings.record50.p95)} ms, ${meetings.record50.sql} SQL statements (${meetings.record50.sqlWith5} with 5 attendees); deleteMeeting p50 ${ms(meetings.deleteP50)} ms`,
    );
    if (memory)
      out.push(
        `API process memory after the large run: RSS ${memory.rssMiB.toFixed(0)} MiB, peak ${memory.peakMiB.toFixed(0)} MiB`,
      );
    if (typeof web !== 'string') {
      out.push(
        '',
        `Bureau dashboard usable after pressing 登录 (${WEB_RUNS} loads, fresh context each; other load ${pct(webOthers)}): ${web.dashboard.usable.join(', ')} ms, median ${web.dashboard.median} ms; the comparison's answer had arrived at ${web.dashboard.answered.join(', ')} ms`,
        `School secretary's first page, empty cache, from opening /login to the workspace shown and the network idle: ${web.school.loginToWorkspace.files.length} JS/CSS files, ${kib(web.school.loginToWorkspace.gzip)} gzipped (${kib(web.school.loginPage.gzip)} of it for the login page), ${kib(web.school.loginToWorkspace.wire)} on the wire:`,
        ...web.school.loginToWorkspace.files.map(
          (f) => `  ${f.name}  ${kib(f.gzip)} gzipped, ${kib(f.wire)} on the wire`,
        ),
        `Signed in, opening / with an empty cache: ${web.school.signedIn.files.length} files, ${kib(web.school.signedIn.gzip)} gzipped`,
      );
    } else out.push('', `Web: ${web}`);
    if (typeof replicas !== 'string')
      out.push(
        '',
        `Read replica (hot standby on this machine, copied in ${replicas.copySeconds.toFixed(1)} s; one connection, alternating primary-only and routed APIs; other load ${pct(replicaOthers)}):`,
        `  bureau comparison: primary-only p50 ${ms(replicas.comparison.primary.p50)} ms, p95 ${ms(replicas.comparison.primary.p95)} ms; routed p50 ${ms(replicas.comparison.routed.p50)} ms, p95 ${ms(replicas.comparison.routed.p95)} ms (${signedPct(replicas.comparison.overheadPct)})`,
        `  school lists (meetings + roster): primary-only p50 ${ms(replicas.lists.primary.p50)} ms, p95 ${ms(replicas.lists.primary.p95)} ms; routed p50 ${ms(replicas.lists.routed.p50)} ms, p95 ${ms(replicas.lists.routed.p95)} ms (${signedPct(replicas.lists.overheadPct)})`,
        `  the replica committed ${fmt(replicas.replicaTransactions)} transactions meanwhile (the routed API's reads)`,
        `  replay lag of ${replicas.lag.commits} commits while 8 connections read dashboards from the replica (${replicas.lag.readRps.toFixed(0)} req/s): p50 ${ms(replicas.lag.p50)} ms, p95 ${ms(replicas.lag.p95)} ms, max ${ms(replicas.lag.max)} ms`,
      );
    else out.push('', `Read replica: ${replicas}`);
    const sizes = buildSizes();
    if (sizes) out.push(`Whole web build: ${sizes.files} JS/CSS files, ${kib(sizes.gzip)} gzipped`);
    if (profile) {
      out.push(
        '',
        `CPU profile of the API serving the bureau comparison (${(profile.busyMs / 1000).toFixed(1)} s busy):`,
        ...profile.areas.map((a) => `  ${(a.share * 100).toFixed(1).padStart(5)}%  ${a.area}`),
        '  heaviest functions (self time):',
        ...profile.functions.map((f) => `  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`),
      );
    }

    flush();

    // ----- province: 10,000 schools -------------------------------------------------------------
    if (PROVINCE) {
      const province = await prepareDatabase(
        adminUrl,
        db.ownerUrl,
        secrets.appPassword,
        'djt_bench_province',
        'province',
        today,
      );
      json.provinceSeed = province.seeded;
      const P = await readScenarios({
        label: 'province',
        ownerUrl: province.ownerUrl,
        appUrl: appUrlOf('djt_bench_province'),
        appPassword: secrets.appPassword,
        schools: 10_000,
        full: false,
        started: (api) => apis.push(api),
      });
      await P.api.stop();
      json.province = { rows: P.rows, sqlCounts: P.sqlCounts, floorCheck: P.floorCheck };
      target(
        'province: seeding time (10,000 schools, with the facts)',
        province.seeded ? `${province.seeded.seconds.toFixed(1)} s` : 'already loaded (BENCH_RESEED=1)',
        '≈ 75 s (stated)',
        null,
      );
      target(
        'province: bureau comparison p50, 1 connection (10,000 schools)',
        `${ms(P.bureau1.p50)} ms kept in memory, ${ms(P.bureauCold1.p50)} ms computed per request (floor ${ms(P.floor1.p50)} ms, ${(P.bureauCold1.p50 / P.floor1.p50).toFixed(2)}× computed)`,
        '≤ 250 ms',
        P.bureau1.p50 <= 250,
      );
      out.push(
        '',
        '## Province set (10,000 schools)',
        '',
        province.seeded
          ? `Seeded in ${province.seeded.seconds.toFixed(1)} s (data, ANALYZE and facts): ${province.seeded.summary}`
          : 'Already loaded: seeding not timed (BENCH_RESEED=1 to time it).',
        '',
        table(P.rows),
        '',
        '| request | schools | rules | statements computed | from memory |',
        '|---|---|---|---|---|',
        ...P.sqlCounts.map((s) => `| ${s.what} | ${fmt(s.schools)} | ${s.rules} | ${s.count} | ${s.fromMemory} |`),
        '',
        P.floorCheck.length ? `Floor vs API answer: ${P.floorCheck.join('; ')}` : 'Floor vs API answer: identical.',
      );
    }

    flush();
    const header = [
      '',
      `## Targets (total ${((Date.now() - started) / 1000).toFixed(0)} s)`,
      '',
      '| target | figure | goal | met |',
      '|---|---|---|---|',
      ...targets.map(
        (t) => `| ${t.what} | ${t.figure} | ${t.target} | ${t.met == null ? '–' : t.met ? 'yes' : '**no**'} |`,
      ),
    ];
    console.log(header.join('\n'));
    json.targets = targets;
    const dir = path.join(LOCAL_DIR, 'bench-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(json, null, 2));
    log(`results written to ${path.relative(process.cwd(), file)}`);
  } finally {
    for (const api of apis) await api.stop().catch(() => undefined);
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
