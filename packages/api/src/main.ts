import 'reflect-metadata';
import { readConfig, todayIn } from './config/config';
import { WEB_DIST } from './config/paths';
import { startApp } from './app/server';
import { appPasswordFrom, migrate, pendingMigrations, resolveDatabase } from './db/bootstrap';
import { demoAccountsText, isDemoScale, seedIfEmpty } from './db/demo';
import { initOrm } from './db/orm';
import { rebuildAllFacts } from './app/rebuild-facts';

/**
 * `pnpm start`: with no DATABASE_URL, an embedded PostgreSQL is started, migrated and loaded with
 * demo data when empty. With DATABASE_URL, migrations are an explicit command (pnpm db:migrate)
 * and serving refuses to start on a database with pending migrations.
 */
async function main() {
  const config = { ...readConfig(), webDist: process.env.DJT_WEB_DIST ?? WEB_DIST };
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
  const orm = await initOrm(target.appUrl);
  const app = await startApp(orm, config);
  console.log(`\n党建通 is running.\n  Web client:  ${app.url}/\n  GraphQL API: ${app.url}/graphql\n`);
  if (target.embedded) console.log(demoAccountsText());

  const shutdown = async () => {
    await app.close();
    await orm.close();
    await target.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
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
