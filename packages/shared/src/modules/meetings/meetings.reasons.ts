import type { ErrorCode } from '../../errors/error-codes';
import type { Localized } from '../../rules/types';

/**
 * Error reasons of 三会一课 input, merged into the shared catalogue (errors/codes.ts). Keys carry
 * the module's prefix, so they never collide with another module's reasons. (A file's own
 * problems — empty, too large, wrong type — are the core's FILE_* reasons, files.ts.)
 */
export const MEETINGS_REASONS = {
  MEETING_TOPIC_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写会议主题', en: 'The topic is required' },
  MEETING_TOPIC_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '会议主题最多 {max} 个字',
    en: 'The topic is at most {max} characters',
  },
  MEETING_PARTY_GROUP_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '党小组会须填写党小组名称',
    en: 'A Party group meeting needs the name of its Party group',
  },
  MEETING_PARTY_GROUP_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '党小组名称最多 {max} 个字',
    en: 'A Party group name is at most {max} characters',
  },
  MEETING_DATE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请填写计划日期或实际召开日期',
    en: 'Give the planned date or the date the meeting was held',
  },
  MEETING_DATE_INVALID: { code: 'BAD_USER_INPUT', zh: '日期格式应为 YYYY-MM-DD', en: 'A date is written YYYY-MM-DD' },
  MEETING_DATE_TOO_FAR: {
    code: 'BAD_USER_INPUT',
    zh: '日期超出可登记范围',
    en: 'The date is outside the range that can be recorded',
  },
  MEETING_HELD_IN_FUTURE: {
    code: 'BAD_USER_INPUT',
    zh: '实际召开日期不能晚于今天：尚未召开的会议请只填写计划日期',
    en: 'A meeting cannot have been held after today: give only the planned date of a future meeting',
  },
  MEETING_PLACE_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '会议地点最多 {max} 个字',
    en: 'The place is at most {max} characters',
  },
  MEETING_CONTENT_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '会议内容最多 {max} 个字',
    en: 'The content is at most {max} characters',
  },
  MEETING_IDEOLOGICAL_WORK_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '思想政治工作内容最多 {max} 个字',
    en: 'The ideological-work item is at most {max} characters',
  },
  MEETING_RESOLUTIONS_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '会议决议最多 {max} 个字',
    en: 'The resolutions are at most {max} characters',
  },
  MEETING_THEORY_CLASS_KIND: {
    code: 'BAD_USER_INPUT',
    zh: '只有党课和主题党日可以同时计为当月思想政治课',
    en: "Only a Party lecture or a themed Party day can also count as the month's political-theory class",
  },
  MEETING_CLASS_HOURS_RANGE: {
    code: 'BAD_USER_INPUT',
    zh: '计为思想政治课时，课时应在 {min} 到 {max} 之间（以 0.5 为单位）',
    en: 'Counted as a political-theory class, class-hours must be between {min} and {max}, in steps of 0.5',
  },
  MEETING_ATTENDANCE_BEFORE_HELD: {
    code: 'BAD_USER_INPUT',
    zh: '会议尚未召开，不能登记出勤',
    en: 'Attendance cannot be recorded for a meeting that has not been held',
  },
  MEETING_TOO_MANY_ATTENDEES: {
    code: 'BAD_USER_INPUT',
    zh: '一次会议最多登记 {max} 人',
    en: 'At most {max} people can be listed for one meeting',
  },
  MEETING_PERSON_NOT_IN_SCHOOL: {
    code: 'BAD_USER_INPUT',
    zh: '所选人员不属于本校',
    en: 'Someone chosen is not in this school',
  },
  MEETING_DUPLICATE_ATTENDEE: {
    code: 'BAD_USER_INPUT',
    zh: '同一人在出勤名单中出现了两次',
    en: 'Someone appears twice in the attendance',
  },
  MEETING_LEAVE_REASON_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请假须填写事由', en: 'A leave needs a reason' },
  MEETING_LEAVE_REASON_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '请假事由最多 {max} 个字',
    en: 'A leave reason is at most {max} characters',
  },
  MEETING_ATTACHMENTS_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    zh: '每次会议最多上传 {max} 个附件',
    en: 'A meeting can have at most {max} attached files',
  },
} as const satisfies Record<string, { code: ErrorCode } & Localized>;
