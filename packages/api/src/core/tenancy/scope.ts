import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@djt/shared';
import { formatLsn, ReplicaBehind, type ReplicaRoute, type ReplicaRouter } from '../../db/replicas';

const BIND_SCOPE = `select set_config('app.scope_orgs', ?, true), set_config('app.user_id', ?, true)`;

/** Where a scoped transaction may run (see db/replicas.ts); without a router, on the primary. */
export interface ScopeRouting {
  /** Given only for read-only operations (GraphQL queries) when replicas are configured. */
  router?: ReplicaRouter | null;
  /** Whose own writes the replica must have replayed. */
  userId?: string | null;
  /** Told where the transaction ran: 'primary' or a replica's name (logs, the SQL counter). */
  ran?: (where: string) => void;
}

/**
 * Runs `fn` in one transaction with the actor's scope bound transaction-locally for row-level
 * security (`set_config(..., true)`, as bound parameters; never a session SET on a pooled
 * connection). Any error rolls the whole transaction back, so a failed write leaves nothing
 * half-written. Without an actor the scope is empty and RLS shows no tenant row.
 *
 * With a router (read-only operations only), the transaction runs READ ONLY on a replica that has
 * replayed what the reader must see; if that replica turns out behind or unreachable, `fn` runs
 * again on the primary (it only reads, so running it twice is harmless).
 */
export async function withScope<T>(
  orm: MikroORM,
  actor: Actor | null,
  fn: (em: EntityManager) => Promise<T>,
  routing?: ScopeRouting,
): Promise<T> {
  const route = routing?.router?.pick(routing.userId ?? null);
  if (route) {
    try {
      const result = await onReplica(orm, route, actor, fn);
      routing!.router!.stats.replica++;
      routing!.ran?.(route.replica.name);
      return result;
    } catch (e) {
      if (!routing!.router!.retryOnPrimary(route.replica, e)) throw e;
    }
  }
  const em = orm.em.fork();
  const result = await em.transactional(async (tem) => {
    await tem.execute(BIND_SCOPE, [scopeOrgIds(actor).join(','), actor?.userId ?? '']);
    return fn(tem);
  });
  if (routing?.router) routing.router.stats.primary++;
  routing?.ran?.('primary');
  return result;
}

/**
 * The scoped transaction on a replica: READ ONLY, READ COMMITTED (a standby refuses
 * SERIALIZABLE), on the replica's own pool. MikroORM 6 would run em.transactional on the primary
 * whatever the connection type, so the replica's transaction is begun on its connection and
 * handed to a fork as its transaction context. The statement that binds the scope also checks
 * that the replica has replayed `minLsn`.
 */
async function onReplica<T>(
  orm: MikroORM,
  route: ReplicaRoute,
  actor: Actor | null,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork();
  return route.replica.conn.transactional(
    async (trx) => {
      em.setTransactionContext(trx);
      try {
        const [row] = await em.execute<{ fresh: boolean }[]>(
          `${BIND_SCOPE}, pg_last_wal_replay_lsn() >= ?::pg_lsn as fresh`,
          [scopeOrgIds(actor).join(','), actor?.userId ?? '', formatLsn(route.minLsn)],
        );
        if (!row.fresh) throw new ReplicaBehind(route.replica.name);
        const result = await fn(em);
        // As em.transactional does: anything persisted is flushed (and refused: READ ONLY).
        await em.flush();
        return result;
      } finally {
        em.resetTransactionContext();
      }
    },
    { readOnly: true, isolationLevel: IsolationLevel.READ_COMMITTED },
  );
}

/** The organisations where the actor holds a role: RLS shows these and everything under them. */
export function scopeOrgIds(actor: Actor | null): string[] {
  return actor ? [...new Set(actor.roles.map((r) => r.org.id))] : [];
}
