import { MODULE_REASONS } from '../modules';
import type { Localized } from '../rules/types';
import type { ErrorCode } from './error-codes';

export * from './error-codes';

/**
 * Specific reasons under a code, each with its user-facing message in zh-CN and en.
 * `{name}` placeholders are filled from the error's params. The web client translates a
 * reason with the same catalogue, so an error reads the same wherever it is shown.
 */
const CORE_REASONS = {
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
  RATE_LIMITED: {
    code: 'RATE_LIMITED',
    zh: '操作过于频繁，请 {retryAfter} 秒后再试',
    en: 'Too many requests, try again in {retryAfter} s',
  },
  // authorization
  FORBIDDEN: { code: 'FORBIDDEN', zh: '您无权执行此操作', en: 'You are not allowed to do this' },
  // generic
  NOT_FOUND: { code: 'NOT_FOUND', zh: '记录不存在或您无权查看', en: 'Not found, or not visible to you' },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  PERSISTED_QUERY_NOT_FOUND: {
    code: 'PERSISTED_QUERY_NOT_FOUND',
    zh: '服务器没有该查询的缓存，请连同查询原文重新发送',
    en: 'Persisted query not found: send the query text with its hash',
  },
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
  DATABASE_UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE',
    zh: '数据库暂时无法连接，请稍后重试',
    en: 'The database is unavailable for the moment, please try again shortly',
  },
  RECORD_IN_USE: {
    code: 'CONFLICT',
    zh: '该记录仍被其他记录引用（例如在此会议上表决的重大事项），不能删除',
    en: 'Other records still refer to this one (e.g. a major matter decided at this meeting); it cannot be deleted',
  },
  STALE_UPDATE: {
    code: 'CONFLICT',
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  // settings and rules
  SETTINGS_RANGE: { code: 'BAD_USER_INPUT', zh: '设置值超出允许范围：{detail}', en: 'Setting out of range: {detail}' },
  TEXT_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '文本中含有无法保存的字符（如空字符或残缺的表情符号）',
    en: 'The text contains a character that cannot be stored (a NUL or a broken emoji)',
  },
  SEARCH_TOO_LONG: { code: 'BAD_USER_INPUT', zh: '搜索词最多 {max} 个字', en: 'A search is at most {max} characters' },
  RATE_RANGE: {
    code: 'BAD_USER_INPUT',
    zh: '完成率应在 0 到 1 之间，且下限不大于上限',
    en: 'A completion rate is between 0 and 1, and the lower bound is not above the upper',
  },
  FILTER_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    zh: '一个筛选条件最多选 {max} 项',
    en: 'At most {max} values in one filter',
  },
  IDEMPOTENCY_KEY_REUSED: {
    code: 'BAD_USER_INPUT',
    zh: '该幂等键已用于另一种操作',
    en: 'This Idempotency-Key was already used for another operation',
  },
  UNKNOWN_SETTING: { code: 'BAD_USER_INPUT', zh: '没有名为 {key} 的设置', en: 'There is no setting {key}' },
  UNKNOWN_RULE: { code: 'BAD_USER_INPUT', zh: '没有编号为 {id} 的考核规则', en: 'There is no rule {id}' },
  // files attached to records (files.ts)
  FILE_EMPTY: { code: 'BAD_USER_INPUT', zh: '文件是空的', en: 'The file is empty' },
  FILE_TOO_LARGE: { code: 'BAD_USER_INPUT', zh: '文件不能超过 {max}', en: 'A file can be at most {max}' },
  FILE_TYPE_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    zh: '只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）',
    en: 'Only PDF, JPEG or PNG files can be uploaded (judged by their content)',
  },
  FILE_ENCODING_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '文件内容编码有误（应为 Base64）',
    en: 'The file content is not valid base64',
  },
  FILE_NAME_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写文件名', en: 'The file name is required' },
  FILE_NAME_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '文件名最多 {max} 个字',
    en: 'A file name is at most {max} characters',
  },
  INVALID_YEAR: {
    code: 'BAD_USER_INPUT',
    zh: '年份应在 {min} 到 {max} 之间',
    en: 'The year must be between {min} and {max}',
  },
} as const satisfies Record<string, { code: ErrorCode } & Localized>;

/**
 * Every reason: the core's and each record module's (a module keeps its own input reasons in its
 * shared folder, modules/<name>/<name>.reasons.ts).
 */
export const ERROR_REASONS = { ...CORE_REASONS, ...MODULE_REASONS } as const;

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
  PERSISTED_QUERY_NOT_FOUND: { zh: '请连同查询原文重新发送', en: 'Send the query text with its hash' },
  INTERNAL_SERVER_ERROR: { zh: '服务器内部错误，请稍后重试', en: 'Internal error, please try again later' },
  SERVICE_UNAVAILABLE: { zh: '服务暂时不可用，请稍后重试', en: 'Service unavailable for the moment, please retry' },
};
