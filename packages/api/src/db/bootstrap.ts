import path from 'node:path';
import { Client } from 'pg';
import { loadOrCreateSecrets } from '../config/secrets';
import { LOCAL_DIR } from '../config/paths';
import { startEmbeddedPostgres, type EmbeddedDb } from './embedded';
import { initOrm } from './orm';

export const APP_ROLE = 'djt_app';
export const DEFAULT_EMBEDDED_PORT = 54329;

export interface DatabaseTarget {
  /** Owner connection: migrations and seeding. */
  ownerUrl: string;
  /** Application connection: a role that owns nothing and does not bypass RLS. */
  appUrl: string;
  embedded: EmbeddedDb | null;
}

export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * With DATABASE_URL: that server (owner URL); the application connects as djt_app with
 * APP_DATABASE_URL, or with DJT_APP_DB_PASSWORD on the same server.
 * Without: an embedded PostgreSQL whose data lives in .local/pg (port 54329 by default, away
 * from a system PostgreSQL's 5432), with passwords generated on first run.
 */
export async function resolveDatabase(env: NodeJS.ProcessEnv = process.env): Promise<DatabaseTarget> {
  const secrets = loadOrCreateSecrets();
  const appPassword = env.DJT_APP_DB_PASSWORD ?? secrets.appPassword;
  if (env.DATABASE_URL) {
    return {
      ownerUrl: env.DATABASE_URL,
      appUrl: env.APP_DATABASE_URL ?? withCredentials(env.DATABASE_URL, APP_ROLE, appPassword),
      embedded: null,
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.DJT_PG_DATA ?? path.join(LOCAL_DIR, 'pg'),
    port: Number(env.DJT_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    password: secrets.ownerPassword,
  });
  const database = env.DJT_PG_DATABASE ?? 'dangjiantong';
  await ensureDatabase(embedded.ownerUrl('postgres'), database);
  const ownerUrl = embedded.ownerUrl(database);
  return { ownerUrl, appUrl: withCredentials(ownerUrl, APP_ROLE, appPassword), embedded };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Creates or updates the application's login role, then applies pending migrations. */
export async function migrate(ownerUrl: string, appPassword: string): Promise<string[]> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
    const verb = rowCount ? 'alter' : 'create';
    await client.query(
      `${verb} role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole password ${client.escapeLiteral(appPassword)}`,
    );
  } finally {
    await client.end();
  }
  const orm = await initOrm(ownerUrl);
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close();
  }
}

export async function pendingMigrations(ownerOrAppUrl: string): Promise<string[]> {
  const orm = await initOrm(ownerOrAppUrl);
  try {
    return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
  } finally {
    await orm.close();
  }
}

export function appPasswordFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.DJT_APP_DB_PASSWORD ?? loadOrCreateSecrets().appPassword;
}
