import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { readConfig, todayIn } from '../src/config/config';
import { APP_ROLE, ensureDatabase, migrate, withCredentials } from '../src/db/bootstrap';
import { freePort } from '../src/config/free-port';
import { seedIfEmpty } from '../src/db/demo';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { initOrm } from '../src/db/orm';
import { startApp } from '../src/app/server';
import { REPO_ROOT } from '../src/config/paths';

/**
 * Starts a throw-away embedded PostgreSQL (or uses TEST_DATABASE_URL, an owner URL of a server
 * where databases can be created), a migrated and seeded test database, an empty migrated
 * scratch database, and the API on a free port serving the web build.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const ownerPassword = 'test-owner';
  const appPassword = 'test-app';
  let adminUrl: string;
  let stopDb: (() => Promise<void>) | undefined;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'djt-test-pg-'));
    const db = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      password: ownerPassword,
      persistent: false,
    });
    adminUrl = db.ownerUrl('postgres');
    stopDb = async () => {
      await db.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const suffix = `${process.pid}`;
  const dbUrl = (name: string) => {
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const seeded = `djt_test_${suffix}`;
  const scratch = `djt_scratch_${suffix}`;
  for (const name of [seeded, scratch]) {
    await ensureDatabase(adminUrl, name);
    await migrate(dbUrl(name), appPassword);
  }
  const config = {
    ...readConfig({}),
    countSql: true,
    // Request lines would drown the test output; errors and warnings still show.
    logLevel: process.env.DJT_LOG_LEVEL ?? 'warn',
    // Every suite logs in and writes from 127.0.0.1 within a minute; the limits have their own
    // test (operations.test.ts) on a separate API process.
    rateLimits: {
      enabled: true,
      keyPrefix: `djt-test-${process.pid}`,
      perMinute: { loginAccount: 1000, loginIp: 100_000, mutation: 100_000, dashboard: 100_000 },
    },
    port: await freePort(),
    today: process.env.DJT_TODAY,
    webDist: path.join(REPO_ROOT, 'packages/web/dist'),
  };
  const today = todayIn(config.timeZone, config.today);
  await seedIfEmpty(dbUrl(seeded), 'small', today);

  const appUrl = withCredentials(dbUrl(seeded), APP_ROLE, appPassword);
  const orm = await initOrm(appUrl);
  const app = await startApp(orm, config);

  process.env.DJT_TEST_API_URL = app.url;
  process.env.DJT_TEST_SEEDED_OWNER_URL = dbUrl(seeded);
  process.env.DJT_TEST_SEEDED_APP_URL = appUrl;
  process.env.DJT_TEST_OWNER_URL = dbUrl(scratch);
  process.env.DJT_TEST_TODAY = today;

  (globalThis as Record<string, unknown>).__DJT_TEARDOWN__ = async () => {
    await app.close();
    await orm.close();
    if (process.env.TEST_DATABASE_URL) {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      for (const name of [seeded, scratch]) await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    }
    await stopDb?.();
  };
  console.log(`\n[test setup] database + API ready in ${Date.now() - started} ms at ${app.url}`);
}
