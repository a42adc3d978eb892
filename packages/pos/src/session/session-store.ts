import type { RegisterSession } from '@kassa/contracts';
import {
  type SessionState as AppSessionState,
  type SessionStore as AppSessionStore,
  sessionStore as appSessionStore,
} from '@kassa/web-kit/session/session-store.ts';

/** Signed in, or not: then `ended` says whether the store ended the session rather than the associate. */
export type SessionState = AppSessionState<RegisterSession>;

/**
 * The register session of this browser tab (kept in sessionStorage, so a reload stays signed in and
 * closing the tab leaves nothing behind); the register's id is kept in localStorage, because a register is
 * a device at a counter and keeps its id from one associate to the next.
 */
export interface SessionStore extends AppSessionStore<RegisterSession> {
  lastRegisterId(): string;
}

const SESSION = 'kassa.session';
const REGISTER = 'kassa.registerId';

export function sessionStore(storage: { readonly session: Storage; readonly local: Storage }): SessionStore {
  const sessions = appSessionStore<RegisterSession>(storage.session, SESSION);
  return {
    ...sessions,
    signedIn(session) {
      storage.local.setItem(REGISTER, session.registerId);
      sessions.signedIn(session);
    },
    lastRegisterId: () => storage.local.getItem(REGISTER) ?? '',
  };
}
