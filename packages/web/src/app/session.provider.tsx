import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { homeOrg, type Actor } from '@djt/shared';
import { actorFromMe } from '../lib/actor';
import { isSessionLost } from '../lib/errors';
import { onSessionLost, type SessionLostReason } from '../lib/session-events';
import { useApiControl } from './api-provider';
import {
  complianceQuery,
  dashboardVariables,
  markComparisonPrefetched,
} from '../modules/comparison/comparison.operations';
import { logoutMutation, meQuery } from './session.operations';

export type Me = NonNullable<ResultOf<typeof meQuery>['me']>;
export type MeRole = Me['roles'][number];
/** One of the bureau's rule settings (key '<rule id>.<name>', its value, default and range). */
export type MeSetting = Me['settings'][number];

/** A numeric rule setting of the bureau, by key ('<rule id>.<name>'); null if unknown. */
export function settingNumber(settings: readonly MeSetting[], key: string): number | null {
  const v = settings.find((s) => s.key === key)?.value;
  return typeof v === 'number' ? v : null;
}

interface SessionState {
  /** True until the first answer to `me`. */
  loading: boolean;
  me: Me | null;
  actor: Actor | null;
  /** The role the user lands on (their highest organisation). */
  home: MeRole | null;
  /** The bureau's rule settings, as `me.settings` lists them. */
  settings: readonly MeSetting[];
  /** `me.today`: the bureau's date, authoritative for pending/future decisions. */
  today: string;
  /** Why the user was sent back to the login page, shown there once. */
  notice: SessionLostReason | null;
  clearNotice: () => void;
  /** Error of the `me` query other than "not logged in" (network down, server error). */
  error: CombinedError | undefined;
  afterLogin: () => void;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
const NO_SETTINGS: readonly MeSetting[] = [];

export function SessionProvider({ children }: { children: ReactNode }) {
  const { resetClient } = useApiControl();
  const [{ data, fetching, error, stale }] = useQuery({ query: meQuery, requestPolicy: 'network-only' });
  const [, runLogout] = useMutation(logoutMutation);
  const [notice, setNotice] = useState<SessionLostReason | null>(null);

  useEffect(
    () =>
      onSessionLost((reason) => {
        setNotice(reason);
        // A new client re-asks `me`, which now answers null, and the route guard sends the user to login.
        resetClient();
      }),
    [resetClient],
  );

  const meLost = !!error?.graphQLErrors.some(isSessionLost);
  const me = meLost ? null : (data?.me ?? null);

  const afterLogin = useCallback(() => {
    setNotice(null);
    resetClient();
  }, [resetClient]);

  const logout = useCallback(async () => {
    await runLogout({});
    setNotice(null);
    resetClient();
  }, [runLogout, resetClient]);

  // A bureau or district user lands on a dashboard whose data takes longest to come: ask for it
  // as soon as `me` names the home organisation, while the page's code is still downloading.
  // The page's own query (same document and variables) is served by or deduplicated with this.
  const client = useClient();
  const homeOrgRef = me ? homeOrg(actorFromMe(me))?.org : undefined;
  const dashboardScope = homeOrgRef && homeOrgRef.level !== 'SCHOOL' ? homeOrgRef.id : null;
  useEffect(() => {
    if (!dashboardScope) return;
    markComparisonPrefetched(dashboardScope);
    void client.query(complianceQuery, dashboardVariables(dashboardScope)).toPromise();
  }, [client, dashboardScope]);

  const value = useMemo<SessionState>(() => {
    const actor = me ? actorFromMe(me) : null;
    const home = me && actor ? (me.roles.find((r) => r.organisation.id === homeOrg(actor)?.org.id) ?? null) : null;
    return {
      loading: (fetching || stale) && !data && !error,
      me,
      actor,
      home,
      settings: me?.settings ?? NO_SETTINGS,
      today: me?.today ?? new Date().toISOString().slice(0, 10),
      notice,
      clearNotice: () => setNotice(null),
      error: meLost ? undefined : error,
      afterLogin,
      logout,
    };
  }, [me, fetching, stale, data, error, meLost, notice, afterLogin, logout]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
