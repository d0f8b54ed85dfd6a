import { Migration } from '@mikro-orm/migrations';

/**
 * A version number per bureau for everything a dashboard figure is computed from: the
 * compliance facts, the bureau's settings and its organisations (schools added, renamed or
 * retyped). The API keeps computed comparisons in memory keyed by it
 * (core/compliance/compliance.cache.ts), so a dashboard read after any change computes afresh
 * and every other read is served from memory, in every API process alike.
 *
 * Bumped by triggers, not by the services, so no path that writes these tables can forget it
 * (requests, the settings rebuild, `pnpm facts:rebuild`, the demo loader, a manual fix in psql).
 * The triggers are deferred constraint triggers: they fire at commit, after every statement of
 * the transaction, so the bureau's version row is locked only while the transaction commits
 * (writers of one bureau already queue on the audit chain's head; this lock comes after it, in
 * the same order for everyone, so the two cannot deadlock). They fire once per changed row, and
 * a transaction-local flag makes all but the first for each bureau return at once.
 *
 * Readers go through app_compliance_version, which answers only for a bureau in the caller's
 * scope or above it; djt_app has no privilege on the table itself.
 */
export class Migration20261128000000_compliance_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table compliance_version (
  bureau_id uuid primary key,
  version bigint not null default 0 check (version >= 0),
  changed_at timestamptz not null default now()
);
comment on table compliance_version is 'Per bureau: bumped at the commit of any change to its compliance facts, settings or organisations (cache key of the dashboards)';

create function app_bump_compliance_version() returns trigger language plpgsql security definer
set search_path = pg_catalog, public, pg_temp as $$
declare
  b uuid;
  flag text;
begin
  if tg_op = 'DELETE' then b := old.bureau_id; else b := new.bureau_id; end if;
  flag := 'djt.cv_' || replace(b::text, '-', '');
  if current_setting(flag, true) = '1' then
    return null;
  end if;
  insert into compliance_version as v (bureau_id, version) values (b, 1)
    on conflict (bureau_id) do update set version = v.version + 1, changed_at = now();
  perform set_config(flag, '1', true);
  -- A row that moved to another bureau changes the old one too.
  if tg_op = 'UPDATE' and old.bureau_id is distinct from new.bureau_id then
    insert into compliance_version as v (bureau_id, version) values (old.bureau_id, 1)
      on conflict (bureau_id) do update set version = v.version + 1, changed_at = now();
  end if;
  return null;
end $$;

create constraint trigger compliance_fact_version after insert or update or delete on compliance_fact
  deferrable initially deferred for each row execute function app_bump_compliance_version();
create constraint trigger bureau_settings_version after insert or update or delete on bureau_settings
  deferrable initially deferred for each row execute function app_bump_compliance_version();
create constraint trigger organisation_version after insert or update or delete on organisation
  deferrable initially deferred for each row execute function app_bump_compliance_version();

create function app_compliance_version(p_bureau uuid) returns bigint
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce((select v.version from compliance_version v where v.bureau_id = p_bureau), 0)
   where p_bureau = any((select app_scope_ancestors())::uuid[]) or p_bureau = any((select app_scope_ids('BUREAU'))::uuid[])
$$;

revoke all on compliance_version from public, djt_app;
revoke execute on function app_bump_compliance_version(), app_compliance_version(uuid) from public;
grant execute on function app_compliance_version(uuid) to djt_app;

insert into compliance_version (bureau_id, version) select id, 1 from organisation where level = 'BUREAU';
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop trigger if exists compliance_fact_version on compliance_fact;
drop trigger if exists bureau_settings_version on bureau_settings;
drop trigger if exists organisation_version on organisation;
drop function if exists app_compliance_version(uuid);
drop function if exists app_bump_compliance_version();
drop table if exists compliance_version;
`);
  }
}
