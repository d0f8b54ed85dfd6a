import { rebuildAllFacts } from '../app/rebuild-facts';
import { resolveDatabase } from '../db/bootstrap';
import { initOrm } from '../db/orm';

/** `pnpm facts:rebuild`: recomputes every bureau's compliance facts from the records. */
async function main() {
  const target = await resolveDatabase();
  const orm = await initOrm(target.ownerUrl);
  try {
    const r = await rebuildAllFacts(orm, (line) => console.log(line));
    console.log(`Rebuilt ${r.facts} facts for ${r.bureaus} bureau(s) in ${r.ms} ms.`);
  } finally {
    await orm.close();
    await target.embedded?.stop();
  }
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
