import {
  CODE_MESSAGES,
  ERROR_CODES,
  ERROR_REASONS,
  errorMessage,
  type ErrorCode,
  type ErrorReason,
  type Lang,
} from '@djt/shared';

/** The shape of a GraphQL error as the client sees it (urql's GraphQLError or a plain JSON error). */
export interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

export interface ErrorLike {
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: unknown;
}

export interface DescribedError {
  code: ErrorCode | 'NETWORK';
  reason: ErrorReason | null;
  message: string;
}

const NETWORK_MESSAGE = {
  zh: '无法连接服务器，请检查网络后重试',
  en: 'Cannot reach the server; check the connection and retry',
};

function isReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_REASONS, value);
}

function isCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function paramsOf(ext: Record<string, unknown>): Record<string, string | number> {
  const raw = ext.params;
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  }
  return out;
}

/**
 * Turns one GraphQL error into a message in the user's language, from the shared catalogue:
 * the reason's own text when the API sent a known reason, else the generic text of the code.
 * The server's English/Chinese `message` is never shown raw, because it may be in the other
 * language than the UI after a language switch, and an unknown error may carry internals.
 */
export function describeGraphQLError(err: GraphQLErrorLike, lang: Lang): DescribedError {
  const ext = err.extensions ?? {};
  const code: ErrorCode = isCode(ext.code) ? ext.code : 'INTERNAL_SERVER_ERROR';
  if (isReason(ext.reason)) {
    return { code, reason: ext.reason, message: errorMessage(ext.reason, lang, paramsOf(ext)) };
  }
  return { code, reason: null, message: CODE_MESSAGES[code][lang] };
}

export function describeError(error: ErrorLike | null | undefined, lang: Lang): DescribedError | null {
  if (!error) return null;
  const first = error.graphQLErrors?.[0];
  if (first) return describeGraphQLError(first, lang);
  if (error.networkError) return { code: 'NETWORK', reason: null, message: NETWORK_MESSAGE[lang] };
  return null;
}

/** Reasons that mean "the session is gone": the client returns to the login page. */
export const SESSION_LOST_REASONS: readonly ErrorReason[] = ['SESSION_EXPIRED', 'NOT_LOGGED_IN'];

export function isSessionLost(err: GraphQLErrorLike): boolean {
  const ext = err.extensions ?? {};
  return ext.code === 'UNAUTHENTICATED' && SESSION_LOST_REASONS.includes(ext.reason as ErrorReason);
}

/** Field-level reasons of a BAD_USER_INPUT error, for placing the message next to a form field. */
export const REASON_FIELDS: Partial<Record<ErrorReason, string>> = {
  TOPIC_REQUIRED: 'topic',
  TOPIC_TOO_LONG: 'topic',
  LECTURER_REQUIRED: 'lecturer',
  CLASS_HOURS_RANGE: 'classHours',
  DATE_TOO_FAR: 'date',
  ATTENDANCE_BEFORE_CLASS: 'attendance',
  PRESENT_EXCEEDS_EXPECTED: 'expectedCount',
  EXPECTED_RANGE: 'expectedCount',
  PERSON_NOT_IN_SCHOOL: 'attendance',
  PERSON_NOT_IN_AUDIENCE: 'attendance',
  DUPLICATE_ATTENDEE: 'attendance',
  LEAVE_REASON_REQUIRED: 'attendance',
};
