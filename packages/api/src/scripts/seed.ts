import { readConfig, todayIn } from '../config/config';
import { appPasswordFrom, migrate, resolveDatabase } from '../db/bootstrap';
import { demoAccountsText, isDemoScale, seedIfEmpty } from '../db/demo';

/**
 * `pnpm db:seed [small|default|large|province]` (or DJT_DEMO_SCALE): loads the demo data set
 * into an empty database, with progress on stderr for the large scales, then runs ANALYZE.
 */
async function main() {
  const arg = process.argv[2] ?? process.env.DJT_DEMO_SCALE ?? 'default';
  if (!isDemoScale(arg)) throw new Error('scale must be small, default, large or province');
  const config = readConfig();
  const target = await resolveDatabase();
  await migrate(target.ownerUrl, appPasswordFrom());
  const summary = await seedIfEmpty(target.ownerUrl, arg, todayIn(config.timeZone, config.today), {
    progress: arg !== 'small',
  });
  console.log(summary ? `Seeded (${arg}): ${JSON.stringify(summary)}` : 'The database is not empty: nothing loaded.');
  console.log(demoAccountsText());
  await target.embedded?.stop();
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
