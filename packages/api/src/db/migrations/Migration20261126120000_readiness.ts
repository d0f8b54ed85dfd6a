import { Migration } from '@mikro-orm/migrations';

/** /readyz checks, on the application's own connection, that every migration is applied. */
export class Migration20261126120000_readiness extends Migration {
  override async up(): Promise<void> {
    this.addSql('grant select on mikro_orm_migrations to djt_app;');
  }

  override async down(): Promise<void> {
    this.addSql('revoke select on mikro_orm_migrations from djt_app;');
  }
}
