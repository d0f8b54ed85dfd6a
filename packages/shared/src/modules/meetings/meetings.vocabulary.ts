import type { Localized } from '../../rules/types';

/**
 * 三会一课 (SPEC §3.9, seed §四.2): the kinds of Party meeting a school organisation holds.
 * 支部党员大会 (members' meeting), 支委会 (branch committee), 党小组会 (Party group meeting),
 * 党课 (Party lecture), 主题党日 (themed Party day).
 */
export const MEETING_KINDS = [
  'MEMBERS_MEETING',
  'BRANCH_COMMITTEE',
  'PARTY_GROUP',
  'PARTY_LECTURE',
  'THEMED_PARTY_DAY',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * The kinds that are concentrated education (集中教育, seed §四.2: "有集中教育，就有安排思想政治工作
 * 的内容"): each of these meetings carries an ideological-work agenda item.
 */
export const CONCENTRATED_EDUCATION_KINDS: readonly MeetingKind[] = [
  'MEMBERS_MEETING',
  'PARTY_LECTURE',
  'THEMED_PARTY_DAY',
];

/**
 * The kinds that can also be the month's political-theory class (思想政治课, §二.1): recorded once
 * as a meeting, they count for both rules (enter once, 一次录入).
 */
export const THEORY_CLASS_MEETING_KINDS: readonly MeetingKind[] = ['PARTY_LECTURE', 'THEMED_PARTY_DAY'];

/**
 * One person's attendance at a meeting. Every person expected (应到) has a row: present (实到),
 * on leave with a reason (请假), or absent (缺席).
 */
export const MEETING_ATTENDANCE_STATUSES = ['PRESENT', 'LEAVE', 'ABSENT'] as const;
export type MeetingAttendanceStatus = (typeof MEETING_ATTENDANCE_STATUSES)[number];

/** What an attached file is: the minutes, the sign-in sheet, a photo, or something else. */
export const MEETING_ATTACHMENT_KINDS = ['MINUTES', 'SIGN_IN_SHEET', 'PHOTO', 'OTHER'] as const;
export type MeetingAttachmentKind = (typeof MEETING_ATTACHMENT_KINDS)[number];

/** Planned (not held yet) or held: a meeting is held once its actual date is recorded. */
export const MEETING_STATES = ['PLANNED', 'HELD'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETINGS_LABELS = {
  meetingKind: {
    MEMBERS_MEETING: { zh: '支部党员大会', en: "Members' meeting" },
    BRANCH_COMMITTEE: { zh: '支委会', en: 'Branch committee meeting' },
    PARTY_GROUP: { zh: '党小组会', en: 'Party group meeting' },
    PARTY_LECTURE: { zh: '党课', en: 'Party lecture' },
    THEMED_PARTY_DAY: { zh: '主题党日', en: 'Themed Party day' },
  },
  meetingAttendance: {
    PRESENT: { zh: '实到', en: 'Present' },
    LEAVE: { zh: '请假', en: 'On leave' },
    ABSENT: { zh: '缺席', en: 'Absent' },
  },
  meetingAttachmentKind: {
    MINUTES: { zh: '会议记录', en: 'Minutes' },
    SIGN_IN_SHEET: { zh: '签到表', en: 'Sign-in sheet' },
    PHOTO: { zh: '现场照片', en: 'Photo' },
    OTHER: { zh: '其他材料', en: 'Other' },
  },
  meetingState: {
    PLANNED: { zh: '计划中', en: 'Planned' },
    HELD: { zh: '已召开', en: 'Held' },
  },
} satisfies Record<string, Record<string, Localized>>;

/** Input limits of a meeting, shared by the API and the web form. Text lengths count characters. */
export const MEETING_LIMITS = {
  topicMax: 100,
  placeMax: 100,
  partyGroupMax: 50,
  contentMax: 2000,
  ideologicalWorkMax: 500,
  resolutionsMax: 2000,
  leaveReasonMax: 200,
  /** People listed in one meeting's attendance (应到). */
  attendeesMax: 500,
  /** Class-hours of a meeting that is also the month's political-theory class (as a class's). */
  classHoursMin: 0.5,
  classHoursMax: 8,
  classHoursStep: 0.5,
  /** How far ahead a meeting may be planned, in days. */
  planAheadDays: 366,
  /** How far back a meeting may be recorded, in days. */
  recordBackDays: 3 * 366,
  /** Files attached to one meeting. */
  attachmentsMax: 10,
  /** Characters of an attachment's file name. */
  fileNameMax: 100,
} as const;
