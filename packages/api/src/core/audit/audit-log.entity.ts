import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The append-only audit trail (SPEC §5): who, when, what changed. */
@Entity({ tableName: 'audit_log' })
export class AuditLog {
  [OptionalProps]?: 'at' | 'changes';
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
}
