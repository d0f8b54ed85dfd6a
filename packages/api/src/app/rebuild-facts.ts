import type { MikroORM } from '@mikro-orm/postgresql';
import { createFactsEngine } from './modules';

/**
 * Recomputes every bureau's compliance facts from the records: after seeding, after migrations,
 * and by `pnpm facts:rebuild`. Runs on the owner connection, one transaction per bureau, with
 * that bureau as the scope (so it also works where row-level security applies to the owner).
 */
export async function rebuildAllFacts(
  orm: MikroORM,
  log: (line: string) => void = () => {},
): Promise<{ bureaus: number; facts: number; ms: number }> {
  const started = Date.now();
  const engine = createFactsEngine();
  const bureaus = await orm.em
    .getConnection()
    .execute<{ id: string; name: string }[]>(`select id, name from organisation where level = 'BUREAU' order by name`);
  let facts = 0;
  for (const [i, b] of bureaus.entries()) {
    facts += await orm.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('app.scope_orgs', ?, true)`, [b.id]);
      return engine.rebuildBureau(em, b.id);
    });
    log(`facts: bureau ${i + 1}/${bureaus.length}, ${facts} facts`);
  }
  return { bureaus: bureaus.length, facts, ms: Date.now() - started };
}
