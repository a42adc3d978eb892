import type { RegisterSession } from '@kassa/contracts';
import type { ReactNode } from 'react';
import { ConnectionBanner } from './connection-banner.tsx';
import { RegisterHeader } from './register-header.tsx';
import { useStoreStatus } from './use-store-status.ts';

/** Around every screen of a signed-in register: the header and, when a connection is down, the banner. */
export function RegisterShell({ session, children }: { session: RegisterSession; children: ReactNode }) {
  const status = useStoreStatus();
  return (
    <>
      <RegisterHeader session={session} status={status.data} />
      <ConnectionBanner status={status} />
      {children}
    </>
  );
}
