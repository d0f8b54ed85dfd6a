import type { Localized } from '../rules/types';

/** The stable error codes every client can rely on (SPEC §5). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Specific reasons under a code, each with its user-facing message in zh-CN and en.
 * `{name}` placeholders are filled from the error's params. The web client translates a
 * reason with the same catalogue, so an error reads the same wherever it is shown.
 */
export const ERROR_REASONS = {
  // authentication
  INVALID_CREDENTIALS: { code: 'UNAUTHENTICATED', zh: '用户名或密码错误', en: 'Wrong username or password' },
  NOT_LOGGED_IN: { code: 'UNAUTHENTICATED', zh: '请先登录', en: 'Please log in' },
  SESSION_EXPIRED: {
    code: 'UNAUTHENTICATED',
    zh: '登录已过期，请重新登录',
    en: 'Your session has expired, please log in again',
  },
  ACCOUNT_LOCKED: {
    code: 'RATE_LIMITED',
    zh: '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed logins, try again in {minutes} minute(s)',
  },
  // authorization
  FORBIDDEN: { code: 'FORBIDDEN', zh: '您无权执行此操作', en: 'You are not allowed to do this' },
  // generic
  NOT_FOUND: { code: 'NOT_FOUND', zh: '记录不存在或您无权查看', en: 'Not found, or not visible to you' },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  INVALID_MONTH: { code: 'BAD_USER_INPUT', zh: '月份格式应为 YYYY-MM', en: 'A month is written YYYY-MM' },
  MONTH_WINDOW_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '一次最多查询 {max} 个月',
    en: 'At most {max} months at a time',
  },
  PAGE_LIMIT: { code: 'BAD_USER_INPUT', zh: '每页最多 {max} 条', en: 'At most {max} rows per page' },
  INTERNAL: {
    code: 'INTERNAL_SERVER_ERROR',
    zh: '服务器内部错误，请稍后重试（编号 {requestId}）',
    en: 'Internal error, please try again later (ref {requestId})',
  },
  // 思想政治课
  TOPIC_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写课程主题', en: 'The topic is required' },
  TOPIC_TOO_LONG: { code: 'BAD_USER_INPUT', zh: '主题最多 {max} 个字', en: 'The topic is at most {max} characters' },
  LECTURER_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写主讲人', en: 'The lecturer is required' },
  CLASS_HOURS_RANGE: {
    code: 'BAD_USER_INPUT',
    zh: '课时应在 {min} 到 {max} 之间（以 0.5 为单位）',
    en: 'Class-hours must be between {min} and {max}, in steps of 0.5',
  },
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
  STALE_UPDATE: {
    code: 'CONFLICT',
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  // settings
  SETTINGS_RANGE: { code: 'BAD_USER_INPUT', zh: '设置值超出允许范围：{detail}', en: 'Setting out of range: {detail}' },
} as const satisfies Record<string, { code: ErrorCode } & Localized>;

export type ErrorReason = keyof typeof ERROR_REASONS;
export type Lang = 'zh' | 'en';

export function errorMessage(reason: ErrorReason, lang: Lang, params: Record<string, string | number> = {}): string {
  const template = ERROR_REASONS[reason]?.[lang] ?? ERROR_REASONS.INTERNAL[lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Generic message for a bare code (when a client receives a code without a known reason). */
export const CODE_MESSAGES: Record<ErrorCode, Localized> = {
  BAD_USER_INPUT: { zh: '输入有误，请检查后重试', en: 'Invalid input, please check and retry' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please log in' },
  FORBIDDEN: { zh: '您无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { zh: '记录不存在或您无权查看', en: 'Not found, or not visible to you' },
  CONFLICT: { zh: '数据冲突，请刷新后重试', en: 'Conflict, please reload and retry' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many attempts, please wait' },
  INTERNAL_SERVER_ERROR: { zh: '服务器内部错误，请稍后重试', en: 'Internal error, please try again later' },
};
