import { apiUrl, as, codeOf, DEMO_IDS, gql, reasonOf, today, withOwner } from './harness';

/** Hostile input found from outside the suite (issue "Production hardening"): each must be a clear refusal. */

async function post(body: string, accept = 'application/graphql-response+json') {
  const res = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body,
  });
  return { status: res.status, body: (await res.json()) as { errors?: { extensions?: { code?: string } }[] } };
}

const secretary = as('schoolb_secretary');
const CREATE = `mutation($in: TheoryClassInput!) { createTheoryClass(input: $in) { id } }`;
const input = (over: Record<string, unknown>) => ({
  schoolId: DEMO_IDS.schoolB,
  date: today(),
  classHours: 1,
  topic: '恶意输入测试',
  kind: 'IDEALS',
  lecturer: '测试',
  audience: 'ALL_STAFF',
  attendance: [],
  ...over,
});

describe('hostile input never reaches a 500', () => {
  test.each(['{', '   ', 'query { me { userId } ', `{ ${'me { userId } '.repeat(400)} }`])(
    'a query that does not parse (%#) is a 400 BAD_USER_INPUT',
    async (query) => {
      const r = await post(JSON.stringify({ query }));
      expect([r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
      // A client that accepts only application/json gets 200 and reads the errors (GraphQL over HTTP).
      const legacy = await post(JSON.stringify({ query }), 'application/json');
      expect([legacy.status, legacy.body.errors?.[0]?.extensions?.code]).toEqual([200, 'BAD_USER_INPUT']);
    },
  );

  test('a NUL character in any text is BAD_USER_INPUT, logged in or not, variables or literals', async () => {
    const anonymous = await gql(`mutation { login(username: "x\\u0000y", password: "x") { token } }`);
    expect([codeOf(anonymous), reasonOf(anonymous)]).toEqual(['BAD_USER_INPUT', 'TEXT_INVALID']);
    const search = await secretary(`query($s: ID!, $q: String) { people(schoolId: $s, search: $q) { total } }`, {
      s: DEMO_IDS.schoolB,
      q: '\u0000',
    });
    expect(reasonOf(search)).toBe('TEXT_INVALID');
    for (const field of ['topic', 'lecturer'])
      expect(reasonOf(await secretary(CREATE, { in: input({ [field]: 'a\u0000b' }) }))).toBe('TEXT_INVALID');
  });

  test('a lone surrogate is BAD_USER_INPUT, and nothing is written', async () => {
    const r = await secretary(CREATE, { in: input({ topic: '恶意\ud800' }) });
    expect([codeOf(r), reasonOf(r)]).toEqual(['BAD_USER_INPUT', 'TEXT_INVALID']);
    const n = await withOwner(
      async (c) => (await c.query(`select count(*)::int as n from theory_class where topic like '恶意%'`)).rows[0].n,
    );
    expect(n).toBe(0);
  });

  test('a zero-width-only topic is an empty topic', async () => {
    expect(reasonOf(await secretary(CREATE, { in: input({ topic: '\u200b\u200b' }) }))).toBe('TOPIC_REQUIRED');
  });

  test('months outside 2000–2100 are refused, not answered with malformed keys', async () => {
    for (const fromMonth of ['0000-01', '0001-01', '9999-12']) {
      const r = await secretary(`query($s: ID!, $m: String) { theoryClasses(schoolId: $s, fromMonth: $m) { total } }`, {
        s: DEMO_IDS.schoolB,
        m: fromMonth,
      });
      expect([fromMonth, reasonOf(r)]).toEqual([fromMonth, 'INVALID_YEAR']);
    }
    const c = await as('bureau_admin')(`query($id: ID!) { compliance(scopeId: $id, from: "9999-12") { from } }`, {
      id: DEMO_IDS.bureau,
    });
    expect(reasonOf(c)).toBe('INVALID_YEAR');
  });

  test('a free-text search is limited', async () => {
    const r = await secretary(`query($s: ID!, $q: String) { people(schoolId: $s, search: $q) { total } }`, {
      s: DEMO_IDS.schoolB,
      q: '%'.repeat(900_000),
    });
    expect(reasonOf(r)).toBe('SEARCH_TOO_LONG');
  });
});

describe('races', () => {
  test('of ten concurrent deletes of one class exactly one succeeds, with one audit entry', async () => {
    const created = await secretary(CREATE, { in: input({ topic: '并发删除' }) });
    const id = created.data!.createTheoryClass.id as string;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => secretary(`mutation($id: ID!) { deleteTheoryClass(id: $id) }`, { id })),
    );
    const ok = results.filter((r) => r.data?.deleteTheoryClass === id).length;
    const notFound = results.filter((r) => codeOf(r) === 'NOT_FOUND').length;
    expect([ok, notFound]).toEqual([1, 9]);
    const audit = await withOwner(
      async (c) =>
        (
          await c.query(
            `select count(*)::int as n from audit_log where entity = 'theory_class' and entity_id = $1 and action = 'delete'`,
            [id],
          )
        ).rows[0].n,
    );
    expect(audit).toBe(1);
  });
});

describe("Apollo's own request errors have stable codes", () => {
  const hash = 'a'.repeat(64);
  test.each([
    [
      'an unknown persisted-query hash',
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    [
      'a hash that does not match the query',
      { query: '{ me { userId } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      'BAD_USER_INPUT',
    ],
    [
      'two operations and no operationName',
      { query: 'query A { me { userId } } query B { me { userId } }' },
      'BAD_USER_INPUT',
    ],
    [
      'an operationName that names no operation',
      { query: 'query A { me { userId } }', operationName: 'B' },
      'BAD_USER_INPUT',
    ],
    ['a subscription over POST', { query: 'subscription { me { userId } }' }, 'BAD_USER_INPUT'],
  ])('%s', async (_name, body, code) => {
    const r = await post(JSON.stringify(body));
    expect(r.status).toBeLessThan(500);
    expect(r.body.errors?.[0]?.extensions?.code).toBe(code);
  });
});
