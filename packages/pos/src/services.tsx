import type { RegisterSession } from '@kassa/contracts';
import {
  type AppServices,
  AppServicesProvider,
  useAppServices,
  useAppSession,
} from '@kassa/web-kit/services.tsx';
import type { ReactNode } from 'react';
import type { SessionStore } from './session/session-store.ts';

/** What the screens depend on: the store's API (`/api`) and the register session, which keeps the register's id. */
export interface Services extends AppServices<RegisterSession> {
  readonly session: SessionStore;
}

/** Takes this app's services only, so that useServices may read them back as such. */
export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <AppServicesProvider services={services}>{children}</AppServicesProvider>;
}

export const useServices = () => useAppServices<Services>();
export const useSession = () => useAppSession<RegisterSession>();
