import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@djt/shared';

/**
 * Runs `fn` in one transaction with the actor's scope bound transaction-locally for row-level
 * security (`set_config(..., true)`, as bound parameters; never a session SET on a pooled
 * connection). Any error rolls the whole transaction back, so a failed write leaves nothing
 * half-written. Without an actor the scope is empty and RLS shows no tenant row.
 */
export async function withScope<T>(
  orm: MikroORM,
  actor: Actor | null,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork();
  return em.transactional(async (tem) => {
    await tem.execute(`select set_config('app.scope_orgs', ?, true), set_config('app.user_id', ?, true)`, [
      scopeOrgIds(actor).join(','),
      actor?.userId ?? '',
    ]);
    return fn(tem);
  });
}

/** The organisations where the actor holds a role: RLS shows these and everything under them. */
export function scopeOrgIds(actor: Actor | null): string[] {
  return actor ? [...new Set(actor.roles.map((r) => r.org.id))] : [];
}
