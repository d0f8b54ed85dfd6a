import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { MeetingAttachmentKind, MeetingAttendanceStatus, MeetingKind, PartyStatus } from '@djt/shared';
import { MEETING_ATTACHMENT_KINDS, MEETING_ATTENDANCE_STATUSES, MEETING_KINDS, PARTY_STATUSES } from '@djt/shared';
import { TenantRecord, TenantRow } from '../../core/records/tenant-record.entity';

/** 三会一课 (§四.2): one Party meeting of a school, planned or held. */
@Entity({ tableName: 'meeting' })
export class Meeting extends TenantRecord {
  @Enum({ type: 'text', items: () => [...MEETING_KINDS] }) kind!: MeetingKind;
  @Property({ type: 'text' }) topic!: string;
  /** The Party group (党小组) of a 党小组会. */
  @Property({ type: 'text', nullable: true }) partyGroup!: string | null;
  /** 计划日期, YYYY-MM-DD */
  @Property({ type: 'string', columnType: 'date' }) plannedOn!: string;
  /** 实际召开日期, YYYY-MM-DD; null while not held. */
  @Property({ type: 'string', columnType: 'date', nullable: true }) heldOn!: string | null;
  @Property({ type: 'text', nullable: true }) place!: string | null;
  /** 主持人, 记录人: people of the school. */
  @Property({ type: 'uuid', nullable: true }) hostId!: string | null;
  @Property({ type: 'uuid', nullable: true }) recorderId!: string | null;
  @Property({ type: 'text', nullable: true }) content!: string | null;
  /** 思想政治工作内容: the ideological-work agenda item. */
  @Property({ type: 'text', nullable: true }) ideologicalWork!: string | null;
  @Property({ type: 'text', nullable: true }) resolutions!: string | null;
  /** Also the month's political-theory class (enter once), with its class-hours. */
  @Property({ type: 'boolean' }) countsAsTheoryClass = false;
  @Property({ type: 'double', columnType: 'numeric(3,1)', nullable: true }) classHours!: number | null;
  /** 应到 / 实到 / 请假 / 缺席, and among Party members (quorum), and full members present (votes). */
  @Property({ type: 'int' }) expectedCount = 0;
  @Property({ type: 'int' }) presentCount = 0;
  @Property({ type: 'int' }) leaveCount = 0;
  @Property({ type: 'int' }) absentCount = 0;
  @Property({ type: 'int' }) memberExpectedCount = 0;
  @Property({ type: 'int' }) memberPresentCount = 0;
  @Property({ type: 'int' }) votingPresentCount = 0;
}

/**
 * One person expected at a meeting (应到): present, on leave with a reason, or absent; with their
 * Party status when the attendance was recorded (a probationary member attends but does not vote).
 */
@Entity({ tableName: 'meeting_attendance' })
export class MeetingAttendance extends TenantRow {
  @PrimaryKey({ type: 'uuid' }) meetingId!: string;
  @PrimaryKey({ type: 'uuid' }) personId!: string;
  @Enum({ type: 'text', items: () => [...MEETING_ATTENDANCE_STATUSES] }) status!: MeetingAttendanceStatus;
  @Property({ type: 'text', nullable: true }) leaveReason!: string | null;
  @Enum({ type: 'text', items: () => [...PARTY_STATUSES] }) partyStatus!: PartyStatus;
}

/** A file attached to a meeting (minutes, sign-in sheet, photo), kept in the database. */
@Entity({ tableName: 'meeting_attachment' })
export class MeetingAttachment extends TenantRow {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) meetingId!: string;
  @Enum({ type: 'text', items: () => [...MEETING_ATTACHMENT_KINDS] }) kind!: MeetingAttachmentKind;
  @Property({ type: 'text' }) fileName!: string;
  /** From the content's first bytes, never from the name. */
  @Property({ type: 'text' }) contentType!: string;
  @Property({ type: 'int' }) sizeBytes!: number;
  @Property({ type: 'text' }) sha256!: string;
  @Property({ type: 'blob', columnType: 'bytea', lazy: true }) content!: Buffer;
  @Property({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
}
