import { Client } from 'pg';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data';

export { DEMO_IDS } from '../src/db/seed/demo-data';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; reason?: string; field?: string; params?: Record<string, unknown> };
  }[];
  sqlCount: number;
  status: number;
  /** Where the operation's scoped transactions ran (x-djt-db: 'primary', 'replica1'…), if any. */
  db?: string;
}

export const apiUrl = () => {
  const url = process.env.DJT_TEST_API_URL;
  if (!url) throw new Error('DJT_TEST_API_URL is not set: run the tests through the root jest config');
  return url;
};
export const today = () => process.env.DJT_TEST_TODAY!;

/** Sends one real GraphQL operation over HTTP. */
export async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; lang?: 'zh-CN' | 'en' } = {},
): Promise<GqlResult<T>> {
  const res = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': opts.lang ?? 'zh-CN',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlResult<T>;
  return {
    ...body,
    status: res.status,
    sqlCount: Number(res.headers.get('x-sql-count') ?? -1),
    db: res.headers.get('x-djt-db') ?? undefined,
  };
}

const tokens = new Map<string, string>();

/** Logs in as a demo account once per test file and returns its bearer token. */
export async function tokenFor(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const r = await gql<{ login: { token: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: DEMO_PASSWORD },
  );
  if (!r.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(r.errors)}`);
  tokens.set(username, r.data.login.token);
  return r.data.login.token;
}

/** A GraphQL client acting as the given demo account. */
export function as(username: string) {
  return async <T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    lang?: 'zh-CN' | 'en',
  ) => gql<T>(query, variables, { token: await tokenFor(username), lang });
}

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
export const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason;

/** Owner connection to the seeded test database, for arranging and checking rows directly. */
export async function withOwner<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: process.env.DJT_TEST_SEEDED_OWNER_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A date in the current month that is not after today, e.g. for a class that has happened. */
export const thisMonthDay = () => today();

/**
 * Sends a dashboard query until it is answered from memory, i.e. in fewer statements than
 * `computed` (at most `tries` times): other suites write in the demo bureaus at the same time,
 * and a write moves the bureau's compliance version between two reads now and then.
 */
export async function fromMemory(send: () => Promise<GqlResult>, computed: number, tries = 5): Promise<GqlResult> {
  let r = await send();
  for (let i = 1; i < tries && r.sqlCount >= computed; i++) r = await send();
  return r;
}

/** The advisory lock of suites that change how many people the second bureau's school has. */
const OTHER_SCHOOL_PEOPLE_LOCK = 727_001;

/**
 * Holds, until `release()`, the lock that serialises suites which add many people to the second
 * bureau's school (the roster import) with suites that depend on its head count (a class's
 * expected audience in the facts property test). Returns the release function.
 */
export async function lockOtherSchoolPeople(): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: process.env.DJT_TEST_SEEDED_OWNER_URL });
  await client.connect();
  await client.query('select pg_advisory_lock($1)', [OTHER_SCHOOL_PEOPLE_LOCK]);
  return async () => {
    await client.query('select pg_advisory_unlock($1)', [OTHER_SCHOOL_PEOPLE_LOCK]).catch(() => undefined);
    await client.end();
  };
}
