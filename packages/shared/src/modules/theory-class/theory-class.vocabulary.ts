import type { Localized } from '../../rules/types';

/** 思想政治课 kinds: 理想信念 / 形势政策 / 实践活动 */
export const THEORY_CLASS_KINDS = ['IDEALS', 'CURRENT_AFFAIRS', 'PRACTICE'] as const;
export type TheoryClassKind = (typeof THEORY_CLASS_KINDS)[number];

/** Members only, or all staff. */
export const AUDIENCES = ['MEMBERS', 'ALL_STAFF'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Present, or on leave with a reason; absent people have no attendance row. */
export const ATTENDANCE_STATUSES = ['PRESENT', 'LEAVE'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const THEORY_CLASS_LABELS = {
  theoryClassKind: {
    IDEALS: { zh: '理想信念', en: 'Ideals and beliefs' },
    CURRENT_AFFAIRS: { zh: '形势政策', en: 'Current affairs and policy' },
    PRACTICE: { zh: '实践活动', en: 'Practical activity' },
  },
  audience: { MEMBERS: { zh: '仅党员', en: 'Party members only' }, ALL_STAFF: { zh: '全体教职工', en: 'All staff' } },
  attendance: { PRESENT: { zh: '实到', en: 'Present' }, LEAVE: { zh: '请假', en: 'On leave' } },
} satisfies Record<string, Record<string, Localized>>;

/** Input limits of a class, shared by the API and the web form. Text lengths count characters. */
export const THEORY_CLASS_LIMITS = {
  topicMax: 100,
  lecturerMax: 50,
  leaveReasonMax: 200,
  classHoursMin: 0.5,
  classHoursMax: 8,
  /** Class-hours are whole multiples of this. */
  classHoursStep: 0.5,
  expectedMax: 2000,
  /** How far ahead a class may be planned, in days. */
  planAheadDays: 366,
  /** How far back a class may be recorded, in days. */
  recordBackDays: 3 * 366,
} as const;
