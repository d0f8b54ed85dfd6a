import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_DIST } from '../config/paths';
import { freePort } from '../config/free-port';

/**
 * Applies pending migrations with the build the API will run (dist/scripts/migrate.js), not with
 * the migrations this process loaded when it started: the build can be newer (the tree is shared
 * and rebuilt while the benchmark runs), and the API refuses to serve with pending migrations.
 */
async function migrateWithCurrentBuild(ownerUrl: string, appPassword: string): Promise<void> {
  const child = spawn(process.execPath, [path.join(__dirname, '../scripts/migrate.js')], {
    env: { ...process.env, DATABASE_URL: ownerUrl, DJT_APP_DB_PASSWORD: appPassword },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`migrations failed (${code}): ${output.slice(-500)}`);
  if (/Applied:/.test(output)) process.stderr.write(`[bench] ${output.trim()}\n`);
}

export interface ApiProcess {
  port: number;
  pid: number;
  /** Peak and current resident memory of the API process, in MiB (Linux /proc), or null. */
  memory(): { rssMiB: number; peakMiB: number } | null;
  stop(): Promise<void>;
}

/**
 * Starts the API (dist/main.js) on a free loopback port, the way `npm start` starts it
 * (scripts/run.mjs: a larger young generation; production mode, its request log on stdout
 * discarded), with the SQL statement count header on and the rate limits off, and waits for
 * /healthz. `env` adds e.g. DJT_FACTS_INCREMENTAL=off; `cpuProfileDir` writes a
 * V8 CPU profile there when the process exits.
 */
export async function startApi(opts: {
  ownerUrl: string;
  appPassword: string;
  env?: Record<string, string>;
  cpuProfileDir?: string;
}): Promise<ApiProcess> {
  await migrateWithCurrentBuild(opts.ownerUrl, opts.appPassword);
  const port = await freePort();
  const args = ['--max-semi-space-size=64'];
  if (opts.cpuProfileDir) {
    fs.mkdirSync(opts.cpuProfileDir, { recursive: true });
    args.push('--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`);
  }
  const child: ChildProcess = spawn(process.execPath, [...args, path.join(__dirname, '../main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: opts.ownerUrl,
      DJT_APP_DB_PASSWORD: opts.appPassword,
      HOST: '127.0.0.1',
      PORT: String(port),
      DJT_COUNT_SQL: '1',
      // The per-user limits (e.g. 120 dashboard queries a minute) would refuse the load itself.
      DJT_RATE_LIMITS: 'off',
      NODE_ENV: 'production',
      DJT_WEB_DIST: WEB_DIST,
      ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode != null || child.signalCode != null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode != null) throw new Error(`API exited with code ${child.exitCode}`);
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
    stop,
  };
}
