import { appPasswordFrom, migrate, resolveDatabase } from '../db/bootstrap';

/** `pnpm db:migrate`: creates/updates the application role and applies pending migrations. */
async function main() {
  const target = await resolveDatabase();
  const applied = await migrate(target.ownerUrl, appPasswordFrom());
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  await target.embedded?.stop();
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
