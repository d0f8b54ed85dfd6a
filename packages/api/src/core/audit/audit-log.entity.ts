import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The append-only audit trail (SPEC §5): who, when, what changed. Each bureau's entries form a
 * hash chain that the database computes on insert (migration 20261127000000_audit_chain): `seq`,
 * `prevHash` and `hash` are set by the trigger, whatever the insert carries.
 */
@Entity({ tableName: 'audit_log' })
export class AuditLog {
  [OptionalProps]?: 'at' | 'changes' | 'seq' | 'prevHash' | 'hash';
  @PrimaryKey({ type: 'bigint', autoincrement: true }) id!: string;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) at: Date = new Date();
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid', nullable: true }) districtId!: string | null;
  @Property({ type: 'uuid', nullable: true }) schoolId!: string | null;
  @Property({ type: 'uuid' }) orgId!: string;
  @Property({ type: 'uuid', nullable: true }) actorUserId!: string | null;
  @Property({ type: 'text', nullable: true }) requestId!: string | null;
  @Property({ type: 'text' }) action!: string;
  @Property({ type: 'text' }) entity!: string;
  @Property({ type: 'text' }) entityId!: string;
  @Property({ type: 'json' }) changes: Record<string, unknown> = {};
  /** Position in the bureau's chain (1, 2, 3, …); set by the database. */
  @Property({ type: 'bigint', nullable: true }) seq?: string;
  /** The bureau's previous entry's hash (null for the first); set by the database. */
  @Property({ type: 'blob', nullable: true }) prevHash?: Buffer | null;
  /** sha256 of prevHash and this entry's fields; set by the database. */
  @Property({ type: 'blob', nullable: true }) hash?: Buffer;
}
