import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Ancestry every tenant row carries as plain columns, so "everything under district D" is an
 * indexed equality and row-level security can compare columns (see migration-kit.ts). The
 * composite foreign key (school_id, district_id, bureau_id) → organisation makes the three agree.
 */
export abstract class TenantRow {
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid' }) districtId!: string;
  @Property({ type: 'uuid' }) schoolId!: string;
}

/**
 * A school's own record (SPEC §3): ancestry, an id, an optimistic-lock version, and who created
 * and last changed it when. Record types extend this and declare only their own columns.
 */
export abstract class TenantRecord extends TenantRow {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'int' }) version = 1;
  @Property({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Property({ type: 'uuid', nullable: true }) updatedBy!: string | null;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) updatedAt: Date = new Date();
}

/** The columns of TenantRecord, for a module's migration (see migration-kit.ts). */
export const TENANT_RECORD_COLUMNS = `
  id uuid primary key,
  bureau_id uuid not null,
  district_id uuid not null,
  school_id uuid not null,
  version int not null default 1,
  created_by uuid,
  updated_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`;

/** The ancestry columns of TenantRow alone (child rows such as attendance). */
export const TENANT_ROW_COLUMNS = `
  bureau_id uuid not null,
  district_id uuid not null,
  school_id uuid not null`;
