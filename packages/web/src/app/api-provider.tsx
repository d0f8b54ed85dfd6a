import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useTranslation } from 'react-i18next';
import { acceptLanguage } from '../i18n';
import { createGraphqlClient } from './graphql-client';

interface ApiControl {
  /** Drop the client and its cache (after login, logout, or a lost session). */
  resetClient: () => void;
}

const ApiControlContext = createContext<ApiControl>({ resetClient: () => undefined });

export function ApiProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [epoch, setEpoch] = useState(0);
  const lang = acceptLanguage(i18n.language);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- epoch is the point: a new client per session
  const client = useMemo(() => createGraphqlClient(lang), [lang, epoch]);
  const resetClient = useCallback(() => setEpoch((e) => e + 1), []);
  const control = useMemo(() => ({ resetClient }), [resetClient]);
  return (
    <ApiControlContext.Provider value={control}>
      <Provider value={client}>{children}</Provider>
    </ApiControlContext.Provider>
  );
}

export function useApiControl(): ApiControl {
  return useContext(ApiControlContext);
}
