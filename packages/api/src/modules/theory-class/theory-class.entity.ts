import { OptionalProps, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { AttendanceStatus, Audience, TheoryClassKind } from '@djt/shared';

/** 思想政治课 (§二.1): one class held (or planned) by a school. */
@Entity({ tableName: 'theory_class' })
export class TheoryClass {
  [OptionalProps]?: 'presentCount' | 'leaveCount' | 'version' | 'createdAt' | 'updatedAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid' }) districtId!: string;
  @Property({ type: 'uuid' }) schoolId!: string;
  /** YYYY-MM-DD */
  @Property({ type: 'string', columnType: 'date' }) date!: string;
  @Property({ type: 'double', columnType: 'numeric(3,1)' }) classHours!: number;
  @Property({ type: 'text' }) topic!: string;
  @Enum({ type: 'text', items: ['IDEALS', 'CURRENT_AFFAIRS', 'PRACTICE'] }) kind!: TheoryClassKind;
  @Property({ type: 'text' }) lecturer!: string;
  @Enum({ type: 'text', items: ['MEMBERS', 'ALL_STAFF'] }) audience!: Audience;
  /** 应到 */
  @Property({ type: 'int' }) expectedCount!: number;
  /** 实到 */
  @Property({ type: 'int' }) presentCount = 0;
  /** 请假 */
  @Property({ type: 'int' }) leaveCount = 0;
  @Property({ type: 'int' }) version = 1;
  @Property({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Property({ type: 'uuid', nullable: true }) updatedBy!: string | null;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) updatedAt: Date = new Date();
}

/** One person's attendance at a class: present, or on leave with a reason; absent people have no row. */
@Entity({ tableName: 'theory_class_attendance' })
export class TheoryClassAttendance {
  @PrimaryKey({ type: 'uuid' }) classId!: string;
  @PrimaryKey({ type: 'uuid' }) personId!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid' }) districtId!: string;
  @Property({ type: 'uuid' }) schoolId!: string;
  @Enum({ type: 'text', items: ['PRESENT', 'LEAVE'] }) status!: AttendanceStatus;
  @Property({ type: 'text', nullable: true }) leaveReason!: string | null;
}
