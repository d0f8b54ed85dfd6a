import type { EntityManager } from '@mikro-orm/postgresql';
import { can, type Actor, type OrgRef } from '@djt/shared';
import type { PersonType } from './person.types';

/** 13812341234 → 138****1234 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** Personal data is minimised above the school: phone numbers masked unless the policy allows. */
export function presentPerson(actor: Actor, school: OrgRef, row: PersonType): PersonType {
  const open = can(actor, 'person.readContact', { ...school, personId: row.id });
  return open ? row : { ...row, phone: maskPhone(row.phone) };
}

export async function listPeople(
  em: EntityManager,
  actor: Actor,
  school: OrgRef,
  opts: { search?: string | null; partyMembersOnly?: boolean; offset: number; limit: number },
): Promise<{ items: PersonType[]; total: number }> {
  const where: string[] = ['school_id = ?'];
  const params: unknown[] = [school.id];
  if (opts.search?.trim()) {
    where.push(`name like ? escape '\\'`);
    params.push(`%${opts.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (opts.partyMembersOnly) where.push(`party_status <> 'NONE'`);
  const rows = await em.execute<(PersonType & { total: string })[]>(
    `select id, school_id as "schoolId", name, gender, party_status as "partyStatus", party_post as "partyPost", phone,
            count(*) over () as total
       from person where ${where.join(' and ')}
      order by name, id limit ? offset ?`,
    [...params, opts.limit, opts.offset],
  );
  return {
    items: rows.map(({ total: _total, ...p }) => presentPerson(actor, school, p)),
    total: rows.length ? Number(rows[0].total) : 0,
  };
}
