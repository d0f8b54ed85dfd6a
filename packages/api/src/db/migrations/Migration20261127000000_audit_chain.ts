import { Migration } from '@mikro-orm/migrations';

/**
 * A tamper-evident audit trail (issue "Production hardening").
 *
 * Append-only twice over: djt_app holds SELECT and INSERT only (no UPDATE, DELETE, TRUNCATE),
 * and triggers refuse UPDATE, DELETE and TRUNCATE for every role, the owner included (an owner
 * can still disable a trigger; that is what the hash chain is for).
 *
 * Hash chain per bureau: each entry gets `seq` (1, 2, 3, … within its bureau, no gaps),
 * `prev_hash` (the hash of the bureau's previous entry; null for seq 1) and
 * `hash = sha256(prev_hash ‖ utf8(audit_log_payload(entry)))`. The payload is a JSON array of
 * every field in a fixed order (format tag, seq, id, at in UTC, bureau, district, school, org,
 * actor, request id, action, entity, entity id, changes); jsonb's text form is canonical (keys
 * sorted, one spelling per value) and `at` is written in UTC, so it does not depend on the
 * session's TimeZone or DateStyle. `pnpm audit:verify` recomputes every chain
 * (core/audit/audit-verify.ts, with its own copy of this serialisation).
 *
 * Why in the database, not in the service: the hash needs the previous entry of the same bureau,
 * and the service cannot see it (RLS shows a school only its own rows) nor serialise concurrent
 * writers without a lock it would have to take in every caller. The BEFORE INSERT trigger
 * (SECURITY DEFINER) locks the bureau's row in audit_chain_head FOR UPDATE, so concurrent inserts
 * of one bureau queue on that row and each one chains onto the previous one's committed hash;
 * a rolled-back insert rolls back its head update too, so seq has no gaps. The lock is held to
 * the end of the writer's transaction (audit entries are flushed last, just before the facts
 * update and commit); bureaus do not wait for each other.
 *
 * audit_chain_head also remembers how long each chain is and its last hash: entries removed from
 * the end of a chain (or a TRUNCATE done with the triggers off) show up as a difference from it.
 * Only the trigger writes it: djt_app has no privilege on it.
 *
 * Existing rows are chained here in (bureau, id) order, which is the order they were written.
 */
export class Migration20261127000000_audit_chain extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table audit_chain_head (
  bureau_id uuid primary key,
  seq bigint not null check (seq >= 0),
  hash bytea check (octet_length(hash) = 32),
  updated_at timestamptz not null default now(),
  constraint audit_chain_head_genesis check ((seq = 0) = (hash is null))
);
comment on table audit_chain_head is 'The newest entry of each bureau''s audit hash chain (written by the audit_log_chain trigger only)';

alter table audit_log
  add column seq bigint,
  add column prev_hash bytea,
  add column hash bytea;
comment on column audit_log.seq is 'Position in the bureau''s hash chain: 1, 2, 3, … without gaps';
comment on column audit_log.prev_hash is 'hash of the bureau''s previous entry (null for seq 1)';
comment on column audit_log.hash is 'sha256(prev_hash || utf8(audit_log_payload(entry))), set by the audit_log_chain trigger';

-- The canonical serialisation of one entry. Version tag first, so a later format can coexist.
create function audit_log_payload(e audit_log) returns text language sql stable
set search_path = pg_catalog, public, pg_temp as $$
  select jsonb_build_array('djt-audit-v1', e.seq, e.id, to_jsonb(e.at at time zone 'UTC'), e.bureau_id, e.district_id,
    e.school_id, e.org_id, e.actor_user_id, e.request_id, e.action, e.entity, e.entity_id, e.changes)::text
$$;

create function audit_log_chain() returns trigger language plpgsql security definer
set search_path = pg_catalog, public, pg_temp as $$
declare
  head audit_chain_head%rowtype;
begin
  insert into audit_chain_head (bureau_id, seq) values (new.bureau_id, 0) on conflict (bureau_id) do nothing;
  -- The per-bureau lock: a concurrent insert of the same bureau waits here until this
  -- transaction ends, then reads the head this one wrote (READ COMMITTED re-reads the locked row).
  select * into strict head from audit_chain_head where bureau_id = new.bureau_id for update;
  new.seq := head.seq + 1;
  new.prev_hash := head.hash;
  new.hash := sha256(coalesce(head.hash, ''::bytea) || convert_to(audit_log_payload(new), 'UTF8'));
  update audit_chain_head set seq = new.seq, hash = new.hash, updated_at = now() where bureau_id = new.bureau_id;
  return new;
end $$;
`);

    // Chain the rows written so far. The owner's UPDATE needs the append-only trigger off for
    // this one transaction, and RLS off for the owner (FORCE would hide rows from an owner that
    // is not a superuser).
    this.addSql(`
alter table audit_log disable trigger audit_log_no_change;
alter table audit_log no force row level security;
do $$
declare
  r audit_log%rowtype;
  bureau uuid;
  n bigint := 0;
  prev bytea;
begin
  for r in select * from audit_log order by bureau_id, id loop
    if bureau is distinct from r.bureau_id then
      if bureau is not null then
        insert into audit_chain_head (bureau_id, seq, hash) values (bureau, n, prev);
      end if;
      bureau := r.bureau_id;
      n := 0;
      prev := null;
    end if;
    n := n + 1;
    r.seq := n;
    r.prev_hash := prev;
    r.hash := sha256(coalesce(prev, ''::bytea) || convert_to(audit_log_payload(r), 'UTF8'));
    update audit_log set seq = r.seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    prev := r.hash;
  end loop;
  if bureau is not null then
    insert into audit_chain_head (bureau_id, seq, hash) values (bureau, n, prev);
  end if;
end $$;
alter table audit_log force row level security;
alter table audit_log enable trigger audit_log_no_change;

alter table audit_log
  alter column seq set not null,
  alter column hash set not null,
  add constraint audit_log_chain_key unique (bureau_id, seq),
  add constraint audit_log_chain_link check (octet_length(hash) = 32 and (seq = 1) = (prev_hash is null));

create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_chain();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
create trigger audit_chain_head_no_removal before delete or truncate on audit_chain_head
  for each statement execute function audit_log_append_only();
`);

    // The list's filters and its order (newest first = highest seq of the bureau).
    this.addSql(`
create index audit_log_district_idx on audit_log (district_id, seq) where district_id is not null;
create index audit_log_school_idx on audit_log (school_id, seq) where school_id is not null;
create index audit_log_entity_idx on audit_log (entity_id, entity);
create index audit_log_actor_idx on audit_log (actor_user_id, seq) where actor_user_id is not null;
`);

    // Spelled out although the foundation granted no more: the app role appends and reads only.
    this.addSql(`
revoke update, delete, truncate on audit_log from djt_app;
revoke all on audit_chain_head from djt_app, public;
revoke execute on function audit_log_payload(audit_log), audit_log_chain() from public;
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop trigger if exists audit_log_chain on audit_log;
drop trigger if exists audit_log_no_truncate on audit_log;
drop index if exists audit_log_district_idx, audit_log_school_idx, audit_log_entity_idx, audit_log_actor_idx;
alter table audit_log drop constraint if exists audit_log_chain_link, drop constraint if exists audit_log_chain_key,
  drop column if exists hash, drop column if exists prev_hash, drop column if exists seq;
drop function if exists audit_log_chain(), audit_log_payload(audit_log);
drop table if exists audit_chain_head;
`);
  }
}
