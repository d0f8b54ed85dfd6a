import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys of create mutations (core/records/idempotency.ts): per user, not per
 * school, so no tenant columns; the application only ever reads its own user's keys.
 */
export class Migration20261126130000_idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table idempotency_key (
  user_id uuid not null references app_user(id) on delete cascade,
  key text not null check (length(key) between 1 and 100),
  operation text not null,
  result_id text,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);
create index idempotency_key_age_idx on idempotency_key (created_at);
grant select, insert, update, delete on idempotency_key to djt_app;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists idempotency_key;');
  }
}
