import type { Session } from '@kassa/contracts';
import {
  type AppServices,
  AppServicesProvider,
  useAppServices,
  useAppSession,
} from '@kassa/web-kit/services.tsx';
import type { ReactNode } from 'react';

/** What the screens depend on: HQ's back-office API (`/api`) and the back-office session. */
export type Services = AppServices<Session>;

/** Takes this app's services only, so that useServices may read them back as such. */
export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <AppServicesProvider services={services}>{children}</AppServicesProvider>;
}

export const useServices = () => useAppServices<Services>();
export const useSession = () => useAppSession<Session>();
