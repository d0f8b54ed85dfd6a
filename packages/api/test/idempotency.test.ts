import { apiUrl, DEMO_IDS, today, tokenFor, withOwner } from './harness';

/** A retried create with the same Idempotency-Key returns the first result, never a duplicate. */

const CREATE = `mutation($in: TheoryClassInput!) { createTheoryClass(input: $in) { id topic } }`;
const input = (topic: string) => ({
  schoolId: DEMO_IDS.schoolB,
  date: today(),
  classHours: 1,
  topic,
  kind: 'IDEALS',
  lecturer: '测试',
  audience: 'ALL_STAFF',
  attendance: [],
});

async function create(topic: string, key?: string) {
  const res = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor('schoolb_secretary')}`,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({ query: CREATE, variables: { in: input(topic) } }),
  });
  return (await res.json()) as { data?: { createTheoryClass: { id: string } }; errors?: unknown[] };
}
const count = (topic: string) =>
  withOwner(
    async (c) => (await c.query('select count(*)::int as n from theory_class where topic = $1', [topic])).rows[0].n,
  );

test('a retry with the same key returns the first class; another key creates another', async () => {
  const key = `retry-${Date.now()}`;
  const first = await create('幂等测试一', key);
  const again = await create('幂等测试一', key);
  expect(first.errors).toBeUndefined();
  expect(again.data!.createTheoryClass.id).toBe(first.data!.createTheoryClass.id);
  expect(await count('幂等测试一')).toBe(1);
  await create('幂等测试一', `${key}-other`);
  expect(await count('幂等测试一')).toBe(2);
});

test('concurrent retries with one key create one class', async () => {
  const key = `race-${Date.now()}`;
  const answers = await Promise.all(Array.from({ length: 6 }, () => create('幂等测试二', key)));
  const ids = new Set(answers.map((a) => a.data?.createTheoryClass.id));
  expect(answers.every((a) => !a.errors)).toBe(true);
  expect(ids.size).toBe(1);
  expect(await count('幂等测试二')).toBe(1);
});

test('a failed create releases its key: the corrected retry goes through', async () => {
  const key = `fail-${Date.now()}`;
  const bad = await create('', key);
  expect(bad.errors).toBeDefined();
  const good = await create('幂等测试三', key);
  expect(good.errors).toBeUndefined();
  expect(await count('幂等测试三')).toBe(1);
});
