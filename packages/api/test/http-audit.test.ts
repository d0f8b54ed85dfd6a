import { auditServer } from 'graphql-http';
import { apiUrl } from './harness';

/**
 * The GraphQL over HTTP spec's audit (graphql-http): no error and no warning (MUST and SHOULD);
 * the GET-without-preflight findings are left out (we accept GET for queries). The MAY notices
 * are printed, not failed.
 */
test('the API passes the graphql-http audit', async () => {
  const results = await auditServer({ url: `${apiUrl()}/graphql` });
  const problems = results
    .filter((r) => r.status === 'error' || r.status === 'warn')
    .filter((r) => !/GET/.test(r.name))
    .map((r) => `${r.status}: ${r.name}${'reason' in r ? ` (${r.reason})` : ''}`);
  expect(problems).toEqual([]);
});
