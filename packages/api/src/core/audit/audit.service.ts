import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgRef } from '@djt/shared';
import type { RequestContext } from '../context';
import { AuditLog } from './audit-log.entity';

/**
 * Appends one entry to the audit trail inside the caller's transaction, so a change and its
 * record commit or roll back together. `changes` holds field names and values, never passwords.
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
