import pino from 'pino';

/**
 * Structured JSON logs (one line per event) for operations. Each request is logged once with its
 * id, the user id and the operation name; personal data, passwords and tokens never are (fields
 * that could carry them are redacted, and error messages, which can carry SQL with bound values,
 * are left out: see describeForLog). Level: DJT_LOG_LEVEL (default info).
 */
export const logger = pino({
  level: process.env.DJT_LOG_LEVEL ?? 'info',
  base: { service: 'djt-api' },
  redact: {
    paths: ['password', 'token', '*.password', '*.token', 'headers.authorization', 'headers.cookie', 'variables'],
    censor: '[redacted]',
  },
});
