import { Migration } from '@mikro-orm/migrations';
import { tenantTableSql } from '../../core/records/migration-kit';

/**
 * The record kit (docs/adding-a-record-type.md): what every tenant table gets from
 * tenantTableSql, applied to the people table, plus the compliance facts table behind every
 * dashboard and the one generic owner lookup for shield rules.
 *
 * - organisation gets a unique (school_id, district_id, bureau_id) so tenant rows can reference
 *   their whole ancestry: a row whose district disagrees with its school is refused by the
 *   foreign key (before, WITH CHECK passed it because one in-scope column was enough).
 * - Policies are one per command, so the catalogue test can check each command is covered.
 */
export class Migration20261126000000_record_kit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table app_tenant_table (name text primary key);
alter table organisation add constraint organisation_ancestry_key unique (school_id, district_id, bureau_id);

drop policy person_scope on person;
alter index person_school_idx rename to person_school_name_idx;
${tenantTableSql('person')}

create table compliance_fact (
  bureau_id uuid not null,
  district_id uuid not null,
  school_id uuid not null,
  rule_id text not null,
  period text not null,
  value double precision not null,
  detail jsonb not null default '{}'::jsonb,
  status text not null check (status in ('MET','MISSED','PENDING','NOT_APPLICABLE')),
  due_on date not null,
  computed_at timestamptz not null default now(),
  primary key (school_id, rule_id, period)
);
${tenantTableSql('compliance_fact', { indexColumns: ['rule_id', 'period'], noSchoolIndex: true })}

-- The school that owns records of any registered tenant table, before a scope exists (shield
-- rules decide with it). Only tables registered in app_tenant_table can be named.
create function app_record_schools(p_table text, p_ids uuid[]) returns table (id uuid, school_id uuid)
language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
  if not exists (select 1 from app_tenant_table t where t.name = p_table) then
    raise exception 'not a tenant table: %', p_table using errcode = '42P01';
  end if;
  return query execute format('select r.id, r.school_id from public.%I r where r.id = any($1)', p_table) using p_ids;
end $$;
revoke execute on function app_record_schools(text, uuid[]) from public;
grant execute on function app_record_schools(text, uuid[]) to djt_app;
grant select on app_tenant_table to djt_app;
`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists app_record_schools(text, uuid[]);
drop table if exists compliance_fact, app_tenant_table;`);
  }
}
