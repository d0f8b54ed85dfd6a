import { GraphQLError } from 'graphql';
import { databaseUnavailable, DomainError, formatError, isDatabaseUnavailable, translateErrors } from './errors';

/** What pg and MikroORM throw while PostgreSQL is stopped or restarting (seen in `pnpm soak`). */
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const outageErrors: [string, unknown][] = [
  ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:54349', 'ECONNREFUSED')],
  [
    'admin_shutdown (DriverException)',
    Object.assign(withCode('terminating connection', '57P01'), { name: 'DriverException' }),
  ],
  ['cannot_connect_now', withCode('the database system is starting up', '57P03')],
  ['connection exception class 08', withCode('connection failure', '08006')],
  ['connection cut', new Error('Connection terminated unexpectedly')],
  // A pooled client whose connection the stop ended, used before the pool noticed (seen once in a soak run).
  ['client closed', Object.assign(new Error('Client was closed and is not queryable'), { name: 'DriverException' })],
  ['pool', Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' })],
  ['refused, inside an AggregateError', new AggregateError([withCode('connect ECONNREFUSED ::1', 'ECONNREFUSED')], '')],
];

describe('database outage errors', () => {
  test.each(outageErrors)('%s is recognised', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    // As a resolver error (wrapped by graphql-js) and as a context error (no path).
    expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: error as Error, path: ['f'] }))).toBe(true);
    expect(
      isDatabaseUnavailable(new GraphQLError('Context creation failed: x', { originalError: error as Error })),
    ).toBe(true);
  });

  test.each([
    ['unique violation', withCode('duplicate key', '23505')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a domain error', new DomainError('NOT_FOUND')],
    ['not an error', 'ECONNREFUSED'],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test('formatError answers SERVICE_UNAVAILABLE / DATABASE_UNAVAILABLE, not a masked INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('terminating connection', {
      originalError: outageErrors[1][1] as Error,
      path: ['compliance'],
    });
    const formatted = formatError({ message: error.message, path: ['compliance'] }, error);
    expect(formatted).toEqual({
      message: 'The database is unavailable for the moment, please try again shortly',
      path: ['compliance'],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', params: {} },
    });
    expect(translateErrors([formatted], 'zh')[0].message).toBe('数据库暂时无法连接，请稍后重试');
  });

  test('the error thrown from the context function carries HTTP 503 for Apollo', () => {
    // Apollo wraps a context error in a GraphQLError, whose extensions are the original's.
    const wrapped = new GraphQLError('Context creation failed: x', { originalError: databaseUnavailable() });
    expect(wrapped.extensions.http).toEqual({ status: 503, headers: new Map([['retry-after', '5']]) });
    expect(formatError({ message: wrapped.message }, wrapped).extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // Each call makes its own extensions (Apollo deletes `http` from them once read).
    expect(databaseUnavailable().extensions).not.toBe(databaseUnavailable().extensions);
  });
});
