import { cacheExchange, createClient, fetchExchange, mapExchange, type Client } from 'urql';
import { getOperationName } from '@urql/core';
import type { DocumentNode } from 'graphql';
import { isSessionLost } from '../lib/errors';
import { publishSessionLost, type SessionLostReason } from '../lib/session-events';

/**
 * One client per (language, session): recreating it on a language switch refetches the
 * server-translated strings (MonthStatus.reason), and on login/logout it drops every cached row
 * of the previous user.
 */
export function createGraphqlClient(acceptLanguage: string): Client {
  return createClient({
    url: '/graphql',
    // POST always: the API's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'include',
      headers: { 'Accept-Language': acceptLanguage },
    }),
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // `me` answers the "am I logged in" question itself; reacting to it would loop.
          if (operation.kind === 'query' && getOperationName(operation.query as DocumentNode) === 'Me') return;
          const lost = error.graphQLErrors.find(isSessionLost);
          if (lost) publishSessionLost(lost.extensions.reason as SessionLostReason);
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
