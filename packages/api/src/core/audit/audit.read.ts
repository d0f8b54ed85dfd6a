import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgRef } from '@djt/shared';
import type { AuditAction, AuditEntryType } from './audit.types';

export interface AuditFilter {
  /** Only entries about records of this kind (the record's table name, e.g. bureau_settings). */
  entity?: string | null;
  /** Only entries about this record. */
  entityId?: string | null;
  /** Only changes made by this user (a validated uuid). */
  actorUserId?: string | null;
  /** Days (YYYY-MM-DD), inclusive, in `timeZone`. */
  from?: string | null;
  to?: string | null;
  timeZone: string;
}

/** The column that puts a row under the scope organisation, by the organisation's level. */
const SCOPE_COLUMN = { BUREAU: 'bureau_id', DISTRICT: 'district_id', SCHOOL: 'school_id' } as const;

type Row = Omit<AuditEntryType, 'at' | 'seq' | 'action'> & { at: string | Date; seq: string; action: AuditAction };

/**
 * One page of the audit trail under `scope` (the organisation and everything below it), newest
 * first. Every entry under one scope belongs to one bureau, so "newest" is the chain's order
 * (seq), which is the order the changes were committed in; the scope and bureau columns are in
 * the query (indexed), and RLS behind it decides which rows the caller may see at all.
 */
export async function listAudit(
  em: EntityManager,
  scope: OrgRef,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ items: AuditEntryType[]; total: number }> {
  const where = ['a.bureau_id = ?', `a.${SCOPE_COLUMN[scope.level]} = ?`];
  const params: unknown[] = [scope.bureauId, scope.id];
  if (filter.entity != null) {
    where.push('a.entity = ?');
    params.push(filter.entity);
  }
  if (filter.entityId != null) {
    where.push('a.entity_id = ?');
    params.push(filter.entityId);
  }
  if (filter.actorUserId != null) {
    where.push('a.actor_user_id = ?::uuid');
    params.push(filter.actorUserId);
  }
  // A day starts at midnight in the bureau's time zone; `to` includes its whole day.
  if (filter.from != null) {
    where.push(`a.at >= (?::date)::timestamp at time zone ?`);
    params.push(filter.from, filter.timeZone);
  }
  if (filter.to != null) {
    where.push(`a.at < (?::date + 1)::timestamp at time zone ?`);
    params.push(filter.to, filter.timeZone);
  }
  const cond = where.join(' and ');
  const [{ total }] = await em.execute<{ total: number }[]>(
    `select count(*)::int as total from audit_log a where ${cond}`,
    params,
  );
  if (!total || page.offset >= total) return { items: [], total };
  // The page first, then the names of its few rows (not of every matching row).
  const rows = await em.execute<Row[]>(
    `with hits as (select * from audit_log a where ${cond} order by a.seq desc limit ? offset ?)
     select a.id::text as id, a.seq::text as seq, a.at, a.org_id as "orgId", coalesce(o.name, '') as "orgName",
            a.district_id as "districtId", a.school_id as "schoolId", a.actor_user_id as "actorUserId",
            u.display_name as "actorName", a.request_id as "requestId", a.action, a.entity, a.entity_id as "entityId",
            a.changes, encode(a.hash, 'hex') as hash
       from hits a
       left join organisation o on o.id = a.org_id
       left join app_user u on u.id = a.actor_user_id
      order by a.seq desc`,
    [...params, page.limit, page.offset],
  );
  return { items: rows.map((r) => ({ ...r, seq: Number(r.seq), at: new Date(r.at) })), total };
}
