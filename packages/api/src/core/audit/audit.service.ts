import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgRef } from '@djt/shared';
import type { RequestContext } from '../context';
import { AuditLog } from './audit-log.entity';

/**
 * Appends one entry to the audit trail inside the caller's transaction, so a change and its
 * record commit or roll back together. `changes` holds field names and values, never passwords.
 * The database chains the entry onto its bureau's previous one when it is inserted (at the next
 * flush: seq, prev_hash, hash; migration 20261127000000_audit_chain), holding the bureau's chain
 * lock until the transaction ends: writers of one bureau queue there, so keep the work after
 * the audited change short (as the modules do: flush, update the facts, commit).
 */
export function recordAudit(
  em: EntityManager,
  ctx: Pick<RequestContext, 'requestId' | 'user'>,
  entry: { org: OrgRef; action: 'create' | 'update' | 'delete'; entity: string; entityId: string; changes: object },
): void {
  em.persist(
    em.create(AuditLog, {
      bureauId: entry.org.bureauId,
      districtId: entry.org.districtId,
      schoolId: entry.org.schoolId,
      orgId: entry.org.id,
      actorUserId: ctx.user?.userId ?? null,
      requestId: ctx.requestId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      changes: entry.changes as Record<string, unknown>,
    }),
  );
}
