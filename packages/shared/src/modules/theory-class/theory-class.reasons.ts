import type { ErrorCode } from '../../errors/error-codes';
import type { Localized } from '../../rules/types';

/** Error reasons of 思想政治课 input, merged into the shared catalogue (errors/codes.ts). */
export const THEORY_CLASS_REASONS = {
  TOPIC_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写课程主题', en: 'The topic is required' },
  TOPIC_TOO_LONG: { code: 'BAD_USER_INPUT', zh: '主题最多 {max} 个字', en: 'The topic is at most {max} characters' },
  LECTURER_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写主讲人', en: 'The lecturer is required' },
  LECTURER_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '主讲人最多 {max} 个字',
    en: 'The lecturer is at most {max} characters',
  },
  CLASS_HOURS_RANGE: {
    code: 'BAD_USER_INPUT',
    zh: '课时应在 {min} 到 {max} 之间（以 0.5 为单位）',
    en: 'Class-hours must be between {min} and {max}, in steps of 0.5',
  },
  DATE_INVALID: { code: 'BAD_USER_INPUT', zh: '日期格式应为 YYYY-MM-DD', en: 'A date is written YYYY-MM-DD' },
  DATE_TOO_FAR: {
    code: 'BAD_USER_INPUT',
    zh: '日期超出可登记范围',
    en: 'The date is outside the range that can be recorded',
  },
  ATTENDANCE_BEFORE_CLASS: {
    code: 'BAD_USER_INPUT',
    zh: '课程尚未举行，不能登记出勤',
    en: 'Attendance cannot be recorded for a class that has not happened yet',
  },
  PRESENT_EXCEEDS_EXPECTED: {
    code: 'BAD_USER_INPUT',
    zh: '实到人数（{present}）加请假人数不能超过应到人数（{expected}）',
    en: 'Present ({present}) plus on leave cannot exceed expected ({expected})',
  },
  EXPECTED_RANGE: {
    code: 'BAD_USER_INPUT',
    zh: '应到人数应在 0 到 {max} 之间',
    en: 'Expected attendance must be between 0 and {max}',
  },
  PERSON_NOT_IN_SCHOOL: {
    code: 'BAD_USER_INPUT',
    zh: '出勤名单中有不属于本校的人员',
    en: 'The attendance lists someone who is not in this school',
  },
  PERSON_NOT_IN_AUDIENCE: {
    code: 'BAD_USER_INPUT',
    zh: '本课程仅面向党员，出勤名单中有非党员',
    en: 'This class is for Party members only, but the attendance lists a non-member',
  },
  DUPLICATE_ATTENDEE: {
    code: 'BAD_USER_INPUT',
    zh: '同一人在出勤名单中出现了两次',
    en: 'Someone appears twice in the attendance',
  },
  LEAVE_REASON_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请假须填写事由', en: 'A leave needs a reason' },
  LEAVE_REASON_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '请假事由最多 {max} 个字',
    en: 'A leave reason is at most {max} characters',
  },
} as const satisfies Record<string, { code: ErrorCode } & Localized>;
