import type { Session } from '@kassa/contracts';
import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import type { SessionState, SessionStore } from '@kassa/web-kit/session/session-store.ts';
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';

/** What the screens depend on, given once at the top (STYLE.md 10) instead of imported as singletons. */
export interface Services {
  /** HQ's back-office API (`/api`). */
  readonly api: ApiClient;
  readonly session: SessionStore<Session>;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext value={services}>{children}</ServicesContext>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices is used outside ServicesProvider');
  return services;
}

export function useSession(): SessionState<Session> {
  const { session } = useServices();
  return useSyncExternalStore(session.subscribe, session.get);
}
