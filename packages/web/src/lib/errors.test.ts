import { describeError, describeGraphQLError, isSessionLost } from './errors';

describe('API errors in the user language', () => {
  test('a known reason is translated with its params', () => {
    const err = {
      message: 'x',
      extensions: { code: 'RATE_LIMITED', reason: 'ACCOUNT_LOCKED', params: { minutes: 5 } },
    };
    expect(describeGraphQLError(err, 'zh').message).toBe('登录失败次数过多，请 5 分钟后再试');
    expect(describeGraphQLError(err, 'en').message).toBe('Too many failed logins, try again in 5 minute(s)');
  });

  test('an unknown reason falls back to the code message; an unknown code to internal', () => {
    expect(describeGraphQLError({ extensions: { code: 'CONFLICT', reason: 'WHATEVER' } }, 'en').message).toBe(
      'Conflict, please reload and retry',
    );
    expect(describeGraphQLError({ message: 'stack trace...' }, 'zh')).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: null,
      message: '服务器内部错误，请稍后重试',
    });
  });

  test('network errors and nothing', () => {
    expect(describeError({ networkError: new Error('x') }, 'en')?.code).toBe('NETWORK');
    expect(describeError(null, 'en')).toBeNull();
    expect(describeError({ graphQLErrors: [] }, 'en')).toBeNull();
  });

  test('session lost only for SESSION_EXPIRED / NOT_LOGGED_IN', () => {
    expect(isSessionLost({ extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } })).toBe(true);
    expect(isSessionLost({ extensions: { code: 'UNAUTHENTICATED', reason: 'NOT_LOGGED_IN' } })).toBe(true);
    expect(isSessionLost({ extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } })).toBe(false);
    expect(isSessionLost({ extensions: { code: 'FORBIDDEN', reason: 'SESSION_EXPIRED' } })).toBe(false);
  });
});
