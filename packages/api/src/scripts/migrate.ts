import { rebuildAllFacts } from '../app/rebuild-facts';
import { appPasswordFrom, migrate, resolveDatabase } from '../db/bootstrap';
import { initOrm } from '../db/orm';

/** `pnpm db:migrate`: creates/updates the application role and applies pending migrations. */
async function main() {
  const target = await resolveDatabase();
  const applied = await migrate(target.ownerUrl, appPasswordFrom());
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  if (applied.length) {
    // A migration can change what facts mean (a new rule, a changed source): recompute them.
    const orm = await initOrm(target.ownerUrl);
    const r = await rebuildAllFacts(orm).finally(() => orm.close());
    console.log(`Compliance facts: ${r.facts} rebuilt (${r.ms} ms)`);
  }
  await target.embedded?.stop();
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
