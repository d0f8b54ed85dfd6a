import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../src/config/free-port';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data';
import { apiUrl, DEMO_IDS } from './harness';

/** Production defaults and operations: headers, health and readiness, start-up guard, graceful stop. */

const MAIN = path.resolve(__dirname, '../dist/main.js');

test('every answer carries the security headers; the web client gets a strict CSP', async () => {
  const web = await fetch(`${apiUrl()}/login`);
  const csp = web.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  const api = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ me { userId } }' }),
  });
  for (const res of [web, api]) {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  }
});

test('/healthz answers for the process, /readyz for the database and its migrations', async () => {
  expect((await fetch(`${apiUrl()}/healthz`)).status).toBe(200);
  const ready = await fetch(`${apiUrl()}/readyz`);
  expect([ready.status, await ready.json()]).toEqual([200, { ok: true, database: true, migrations: 'applied' }]);
});

/** Starts the built API on the seeded test database as `npm start` would with DATABASE_URL. */
function startApi(port: number, args: string[] = [], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: process.env.DJT_TEST_SEEDED_OWNER_URL,
      DJT_APP_DB_PASSWORD: 'test-app',
      PORT: String(port),
      NODE_ENV: 'production',
      DJT_LOG_LEVEL: 'warn',
      DJT_WEB_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitUp(port: number) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not start');
}

test('start:prod refuses to serve while demo accounts keep the demo password', async () => {
  const api = startApi(await freePort(), ['--refuse-demo-passwords']);
  expect(await api.exited).toBe(1);
  expect(api.output()).toMatch(/Refusing to start in production: \d+ account\(s\) still have the demo password/);
  expect(api.output()).not.toContain(DEMO_PASSWORD);
});

test('on SIGTERM the API finishes the requests in flight, then stops', async () => {
  const port = await freePort();
  // A longer drain than the default: the whole suite runs beside this on two cores.
  const api = startApi(port, [], { DJT_SHUTDOWN_DRAIN_MS: '3000' });
  await waitUp(port);
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($p: String!) { login(username: "bureau_admin", password: $p) { token } }',
      variables: { p: DEMO_PASSWORD },
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const N = 20;
  let signalledAt = 0;
  const finishedAt: number[] = [];
  let first!: () => void;
  const firstAnswer = new Promise<void>((resolve) => (first = resolve));
  const inFlight = Array.from({ length: N }, () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'query($id: ID!) { schoolRanking(scopeId: $id) { rows { schoolId score } } }',
        variables: { id: DEMO_IDS.bureau },
      }),
    }).then(async (r) => {
      const answer = [r.status, ((await r.json()) as { errors?: unknown }).errors ?? null];
      finishedAt.push(Date.now());
      first();
      return answer;
    }),
  );
  // Every request is on its way once the first is answered; stop the server in the middle.
  await firstAnswer;
  signalledAt = Date.now();
  api.child.kill('SIGTERM');
  // expected: every request is answered in full, some of them after the signal; then a clean exit
  const answers = await Promise.all(inFlight);
  expect(answers).toEqual(Array.from({ length: N }, () => [200, null]));
  expect(finishedAt.filter((t) => t > signalledAt).length).toBeGreaterThan(0);
  expect(await api.exited).toBe(0);
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
});

describe('rate limits', () => {
  const redisUp = async () => {
    const net = await import('node:net');
    return new Promise<boolean>((resolve) => {
      const s = net.connect(6379, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
  };

  async function limitedRun(store: 'memory' | 'redis') {
    const port = await freePort();
    const api = startApi(port, [], {
      DJT_RATE_LOGIN_ACCOUNT: '3',
      DJT_RATE_DASHBOARDS: '2',
      DJT_RATE_MUTATIONS: '2',
      DJT_SHUTDOWN_DRAIN_MS: '0',
      DJT_RATE_KEY_PREFIX: `djt-test-rl-${process.pid}-${store}-${Date.now()}`,
      ...(store === 'redis' ? { REDIS_URL: 'redis://127.0.0.1:6379' } : {}),
    });
    try {
      await waitUp(port);
      const url = `http://127.0.0.1:${port}/graphql`;
      const post = async (query: string, variables: object = {}, token?: string) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as {
          data?: Record<string, { token?: string } | null> | null;
          errors?: { extensions: { code: string; params?: { retryAfter?: number } } }[];
        };
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
      };
      const LOGIN = 'mutation($p: String!) { login(username: "bureau_admin", password: $p) { token } }';
      const logins = [];
      for (let i = 0; i < 4; i++) logins.push(await post(LOGIN, { p: DEMO_PASSWORD }));
      // expected: three attempts a minute for one account, the fourth refused with a wait
      expect(logins.slice(0, 3).every((r) => !!r.body.data?.login?.token)).toBe(true);
      expect(logins[3].body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
      expect(logins[3].body.errors?.[0].extensions.params?.retryAfter).toBeGreaterThan(0);
      expect(Number(logins[3].retryAfter)).toBeGreaterThan(0);
      const token = logins[0].body.data!.login!.token!;
      const CMP = 'query($id: ID!) { compliance(scopeId: $id) { from } }';
      const dash = [];
      for (let i = 0; i < 3; i++) dash.push(await post(CMP, { id: DEMO_IDS.bureau }, token));
      expect(dash.map((r) => r.body.errors?.[0]?.extensions.code ?? 'ok')).toEqual(['ok', 'ok', 'RATE_LIMITED']);
      expect(dash[2].status).toBe(429);
      const SET = 'mutation { updateBureauSettings(values: [{ key: "nope", value: 1 }]) { key } }';
      const muts = [];
      for (let i = 0; i < 3; i++) muts.push(await post(SET, {}, token));
      expect(muts.map((r) => r.body.errors?.[0]?.extensions.code)).toEqual([
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
        'RATE_LIMITED',
      ]);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  }

  test('in memory: logins per account, dashboards and mutations per user, with retryAfter', async () => {
    await limitedRun('memory');
  });

  test('in Redis (REDIS_URL), when a Redis is reachable on 127.0.0.1:6379', async () => {
    if (!(await redisUp())) {
      console.log('rate limits in Redis: skipped, no Redis on 127.0.0.1:6379');
      return;
    }
    await limitedRun('redis');
  });
});
