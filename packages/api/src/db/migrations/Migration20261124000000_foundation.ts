import { Migration } from '@mikro-orm/migrations';

/**
 * Foundation: organisations, people, users and roles, sessions, settings, the audit trail,
 * and 思想政治课 with attendance.
 *
 * Tenancy: every tenant-owned row carries bureau_id / district_id / school_id, so "everything
 * under D" is an indexed equality. Row-level security is the backstop behind the scope that
 * every query carries: a request binds `app.scope_orgs` (the organisations where the actor holds
 * roles) transaction-locally, and the policies compare the row's ancestry columns with the scope
 * organisations of each level (`app_scope_ids(level)`, STABLE, evaluated once per statement).
 * A request with no scope sees nothing.
 *
 * The application connects as `djt_app`, which owns nothing, is not superuser and has no
 * BYPASSRLS; migrations run as the owner. Users and sessions carry no RLS: only the auth
 * service reads them, before any scope exists.
 */
export class Migration20261124000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table organisation (
  id uuid primary key,
  level text not null check (level in ('BUREAU','DISTRICT','SCHOOL')),
  name text not null check (length(btrim(name)) > 0),
  school_type text check (school_type in ('PRIMARY','JUNIOR','SENIOR','NINE_YEAR','VOCATIONAL')),
  parent_id uuid references organisation(id),
  bureau_id uuid not null,
  district_id uuid,
  school_id uuid,
  created_at timestamptz not null default now(),
  constraint organisation_ancestry check (
       (level = 'BUREAU'   and bureau_id = id and parent_id is null and district_id is null and school_id is null and school_type is null)
    or (level = 'DISTRICT' and district_id = id and parent_id = bureau_id and school_id is null and school_type is null)
    or (level = 'SCHOOL'   and school_id = id and parent_id = district_id and school_type is not null))
);
create index organisation_bureau_idx on organisation (bureau_id, level);
create index organisation_district_idx on organisation (district_id) where district_id is not null;

create table bureau_settings (
  bureau_id uuid primary key references organisation(id),
  settings jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now(),
  updated_by uuid
);

create table person (
  id uuid primary key,
  bureau_id uuid not null,
  district_id uuid not null,
  school_id uuid not null references organisation(id),
  name text not null check (length(btrim(name)) > 0),
  gender text not null check (gender in ('MALE','FEMALE')),
  party_status text not null check (party_status in ('FULL','PROBATIONARY','NONE')),
  party_post text check (party_post in ('SECRETARY','DEPUTY_SECRETARY','COMMITTEE_MEMBER','ORGANISATION_COMMITTEE','PROPAGANDA_COMMITTEE','DISCIPLINE_COMMITTEE','GROUP_LEADER','PARTY_AFFAIRS_OFFICER')),
  phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index person_school_idx on person (school_id, name);

create table app_user (
  id uuid primary key,
  username text not null unique,
  password_hash text not null,
  display_name text not null,
  person_id uuid references person(id),
  bureau_id uuid not null references organisation(id),
  failed_logins int not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);

create table role_assignment (
  id uuid primary key,
  user_id uuid not null references app_user(id) on delete cascade,
  role text not null check (role in ('BUREAU_ADMIN','BUREAU_VIEWER','DISTRICT_ADMIN','DISTRICT_VIEWER','SCHOOL_SECRETARY','SCHOOL_CLERK','MEMBER')),
  org_id uuid not null references organisation(id),
  bureau_id uuid not null,
  district_id uuid,
  school_id uuid,
  unique (user_id, role, org_id)
);
create index role_assignment_user_idx on role_assignment (user_id);

create table user_session (
  token_hash text primary key,
  user_id uuid not null references app_user(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index user_session_user_idx on user_session (user_id);

create table theory_class (
  id uuid primary key,
  bureau_id uuid not null,
  district_id uuid not null,
  school_id uuid not null references organisation(id),
  date date not null,
  class_hours numeric(3,1) not null check (class_hours > 0 and class_hours <= 8),
  topic text not null check (length(btrim(topic)) > 0),
  kind text not null check (kind in ('IDEALS','CURRENT_AFFAIRS','PRACTICE')),
  lecturer text not null check (length(btrim(lecturer)) > 0),
  audience text not null check (audience in ('MEMBERS','ALL_STAFF')),
  expected_count int not null check (expected_count >= 0),
  present_count int not null default 0 check (present_count >= 0),
  leave_count int not null default 0 check (leave_count >= 0),
  version int not null default 1,
  created_by uuid,
  updated_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint theory_class_attendance_fits check (present_count + leave_count <= expected_count)
);
create index theory_class_school_idx on theory_class (school_id, date);
create index theory_class_district_idx on theory_class (district_id, date);
create index theory_class_bureau_idx on theory_class (bureau_id, date);

create table theory_class_attendance (
  class_id uuid not null references theory_class(id) on delete cascade,
  person_id uuid not null references person(id),
  bureau_id uuid not null,
  district_id uuid not null,
  school_id uuid not null,
  status text not null check (status in ('PRESENT','LEAVE')),
  leave_reason text,
  primary key (class_id, person_id),
  constraint attendance_leave_reason check (status <> 'LEAVE' or length(btrim(coalesce(leave_reason, ''))) > 0)
);
create index theory_class_attendance_school_idx on theory_class_attendance (school_id);

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  bureau_id uuid not null,
  district_id uuid,
  school_id uuid,
  org_id uuid not null,
  actor_user_id uuid,
  request_id text,
  action text not null,
  entity text not null,
  entity_id text not null,
  changes jsonb not null default '{}'::jsonb
);
create index audit_log_org_idx on audit_log (org_id, at);
`);

    // Scope functions. SECURITY DEFINER so the policy on organisation can use organisation.
    this.addSql(`
create function app_scope_orgs() returns uuid[] language sql stable as $$
  select coalesce(string_to_array(nullif(current_setting('app.scope_orgs', true), ''), ',')::uuid[], '{}'::uuid[])
$$;

-- The scope organisations of one level: a row is visible when its bureau_id, district_id or
-- school_id is one of them. Each array is tiny (usually one id), so the policy costs three
-- comparisons per row whatever the scope's size, while the query's own scope condition picks
-- the rows through an index. (Comparing school_id with every visible school was measured at
-- 1,600 comparisons per row at bureau scope.)
create function app_scope_ids(p_level text) returns uuid[] language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(array_agg(o.id), '{}'::uuid[]) from organisation o where o.id = any(app_scope_orgs()) and o.level = p_level
$$;

-- The bureaus and districts above the scope organisations: readable for names and settings.
create function app_scope_ancestors() returns uuid[] language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select coalesce(array_agg(distinct a), '{}'::uuid[])
  from organisation o, unnest(array[o.bureau_id, o.district_id]) a
  where o.id = any(app_scope_orgs()) and a is not null
$$;

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();
`);

    // Lookups that must work before a scope exists, each returning only what authorization
    // needs: the session's actor, an organisation's ancestry, a record's owning school.
    this.addSql(`
create function app_session_actor(p_token_hash text) returns jsonb language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select jsonb_build_object(
    'userId', u.id, 'username', u.username, 'displayName', u.display_name, 'personId', u.person_id,
    'bureauId', u.bureau_id, 'expiresAt', s.expires_at,
    'roles', coalesce((
      select jsonb_agg(jsonb_build_object('role', r.role, 'org', jsonb_build_object(
        'id', o.id, 'level', o.level, 'name', o.name, 'schoolType', o.school_type, 'parentId', o.parent_id,
        'bureauId', o.bureau_id, 'districtId', o.district_id, 'schoolId', o.school_id)) order by r.role, o.name)
      from role_assignment r join organisation o on o.id = r.org_id where r.user_id = u.id), '[]'::jsonb))
  from user_session s join app_user u on u.id = s.user_id
  where s.token_hash = p_token_hash
$$;

create function app_org_refs(p_ids uuid[]) returns table (id uuid, level text, bureau_id uuid, district_id uuid, school_id uuid)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select o.id, o.level, o.bureau_id, o.district_id, o.school_id from organisation o where o.id = any(p_ids)
$$;

create function app_theory_class_school(p_ids uuid[]) returns table (id uuid, school_id uuid)
language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
  select c.id, c.school_id from theory_class c where c.id = any(p_ids)
$$;
`);

    // Row-level security on every tenant table; FORCE so that even the owner is checked
    // unless it is a superuser (migrations and seeding run as superuser). Each (select f())
    // is an init-plan: evaluated once per statement, not per row.
    const inScope = `(bureau_id = any((select app_scope_ids('BUREAU'))::uuid[])
      or district_id = any((select app_scope_ids('DISTRICT'))::uuid[])
      or school_id = any((select app_scope_ids('SCHOOL'))::uuid[]))`;
    for (const table of ['person', 'theory_class', 'theory_class_attendance']) {
      this.addSql(`alter table ${table} enable row level security; alter table ${table} force row level security;`);
      this.addSql(`create policy ${table}_scope on ${table} using ${inScope} with check ${inScope};`);
    }
    this.addSql(`alter table organisation enable row level security; alter table organisation force row level security;
      create policy organisation_scope on organisation for select
        using (${inScope} or id = any((select app_scope_ancestors())::uuid[]));`);
    this
      .addSql(`alter table bureau_settings enable row level security; alter table bureau_settings force row level security;
      create policy bureau_settings_read on bureau_settings for select using (bureau_id = any((select app_scope_ancestors())::uuid[]) or bureau_id = any((select app_scope_ids('BUREAU'))::uuid[]));
      create policy bureau_settings_insert on bureau_settings for insert with check (bureau_id = any((select app_scope_ids('BUREAU'))::uuid[]));
      create policy bureau_settings_update on bureau_settings for update using (bureau_id = any((select app_scope_ids('BUREAU'))::uuid[])) with check (bureau_id = any((select app_scope_ids('BUREAU'))::uuid[]));`);
    this
      .addSql(`alter table role_assignment enable row level security; alter table role_assignment force row level security;
      create policy role_assignment_scope on role_assignment for select
        using (user_id::text = current_setting('app.user_id', true) or ${inScope});`);
    this.addSql(`alter table audit_log enable row level security; alter table audit_log force row level security;
      create policy audit_log_read on audit_log for select using ${inScope};
      create policy audit_log_append on audit_log for insert with check ${inScope};`);

    // The application role gets exactly what it needs; the audit trail is insert-only.
    this.addSql(`
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'djt_app') then
    create role djt_app nologin nosuperuser nobypassrls;
  end if;
end $$;
grant usage on schema public to djt_app;
grant select on organisation to djt_app;
grant select, insert, update on bureau_settings to djt_app;
grant select, insert, update, delete on person, theory_class, theory_class_attendance to djt_app;
grant select, update (failed_logins, locked_until) on app_user to djt_app;
grant select on role_assignment to djt_app;
grant select, insert, delete on user_session to djt_app;
grant select, insert on audit_log to djt_app;
revoke execute on function app_scope_orgs(), app_scope_ids(text), app_scope_ancestors(),
  app_session_actor(text), app_org_refs(uuid[]), app_theory_class_school(uuid[]) from public;
grant execute on function app_scope_orgs(), app_scope_ids(text), app_scope_ancestors(),
  app_session_actor(text), app_org_refs(uuid[]), app_theory_class_school(uuid[]) to djt_app;
`);
  }

  override async down(): Promise<void> {
    this
      .addSql(`drop table if exists audit_log, theory_class_attendance, theory_class, user_session, role_assignment, app_user, person, bureau_settings, organisation cascade;
      drop function if exists app_session_actor(text), app_org_refs(uuid[]), app_theory_class_school(uuid[]), app_scope_ancestors(), app_scope_ids(text), app_scope_orgs(), audit_log_append_only();`);
  }
}
