import { randomUUID } from 'node:crypto';
import { hashPassword } from '../src/core/auth/password';
import { codeOf, DEMO_IDS, gql, reasonOf, tokenFor, withOwner } from './harness';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt me { username roles { role organisation { id level name } } today settings { key value default } } } }`;
const ME = `{ me { username displayName roles { role organisation { id name } } } }`;

/** A throw-away account (no roles), so lockout tests do not lock a demo account others use. */
async function newAccount(prefix: string, password: string): Promise<string> {
  const username = `${prefix}_${randomUUID().slice(0, 8)}`;
  const hash = await hashPassword(password);
  await withOwner((c) =>
    c.query(
      `insert into app_user (id, username, password_hash, display_name, bureau_id) values ($1, $2, $3, '测试', $4)`,
      [randomUUID(), username, hash, DEMO_IDS.bureau],
    ),
  );
  return username;
}

describe('login and sessions', () => {
  test('a demo account logs in and sees its roles and organisation', async () => {
    const r = await gql(LOGIN, { u: 'district_admin', p: 'Demo@2026' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.me.roles).toEqual([
      { role: 'DISTRICT_ADMIN', organisation: expect.objectContaining({ id: DEMO_IDS.district1, level: 'DISTRICT' }) },
    ]);
    // expected: every rule setting of the registry, with the bureau's value (here the default)
    expect(r.data!.login.me.settings).toEqual(
      expect.arrayContaining([{ key: 'theory-class.monthly.minClassHours', value: 1, default: 1 }]),
    );
    const me = await gql(ME, {}, { token: r.data!.login.token });
    expect(me.data!.me.username).toBe('district_admin');
  });

  test('without a session, me is null and protected fields are UNAUTHENTICATED', async () => {
    expect((await gql(ME)).data!.me).toBeNull();
    const r = await gql(`query($s: ID!) { theoryClasses(schoolId: $s) { total } }`, { s: DEMO_IDS.schoolA });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  test('a wrong password is UNAUTHENTICATED with the same message as an unknown user', async () => {
    const wrong = await gql(LOGIN, { u: 'bureau_viewer', p: 'nope' });
    const unknown = await gql(LOGIN, { u: 'nobody', p: 'nope' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  test('repeated failures lock the account for a while, even for the right password', async () => {
    const username = await newAccount('lock', 'Right#1');
    for (let i = 0; i < 4; i++)
      expect(reasonOf(await gql(LOGIN, { u: username, p: 'wrong' }))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await gql(LOGIN, { u: username, p: 'wrong' }))).toBe('RATE_LIMITED');
    const right = await gql(LOGIN, { u: username, p: 'Right#1' }, { lang: 'en' });
    expect(codeOf(right)).toBe('RATE_LIMITED');
    expect(right.errors![0].message).toMatch(/try again in \d+ minute/);
  });

  test('parallel guesses cannot get around the lockout', async () => {
    const username = await newAccount('race', 'Right#1');
    const answers = await Promise.all(Array.from({ length: 12 }, () => gql(LOGIN, { u: username, p: 'wrong' })));
    // expected: at most 4 plain refusals before the lock; every other attempt is RATE_LIMITED
    const invalid = answers.filter((r) => reasonOf(r) === 'INVALID_CREDENTIALS').length;
    expect(invalid).toBeLessThanOrEqual(4);
    expect(answers.filter((r) => codeOf(r) === 'RATE_LIMITED').length).toBe(12 - invalid);
  });

  test('an unknown name is answered like an account, lock included', async () => {
    const name = `nobody_${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 4; i++) expect(reasonOf(await gql(LOGIN, { u: name, p: 'x' }))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await gql(LOGIN, { u: name, p: 'x' }))).toBe('RATE_LIMITED');
  });

  test('a malformed or oversized body is BAD_USER_INPUT without a stack page', async () => {
    for (const body of ['{"query": ', JSON.stringify({ query: `{ me { userId } }`, pad: 'x'.repeat(1_100_000) })]) {
      const res = await fetch(`${process.env.DJT_TEST_API_URL}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toMatch(/at .*\.js|node_modules|Error:/);
    }
  });

  test('an expired session is refused with SESSION_EXPIRED', async () => {
    const token = (await gql(LOGIN, { u: 'bureau_viewer', p: 'Demo@2026' })).data!.login.token;
    await withOwner((c) =>
      c.query(
        `update user_session set expires_at = now() - interval '1 minute' where user_id = (select id from app_user where username = 'bureau_viewer')`,
      ),
    );
    const r = await gql(ME, {}, { token });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(reasonOf(r)).toBe('SESSION_EXPIRED');
    // the next login prunes the expired session
    await gql(LOGIN, { u: 'bureau_viewer', p: 'Demo@2026' });
    const left = await withOwner(
      async (c) =>
        (
          await c.query(
            `select count(*)::int as n from user_session where expires_at < now() and user_id = (select id from app_user where username = 'bureau_viewer')`,
          )
        ).rows[0].n,
    );
    expect(left).toBe(0);
  });

  test('logout ends the session', async () => {
    const token = (await gql(LOGIN, { u: 'district_viewer', p: 'Demo@2026' })).data!.login.token;
    expect((await gql('mutation { logout }', {}, { token })).data!.logout).toBe(true);
    expect((await gql(ME, {}, { token })).data!.me).toBeNull();
  });

  test('login sets an HttpOnly session cookie that the browser sends back', async () => {
    const res = await fetch(`${process.env.DJT_TEST_API_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'school_clerk', p: 'Demo@2026' } }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/djt_session=.+; .*HttpOnly/);
    const me = await fetch(`${process.env.DJT_TEST_API_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await me.json()) as { data: { me: { username: string } } }).data.me.username).toBe('school_clerk');
  });

  test('no stack traces: an unexpected failure is masked with a reference', async () => {
    const { formatError } = await import('../src/core/errors');
    const { logger } = await import('../src/core/logger');
    const log = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const out = formatError({ message: 'boom' }, new Error('secret internals'));
    expect(out.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(out)).not.toContain('secret internals');
    expect(JSON.stringify(out)).not.toContain('stack');
    // the structured log line keeps the reference and the kind of error, not its message
    const line = JSON.stringify(log.mock.calls[0]);
    expect(line).toContain(String((out.extensions!.params as { requestId: string }).requestId));
    expect(line).toContain('Error');
    expect(line).not.toContain('secret internals');
    log.mockRestore();
  });
});

test('tokenFor caches per file', async () => {
  expect(await tokenFor('bureau_admin')).toBe(await tokenFor('bureau_admin'));
});
