import { useSyncExternalStore } from 'react';

/**
 * An app's screens are addresses (`/orders/SO-000123`), so a reload, the browser's Back and a bookmark
 * all land where the user was. The server serves index.html for any such path.
 */
export interface Location {
  readonly pathname: string;
  readonly search: URLSearchParams;
}

const listeners = new Set<() => void>();
// Read at first use, not at import: a module that imports matchPath alone (a unit test) has no window.
let current: Location | undefined;

function read(): Location {
  return { pathname: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

function changed(): void {
  current = read();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', changed);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', changed);
  };
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, () => {
    current ??= read();
    return current;
  });
}

/** Goes to `path` (with its query); `replace` when the step should not be one for Back. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  changed();
}

/**
 * Matches a path against a pattern with `:name` segments (`/orders/:orderId`); answers the decoded
 * parameters, or undefined when it does not match.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const wanted = pattern.split('/').filter(Boolean);
  const given = pathname.split('/').filter(Boolean);
  if (wanted.length !== given.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of wanted.entries()) {
    const value = given[index] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}
