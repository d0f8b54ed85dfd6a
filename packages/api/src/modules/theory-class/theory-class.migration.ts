import { Migration } from '@mikro-orm/migrations';
import { tenantTableSql } from '../../core/records/migration-kit';

/**
 * 思想政治课 onto the record kit. (The tables themselves were created by the foundation
 * migration, before the kit existed; a new record type creates its tables here with
 * TENANT_RECORD_COLUMNS and calls tenantTableSql, see docs/adding-a-record-type.md.)
 *
 * - Attendance references its class by (class_id, school_id), so an attendance row cannot
 *   belong to another school than its class.
 * - The per-table owner lookup app_theory_class_school gives way to app_record_schools.
 * - The bureau's stored settings move to the rule registry's keys.
 */
export class Migration20261126000100_theory_class_kit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
drop policy theory_class_scope on theory_class;
drop policy theory_class_attendance_scope on theory_class_attendance;
drop index theory_class_school_idx, theory_class_district_idx, theory_class_bureau_idx, theory_class_attendance_school_idx;
${tenantTableSql('theory_class', { indexColumns: ['date'] })}
alter table theory_class add constraint theory_class_id_school_key unique (id, school_id);
alter table theory_class_attendance drop constraint theory_class_attendance_class_id_fkey;
alter table theory_class_attendance add constraint theory_class_attendance_class_fk
  foreign key (class_id, school_id) references theory_class (id, school_id) on delete cascade;
${tenantTableSql('theory_class_attendance')}
drop function app_theory_class_school(uuid[]);
update bureau_settings set settings = jsonb_strip_nulls(jsonb_build_object(
  'theory-class.monthly.minClassHours', settings->'theoryClass'->'minClassHoursPerMonth',
  'theory-class.monthly.exemptMonths', settings->'theoryClass'->'exemptMonths'));
`);
  }
}

/**
 * An index on the attendance's person: every delete or re-key of a person checks this foreign
 * key, and without it each check scanned the whole attendance table (a bench clean-up of 5,000
 * people ran for minutes on the large set).
 */
export class Migration20261130000000_theory_class_person_idx extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index theory_class_attendance_person_idx on theory_class_attendance (person_id);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists theory_class_attendance_person_idx;');
  }
}
