import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { ApiClient } from './api/api-client.ts';
import type { SessionState, SessionStore } from './session/session-store.ts';

/**
 * What every app's screens depend on, given once at the top (STYLE.md 10) instead of imported as
 * singletons: its server's API and the session of this tab. An app extends it with what only it has.
 */
export interface AppServices<Session> {
  readonly api: ApiClient;
  readonly session: SessionStore<Session>;
}

const ServicesContext = createContext<AppServices<unknown> | null>(null);

export function AppServicesProvider<Session>({
  services,
  children,
}: {
  services: AppServices<Session>;
  children: ReactNode;
}) {
  return <ServicesContext value={services}>{children}</ServicesContext>;
}

/**
 * The services given at the top. A page runs one app, whose own ServicesProvider takes only its own
 * `Services` and whose `useServices` reads them back as such: that is what makes the cast hold.
 */
export function useAppServices<Services extends AppServices<unknown>>(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices is used outside ServicesProvider');
  return services as Services;
}

/** The session of this tab, following sign-in and sign-out. */
export function useAppSession<Session>(): SessionState<Session> {
  const { session } = useAppServices<AppServices<Session>>();
  return useSyncExternalStore(session.subscribe, session.get);
}
