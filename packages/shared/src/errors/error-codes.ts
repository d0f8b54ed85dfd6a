/** The stable error codes every client can rely on (SPEC §5). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  /** The database cannot be reached for now (HTTP 503, Retry-After): clients retry later. */
  'SERVICE_UNAVAILABLE',
  /** Automatic persisted queries: the hash is unknown, send the query text with it (clients retry). */
  'PERSISTED_QUERY_NOT_FOUND',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
