import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROW_COLUMNS } from '../../core/records/tenant-record.entity';
import { tenantTableSql } from '../../core/records/migration-kit';

/**
 * The people roster (issue 9, stage 1): the person table becomes a full record (staff number,
 * category, party details, ID number, version, who changed it) and gains its history.
 *
 * - `staff_no` is the stable key of a person at a school: unique per school, so an Excel
 *   re-import matches by it (insert … on conflict (school_id, staff_no)) and never duplicates.
 *   Existing rows get 'P' + a number in name order.
 * - Leaving keeps the row (`left_on`, `leave_reason`): records such as attendance still name them.
 * - A transfer moves the row to another school of the same bureau and writes two history rows,
 *   one owned by each school, so each keeps its own under row-level security. The move itself
 *   runs in app_transfer_person (SECURITY DEFINER): the sending school cannot see, and WITH
 *   CHECK would refuse, a row in the receiving school. The function checks that the person is in
 *   the caller's scope and that the target is a school of the same bureau, and refuses otherwise.
 * - An import is staged in chunks (person_import_chunk, the school's own rows) and committed in
 *   one transaction; the chunks are deleted then.
 */
export class Migration20261129000000_person_roster extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table person
  add column staff_no text,
  add column category text not null default 'TEACHER' check (category in ('TEACHER','STAFF','RETIRED')),
  add column joined_on date,
  add column full_member_on date,
  add column party_group text,
  add column id_number text,
  add column left_on date,
  add column leave_reason text,
  add column version int not null default 1,
  add column created_by uuid,
  add column updated_by uuid;
update person p set staff_no = 'P' || lpad(n::text, 4, '0')
  from (select id, row_number() over (partition by school_id order by name, id) as n from person) o where o.id = p.id;
alter table person alter column staff_no set not null,
  add constraint person_staff_no_key unique (school_id, staff_no),
  add constraint person_probation check (party_status <> 'PROBATIONARY' or (joined_on is not null and full_member_on is not null)),
  add constraint person_left check ((left_on is null) = (leave_reason is null));

create table person_transfer (
  id uuid primary key,
  ${TENANT_ROW_COLUMNS},
  person_id uuid not null references person(id),
  -- Names as they were at the transfer: each school sees its own history row, not the other's data.
  person_name text not null,
  other_school_name text not null,
  direction text not null check (direction in ('OUT','IN')),
  other_school_id uuid not null references organisation(id),
  on_date date not null,
  note text,
  created_by uuid,
  created_at timestamptz not null default now()
);
${tenantTableSql('person_transfer', { indexColumns: ['on_date'] })}
create index person_transfer_person_idx on person_transfer (person_id);

create table person_import_chunk (
  id uuid primary key,
  ${TENANT_ROW_COLUMNS},
  import_id uuid not null,
  chunk int not null check (chunk >= 0),
  rows jsonb not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  unique (school_id, import_id, chunk)
);
${tenantTableSql('person_import_chunk', { noSchoolIndex: true })}

-- Moves a person to another school of the same bureau and writes both schools' history rows.
-- Returns 'OK', or why nothing changed: NOT_FOUND (the person is not in the caller's scope),
-- LEFT (has left), TARGET (not another school of the person's bureau), STAFF_NO_TAKEN.
create function app_transfer_person(p_person uuid, p_to uuid, p_on date, p_note text, p_by uuid)
returns text language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  p person%rowtype;
  t organisation%rowtype;
begin
  select * into p from person where id = p_person for update;
  if not found then return 'NOT_FOUND'; end if;
  -- The caller's scope, as the policies would decide it.
  if not (p.bureau_id = any(app_scope_ids('BUREAU')) or p.district_id = any(app_scope_ids('DISTRICT'))
          or p.school_id = any(app_scope_ids('SCHOOL'))) then return 'NOT_FOUND'; end if;
  if p.left_on is not null then return 'LEFT'; end if;
  select * into t from organisation where id = p_to;
  if not found or t.level <> 'SCHOOL' or t.bureau_id <> p.bureau_id or t.id = p.school_id then return 'TARGET'; end if;
  if exists (select 1 from person q where q.school_id = t.id and q.staff_no = p.staff_no) then return 'STAFF_NO_TAKEN'; end if;
  insert into person_transfer (id, bureau_id, district_id, school_id, person_id, person_name, other_school_name, direction, other_school_id, on_date, note, created_by)
  values (gen_random_uuid(), p.bureau_id, p.district_id, p.school_id, p.id, p.name, t.name, 'OUT', t.id, p_on, p_note, p_by),
         (gen_random_uuid(), t.bureau_id, t.district_id, t.id, p.id, p.name, (select o.name from organisation o where o.id = p.school_id), 'IN', p.school_id, p_on, p_note, p_by);
  -- A party post and group belong to the sending school's organisation.
  update person set district_id = t.district_id, school_id = t.id, party_post = null, party_group = null,
         version = version + 1, updated_by = p_by, updated_at = now()
   where id = p.id;
  return 'OK';
end $$;

-- The schools a person of p_school can be transferred to: the other schools of its bureau, by
-- name (names and districts only). Outside the caller's scope, so SECURITY DEFINER; it answers
-- only for a school in the caller's scope.
create function app_transfer_targets(p_school uuid, p_search text, p_limit int)
returns table (id uuid, name text, district_name text)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select s.id, s.name, d.name
    from organisation me
    join organisation s on s.bureau_id = me.bureau_id and s.level = 'SCHOOL' and s.id <> me.id
    join organisation d on d.id = s.district_id
   where me.id = p_school and me.id = any(app_scope_ids('SCHOOL'))
     and (p_search is null or strpos(s.name, p_search) > 0)
   order by d.name, s.name
   limit p_limit
$$;
revoke execute on function app_transfer_targets(uuid, text, int) from public;
grant execute on function app_transfer_targets(uuid, text, int) to djt_app;
revoke execute on function app_transfer_person(uuid, uuid, date, text, uuid) from public;
grant execute on function app_transfer_person(uuid, uuid, date, text, uuid) to djt_app;
`);
  }
}

/** An index behind person_transfer.other_school_id (test/schema-catalogue.test.ts). */
export class Migration20261130000400_person_transfer_other_school_idx extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index person_transfer_other_school_idx on person_transfer (other_school_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists person_transfer_other_school_idx;');
  }
}
