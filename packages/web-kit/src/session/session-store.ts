/** Signed in, or not: then `ended` says whether the server ended the session rather than the user. */
export type SessionState<Session> =
  | { readonly session: Session }
  | { readonly session: undefined; readonly ended: boolean };

/**
 * The session of this browser tab, kept in sessionStorage under `key`: a reload stays signed in, and
 * closing the tab leaves nothing behind. Screens follow it through `subscribe` (useSyncExternalStore).
 */
export interface SessionStore<Session> {
  get(): SessionState<Session>;
  subscribe(listener: () => void): () => void;
  signedIn(session: Session): void;
  /** `ended`: the server ended it (expired, signed out elsewhere), which the sign-in screen says. */
  signedOut(options?: { ended: boolean }): void;
}

export function sessionStore<Session>(storage: Storage, key: string): SessionStore<Session> {
  const listeners = new Set<() => void>();
  const saved = storage.getItem(key);
  let state: SessionState<Session> = saved
    ? { session: JSON.parse(saved) as Session }
    : { session: undefined, ended: false };
  const change = (next: SessionState<Session>) => {
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
      storage.setItem(key, JSON.stringify(session));
      change({ session });
    },
    signedOut({ ended } = { ended: false }) {
      storage.removeItem(key);
      change({ session: undefined, ended });
    },
  };
}
