import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { DomainError, badInput } from '../errors';

/**
 * Idempotent creates: a client that retries a create (a timeout, a lost answer) sends the same
 * `Idempotency-Key` header and gets the first result, never a duplicate. The key is claimed in
 * the create's own transaction: a concurrent retry waits on it, and a failed create releases it
 * with everything else it wrote. Keys are per user and kept for a day.
 */
export const IDEMPOTENCY_KEY_MAX = 100;

export async function idempotentCreate<T>(
  em: EntityManager,
  ctx: Pick<RequestContext, 'user' | 'idempotencyKey'>,
  operation: string,
  create: () => Promise<T & { id: string }>,
  load: (id: string) => Promise<T>,
): Promise<T> {
  const key = ctx.idempotencyKey;
  const userId = ctx.user?.userId;
  if (!key || !userId) return create();
  if (key.length > IDEMPOTENCY_KEY_MAX)
    throw badInput('INVALID_INPUT', { detail: 'Idempotency-Key' }, 'idempotencyKey');
  const claimed = await em.execute<{ key: string }[]>(
    `insert into idempotency_key (user_id, key, operation) values (?, ?, ?)
     on conflict (user_id, key) do nothing returning key`,
    [userId, key, operation],
  );
  if (claimed.length) {
    await em.execute(`delete from idempotency_key where user_id = ? and created_at < now() - interval '1 day'`, [
      userId,
    ]);
    const result = await create();
    await em.execute('update idempotency_key set result_id = ? where user_id = ? and key = ?', [
      result.id,
      userId,
      key,
    ]);
    return result;
  }
  const [first] = await em.execute<{ operation: string; result_id: string | null }[]>(
    'select operation, result_id from idempotency_key where user_id = ? and key = ?',
    [userId, key],
  );
  if (first.operation !== operation) throw badInput('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
  if (!first.result_id) throw new DomainError('STALE_UPDATE');
  return load(first.result_id);
}
