import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { readConfig, todayIn } from '../config/config';
import { LOCAL_DIR, REPO_ROOT, WEB_DIST } from '../config/paths';
import { freePort } from '../config/free-port';
import { loadOrCreateSecrets } from '../config/secrets';
import { ensureDatabase, migrate } from '../db/bootstrap';
import { seedIfEmpty } from '../db/demo';
import { startEmbeddedPostgres } from '../db/embedded';
import { DEMO_IDS, DEMO_PASSWORD } from '../db/seed/demo-data';
import { defaultWindowStart } from '@djt/shared';

/**
 * `pnpm bench`: the API on the large data set (16 districts, 1,600 schools, ~48,000 people),
 * loaded by autocannon on loopback, against the same comparison as one hand-written SQL query.
 * Bounded: each scenario runs for a fixed duration and stops by itself. Only 127.0.0.1.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
let PORT = Number(process.env.BENCH_PORT ?? 0);

interface Figures {
  p50: number;
  p95: number;
  rps: number;
  requests: number;
  errors: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function loadHttp(token: string, query: string, variables: object): Promise<Figures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}/graphql`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

async function loadSql(pool: Pool, sql: string, params: unknown[]): Promise<Figures> {
  const latencies: number[] = [];
  const end = Date.now() + DURATION * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        try {
          await pool.query(sql, params);
        } catch {
          errors++;
        }
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: latencies.length / DURATION,
    requests: latencies.length,
    errors,
  };
}

/**
 * The floor: the bureau comparison as the best single hand-written statement we found: monthly
 * sums per school and month, each with its status decided in SQL (default settings), folded
 * into arrays per school and joined to every school of the bureau. Months without a class are
 * left for the client to fill, so the floor does strictly less than the API.
 */
const FLOOR_SQL = `
with h as (
  select school_id, (extract(year from date)::int * 12 + extract(month from date)::int - 1) - $5::int as i,
         sum(class_hours)::float8 as hours
    from theory_class where bureau_id = $1 and date >= $2::date and date < $3::date group by 1, 2),
per as (
  select school_id, array_agg(i order by i) as months, array_agg(hours order by i) as hours,
         array_agg(case when extract(month from $2::date + make_interval(months => i)) in (7, 8) then 'NOT_APPLICABLE'
                        when hours >= 1 then 'MET'
                        when $2::date + make_interval(months => i) >= date_trunc('month', $4::date) then 'PENDING'
                        else 'MISSED' end order by i) as statuses
    from h group by school_id)
select s.id, s.name, s.school_type, d.name as district_name, per.months, per.hours, per.statuses
  from organisation s join organisation d on d.id = s.district_id left join per on per.school_id = s.id
 where s.level = 'SCHOOL' and s.bureau_id = $1`;

const COMPARISON = `query($id: ID!) { theoryClassComparison(scopeId: $id) { months rows { schoolId schoolName districtId districtName schoolType statuses classHours met missed completionRate } byDistrict { key name schools completionRate } bySchoolType { key name schools completionRate } completionRate } }`;
const MONTHS = `query($id: ID!) { schoolTheoryClassMonths(schoolId: $id) { month status classHours classCount reason } }`;
const CLASSES = `query($id: ID!) { theoryClasses(schoolId: $id, limit: 20) { total items { id date topic classHours presentCount expectedCount attendance { personName status } } } }`;

async function gql(token: string | null, query: string, variables: object) {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, { token?: string }>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, sqlCount: Number(res.headers.get('x-sql-count')), bytes: Number(res.headers.get('content-length')) };
}

/** Gzipped sizes of the web client's production build: the entry chunk and everything. */
function bundleSizes(): { main: number; total: number; files: number } | null {
  const assets = path.join(WEB_DIST, 'assets');
  if (!fs.existsSync(assets)) return null;
  let main = 0;
  let total = 0;
  const files = fs.readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  for (const f of files) {
    const size = zlib.gzipSync(fs.readFileSync(path.join(assets, f))).length;
    total += size;
    if (/^index-.*\.(js|css)$/.test(f)) main += size;
  }
  return { main, total, files: files.length };
}

/**
 * Time from pressing 登录 as bureau_admin to the bureau dashboard being usable with every school:
 * everything above the fold drawn (the comparison table's rows and both completion charts), and
 * separately the time until the school × month heatmap below it is drawn once scrolled to.
 */
async function dashboardLoad(runs = 3): Promise<{ usable: number; heatmap: number }[] | string> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return `skipped: no Chromium at ${executablePath}`;
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) return 'skipped: no web build (pnpm build)';
  // playwright-core is the web package's dependency; the benchmark borrows it from there.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require(require.resolve('playwright-core', { paths: [path.join(REPO_ROOT, 'packages/web')] }));
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const times: { usable: number; heatmap: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        baseURL: `http://127.0.0.1:${PORT}`,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto('/login');
      await page.getByLabel('用户名').fill('bureau_admin');
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      const start = Date.now();
      await page.getByTestId('login-submit').click();
      await page.locator('[data-testid="comparison-table"] .ant-table-row').first().waitFor();
      await page.locator('[data-testid="completion-bar-chart"] canvas').nth(1).waitFor();
      const usable = Date.now() - start;
      await page.getByTestId('comparison-table').scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 2000);
      await page.locator('[data-testid="status-heatmap"] canvas').first().waitFor();
      times.push({ usable, heatmap: Date.now() - start });
      const count = await page.getByTestId('row-count').getAttribute('data-count');
      if (Number(count) < 1600) throw new Error(`dashboard shows ${count} schools, expected 1,600`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode != null) throw new Error('API exited');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not start');
}

async function main() {
  const secrets = loadOrCreateSecrets();
  const config = readConfig();
  const today = todayIn(config.timeZone, config.today);
  const db = await startEmbeddedPostgres({
    dataDir: process.env.BENCH_PG_DATA ?? path.join(LOCAL_DIR, 'bench-pg'),
    port: Number(process.env.BENCH_PG_PORT ?? 54339),
    password: secrets.ownerPassword,
  });
  const child: { p?: ChildProcess } = {};
  try {
    await ensureDatabase(db.ownerUrl('postgres'), 'djt_bench');
    const ownerUrl = db.ownerUrl('djt_bench');
    await migrate(ownerUrl, secrets.appPassword);
    const seeded = await seedIfEmpty(ownerUrl, 'large', today);
    if (seeded) console.log(`Loaded the large data set: ${JSON.stringify(seeded)}`);

    PORT ||= await freePort();
    // Started as `npm start` starts it (scripts/run.mjs): with a larger young generation.
    child.p = spawn(process.execPath, ['--max-semi-space-size=64', path.join(__dirname, '../main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: ownerUrl,
        DJT_APP_DB_PASSWORD: secrets.appPassword,
        PORT: String(PORT),
        DJT_COUNT_SQL: '1',
        NODE_ENV: 'production',
        DJT_WEB_DIST: WEB_DIST,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`http://127.0.0.1:${PORT}/healthz`, child.p);

    const login = async (u: string) =>
      (
        await gql(null, 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', {
          u,
          p: DEMO_PASSWORD,
        })
      ).body.data!.login.token as string;
    const [bureau, district, school] = await Promise.all(
      ['bureau_admin', 'district_admin', 'school_secretary'].map(login),
    );

    const scenarios = [
      {
        name: 'bureau comparison (1,600 schools × 12 months)',
        token: bureau,
        query: COMPARISON,
        vars: { id: DEMO_IDS.bureau },
      },
      {
        name: 'district summary (100 schools × 12 months)',
        token: district,
        query: COMPARISON,
        vars: { id: DEMO_IDS.district1 },
      },
      { name: "school's month list (12 months)", token: school, query: MONTHS, vars: { id: DEMO_IDS.schoolA } },
      {
        name: "school's class list (20 with attendance)",
        token: school,
        query: CLASSES,
        vars: { id: DEMO_IDS.schoolA },
      },
    ];
    const lines: string[] = [];
    const row = (name: string, f: Figures, sql: string | number, size = '') =>
      `| ${name} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.rps.toFixed(0)} | ${f.requests} | ${f.errors} | ${sql} | ${size} |`;
    lines.push(
      `| scenario | p50 ms | p95 ms | req/s | requests | errors | SQL statements / request | response bytes |`,
      '|---|---|---|---|---|---|---|---|',
    );
    let bureauFigures: Figures | undefined;
    for (const s of scenarios) {
      const probe = await gql(s.token, s.query, s.vars);
      const f = await loadHttp(s.token, s.query, s.vars);
      bureauFigures ??= f;
      lines.push(row(`GraphQL: ${s.name}`, f, probe.sqlCount, String(probe.bytes || '')));
    }
    const pool = new Pool({ connectionString: ownerUrl, max: CONNECTIONS });
    const from = `${defaultWindowStart(today)}-01`;
    const to = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1)).toISOString().slice(0, 10);
    const firstIndex = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1;
    const floor = await loadSql(pool, FLOOR_SQL, [DEMO_IDS.bureau, from, to, today, firstIndex]);
    await pool.end();
    lines.push(row('SQL floor: the bureau comparison as one hand-written query (pg, no HTTP)', floor, 1));

    const ratio = bureauFigures!.p50 / floor.p50;
    const load = await dashboardLoad();
    const sizes = bundleSizes();
    console.log(
      `\nMachine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    );
    console.log(`Load: ${CONNECTIONS} concurrent connections, ${DURATION} s per scenario, loopback only.\n`);
    console.log(lines.join('\n'));
    console.log(`\nBureau comparison GraphQL p50 / SQL floor p50 = ${ratio.toFixed(2)}x (target ≤ 2x)`);
    console.log(
      typeof load === 'string'
        ? `Bureau dashboard in Chromium: ${load}`
        : `Bureau dashboard after login (1,600 schools, headless Chromium): usable (table + charts) in ${load.map((t) => `${t.usable}`).join(', ')} ms, median ${median(load.map((t) => t.usable))} ms (target ≤ 2,000 ms); heatmap drawn in ${load.map((t) => `${t.heatmap}`).join(', ')} ms`,
    );
    if (sizes)
      console.log(
        `Web production bundle, gzipped: entry ${(sizes.main / 1024).toFixed(1)} KiB, all ${sizes.files} JS/CSS assets ${(sizes.total / 1024).toFixed(1)} KiB (lazy chunks load on demand)`,
      );
  } finally {
    child.p?.kill('SIGTERM');
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
