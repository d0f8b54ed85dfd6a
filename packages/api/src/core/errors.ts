import { ERROR_REASONS, errorMessage, type ErrorReason, type Lang } from '@djt/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from './logger';

type Params = Record<string, string | number>;

/**
 * A failure the user can understand: a stable code (from the reason), a reason key that the web
 * client translates with the same catalogue, parameters, and optionally the input field at fault.
 */
export class DomainError extends Error {
  readonly code: string;
  constructor(
    readonly reason: ErrorReason,
    readonly params: Params = {},
    readonly field?: string,
  ) {
    super(errorMessage(reason, 'en', params));
    this.code = ERROR_REASONS[reason].code;
  }
}

/**
 * Whether an error means the database cannot be reached right now, rather than that the request
 * is wrong: the connection was refused or cut (PostgreSQL stopped or restarting: ECONNREFUSED,
 * 57P01 admin_shutdown, 57P03 cannot_connect_now, SQLSTATE class 08 connection exceptions, pg's
 * "Connection terminated"), or no pooled connection could be had. Looks through the wrappers
 * (GraphQLError.originalError, MikroORM's DriverException copies the driver's code, `cause`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (name === 'ConnectionException' || name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    const next = e as { originalError?: unknown; cause?: unknown; errors?: unknown[] };
    e = next.originalError ?? next.cause ?? next.errors?.[0];
  }
  return false;
}
/**
 * Whether an error is PostgreSQL refusing to delete (or re-key) a row that another row still
 * references (SQLSTATE 23503 on the referenced side: "update or delete on table … violates
 * foreign key constraint"), e.g. a meeting at which a major matter was decided.
 */
export function isStillReferenced(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (code === '23503' && typeof message === 'string' && /update or delete on table/.test(message)) return true;
    const next = e as { originalError?: unknown; cause?: unknown; errors?: unknown[] };
    e = next.originalError ?? next.cause ?? next.errors?.[0];
  }
  return false;
}
let lastUnavailableLog = 0;
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Connection ended unexpectedly|is not queryable|timeout expired|Timeout acquiring a connection/i;

/**
 * SERVICE_UNAVAILABLE / DATABASE_UNAVAILABLE with HTTP 503 and Retry-After. Apollo reads the
 * status from the thrown error's `extensions.http` (also for an error of the context function,
 * which never reaches the plugins), so it is set on each new error (Apollo deletes it once read).
 */
export function databaseUnavailable(): DomainError & { extensions: object } {
  return Object.assign(new DomainError('DATABASE_UNAVAILABLE'), {
    extensions: { http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}

export const forbidden = () => new DomainError('FORBIDDEN');
export const notFound = () => new DomainError('NOT_FOUND');
export const badInput = (reason: ErrorReason, params: Params = {}, field?: string) =>
  new DomainError(reason, params, field);

/** graphql-js's own input errors (unknown field, wrong enum…) keep their code as BAD_USER_INPUT. */
const GRAPHQL_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  // Apollo's own refusals of a request: an operationName that names no operation, two operations
  // without one, persisted queries sent where they are not supported.
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's formatError: every error leaves as { message, extensions: { code, reason, params,
 * field } }. Unexpected errors are masked (no stack, no internals) and logged with a request id
 * that the user can quote.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A DomainError thrown outside a resolver (the input guard) arrives wrapped in a GraphQLError.
  const original =
    unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError
      ? unwrapped.originalError
      : unwrapped;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, reason: original.reason, params: original.params, field: original.field },
    };
  }
  // The database is down or restarting (found by the soak test, `pnpm soak`: these were masked as
  // INTERNAL_SERVER_ERROR): a stable, translated SERVICE_UNAVAILABLE the client can retry on, and
  // not logged as an unexpected error for each request (the server sets HTTP 503 for it).
  if (isDatabaseUnavailable(original)) {
    const e = databaseUnavailable();
    if (Date.now() - lastUnavailableLog > 10_000) {
      lastUnavailableLog = Date.now();
      logger.warn(
        { error: describeForLog(original).split('\n')[0] },
        'database unavailable (logged every 10 s at most)',
      );
    }
    return {
      message: e.message,
      path: formatted.path,
      extensions: { code: e.code, reason: e.reason, params: {} },
    };
  }
  // A record others still point at: a stable CONFLICT the user can act on, not an internal error.
  if (isStillReferenced(original)) {
    return {
      message: errorMessage('RECORD_IN_USE', 'en', {}),
      path: formatted.path,
      extensions: { code: 'CONFLICT', reason: 'RECORD_IN_USE', params: {} },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (code === 'PERSISTED_QUERY_NOT_FOUND') {
    // Kept as it is: APQ clients answer it by sending the query text.
    return {
      message: formatted.message,
      extensions: { code, reason: 'PERSISTED_QUERY_NOT_FOUND', params: {} },
    };
  }
  // graphql-js's and Apollo's own refusals of a request carry no code (a persisted-query hash that
  // does not match its query, a subscription sent over POST): a GraphQLError made by the server
  // itself, outside any resolver (no path) and wrapping no thrown error, is about the request.
  const aboutTheRequest =
    original instanceof GraphQLError && !original.extensions?.code && !original.path && !original.originalError;
  if (GRAPHQL_INPUT_CODES.has(code) || aboutTheRequest) {
    return {
      message: formatted.message,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', params: { detail: formatted.message } },
    };
  }
  const requestId = (original instanceof GraphQLError && (original.extensions?.requestId as string)) || newRequestId();
  logger.error({ requestId, error: describeForLog(original) }, 'unexpected error');
  return {
    message: errorMessage('INTERNAL', 'en', { requestId }),
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', params: { requestId } },
  };
}

/** Re-render every error message in the request's language (formatError has no context). */
export function translateErrors(errors: readonly GraphQLFormattedError[], lang: Lang): GraphQLFormattedError[] {
  return errors.map((e) => {
    const reason = e.extensions?.reason as ErrorReason | undefined;
    if (!reason || !(reason in ERROR_REASONS)) return e;
    return { ...e, message: errorMessage(reason, lang, (e.extensions?.params as Params) ?? {}) };
  });
}

/**
 * What is logged of an unexpected error: its kind, database code and constraint, and the stack
 * frames, but not its message, which can carry SQL with bound values (names, phone numbers).
 */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const e = error as Error & { code?: string; constraint?: string };
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 8);
  return [
    `${e.name}${e.code ? ` code=${e.code}` : ''}${e.constraint ? ` constraint=${e.constraint}` : ''}`,
    ...frames,
  ].join('\n');
}

let counter = 0;
export function newRequestId(): string {
  counter = (counter + 1) % 1_000_000;
  return `${Date.now().toString(36)}-${counter.toString(36)}`;
}

export function langFrom(header: string | undefined): Lang {
  return header && /^en\b/i.test(header.trim()) ? 'en' : 'zh';
}
