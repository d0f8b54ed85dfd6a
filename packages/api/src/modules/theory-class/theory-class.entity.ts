import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { AttendanceStatus, Audience, TheoryClassKind } from '@djt/shared';
import { ATTENDANCE_STATUSES, AUDIENCES, THEORY_CLASS_KINDS } from '@djt/shared';
import { TenantRecord, TenantRow } from '../../core/records/tenant-record.entity';

/** 思想政治课 (§二.1): one class held (or planned) by a school. */
@Entity({ tableName: 'theory_class' })
export class TheoryClass extends TenantRecord {
  /** YYYY-MM-DD */
  @Property({ type: 'string', columnType: 'date' }) date!: string;
  @Property({ type: 'double', columnType: 'numeric(3,1)' }) classHours!: number;
  @Property({ type: 'text' }) topic!: string;
  @Enum({ type: 'text', items: () => [...THEORY_CLASS_KINDS] }) kind!: TheoryClassKind;
  @Property({ type: 'text' }) lecturer!: string;
  @Enum({ type: 'text', items: () => [...AUDIENCES] }) audience!: Audience;
  /** 应到 */
  @Property({ type: 'int' }) expectedCount!: number;
  /** 实到 */
  @Property({ type: 'int' }) presentCount = 0;
  /** 请假 */
  @Property({ type: 'int' }) leaveCount = 0;
}

/** One person's attendance at a class: present, or on leave with a reason; absent people have no row. */
@Entity({ tableName: 'theory_class_attendance' })
export class TheoryClassAttendance extends TenantRow {
  @PrimaryKey({ type: 'uuid' }) classId!: string;
  @PrimaryKey({ type: 'uuid' }) personId!: string;
  @Enum({ type: 'text', items: () => [...ATTENDANCE_STATUSES] }) status!: AttendanceStatus;
  @Property({ type: 'text', nullable: true }) leaveReason!: string | null;
}
