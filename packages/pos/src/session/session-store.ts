import type { RegisterSession } from '@kassa/contracts';

/** Signed in, or not: then `ended` says whether the store ended the session rather than the associate. */
export type SessionState =
  | { readonly session: RegisterSession }
  | { readonly session: undefined; readonly ended: boolean };

/**
 * The register session of this browser tab. It is kept in sessionStorage, so a reload stays signed in and
 * closing the tab leaves nothing behind; the register's id is kept in localStorage, because a register is
 * a device at a counter and keeps its id from one associate to the next.
 */
export interface SessionStore {
  get(): SessionState;
  subscribe(listener: () => void): () => void;
  signedIn(session: RegisterSession): void;
  /** `ended`: the store ended it (expired, signed out elsewhere), which the sign-in screen says. */
  signedOut(options?: { ended: boolean }): void;
  lastRegisterId(): string;
}

const SESSION = 'kassa.session';
const REGISTER = 'kassa.registerId';

export function sessionStore(storage: { readonly session: Storage; readonly local: Storage }): SessionStore {
  const listeners = new Set<() => void>();
  const saved = storage.session.getItem(SESSION);
  let state: SessionState = saved
    ? { session: JSON.parse(saved) as RegisterSession }
    : { session: undefined, ended: false };
  const change = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signedIn(session) {
      storage.session.setItem(SESSION, JSON.stringify(session));
      storage.local.setItem(REGISTER, session.registerId);
      change({ session });
    },
    signedOut({ ended } = { ended: false }) {
      storage.session.removeItem(SESSION);
      change({ session: undefined, ended });
    },
    lastRegisterId: () => storage.local.getItem(REGISTER) ?? '',
  };
}
