import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes behind the core tables' foreign keys that had none (test/schema-catalogue.test.ts):
 * an organisation's children, and the role assignments held in an organisation.
 */
export class Migration20261130000300_foreign_key_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index if not exists organisation_parent_idx on organisation (parent_id);');
    this.addSql('create index if not exists role_assignment_org_idx on role_assignment (org_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists organisation_parent_idx;');
    this.addSql('drop index if exists role_assignment_org_idx;');
  }
}
