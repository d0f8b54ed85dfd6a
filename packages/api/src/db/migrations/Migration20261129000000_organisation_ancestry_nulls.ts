import { Migration } from '@mikro-orm/migrations';

/**
 * The organisation_ancestry CHECK accepted a SCHOOL row whose district_id and school_id were both
 * NULL (and a DISTRICT row without district_id or parent): `school_id = id` is NULL there, and a
 * CHECK refuses a row only when its expression is FALSE, not NULL. The same expression wrapped in
 * coalesce(..., false), with the level's ancestry columns named NOT NULL, refuses them.
 */
export class Migration20261129000000_organisation_ancestry_nulls extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table organisation drop constraint organisation_ancestry;
alter table organisation add constraint organisation_ancestry check (coalesce(
       (level = 'BUREAU'   and bureau_id = id and parent_id is null and district_id is null and school_id is null and school_type is null)
    or (level = 'DISTRICT' and district_id is not null and parent_id is not null
        and district_id = id and parent_id = bureau_id and school_id is null and school_type is null)
    or (level = 'SCHOOL'   and school_id is not null and district_id is not null and parent_id is not null
        and school_id = id and parent_id = district_id and school_type is not null),
  false));
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
alter table organisation drop constraint organisation_ancestry;
alter table organisation add constraint organisation_ancestry check (
       (level = 'BUREAU'   and bureau_id = id and parent_id is null and district_id is null and school_id is null and school_type is null)
    or (level = 'DISTRICT' and district_id = id and parent_id = bureau_id and school_id is null and school_type is null)
    or (level = 'SCHOOL'   and school_id = id and parent_id = district_id and school_type is not null));
`);
  }
}
