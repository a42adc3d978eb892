import { apiErrorOf, serverUnreachable } from './api-error.ts';

/**
 * The server's API for its web app (`/api`): the store's for the POS, HQ's for the back office. A POST takes the Idempotency-Key of the user action it carries out, so a
 * retry of that action cannot do it twice (see action-key.ts). Failures are thrown as ApiError.
 */
export interface ApiClient {
  get<T>(path: string): Promise<T>;
  /** A page the store renders (a receipt's HTML), as text. */
  getText(path: string): Promise<string>;
  post<T>(path: string, body: unknown, idempotencyKey: string): Promise<T>;
  /** Replaces the resource at `path` with `body`: doing it twice is doing it once, so it needs no key. */
  put<T>(path: string, body: unknown, options?: PutOptions): Promise<T>;
  delete(path: string): Promise<void>;
}

export interface PutOptions {
  /**
   * `*`: create only (`If-None-Match: *`, RFC 9110). The server answers 412 and changes nothing when the
   * resource exists, so two people creating the same key at once cannot overwrite each other.
   */
  readonly ifNoneMatch?: '*';
}

export interface ApiClientOptions {
  /** `/api` in the browser, where the server serves the app; a full URL elsewhere. */
  readonly baseUrl: string;
  /** The session's token, sent as Bearer while someone is signed in. */
  readonly token: () => string | undefined;
  /** The store answered 401 to a signed-in call: the session expired or was ended elsewhere. */
  readonly onSessionEnded: () => void;
  readonly fetch?: typeof fetch;
}

export function apiClient({
  baseUrl,
  token,
  onSessionEnded,
  fetch: send = (...args) => fetch(...args),
}: ApiClientOptions): ApiClient {
  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
    accept: 'json' | 'text' = 'json',
    ifNoneMatch?: '*',
  ): Promise<T> {
    const bearer = token();
    const headers: Record<string, string> = { accept: accept === 'json' ? 'application/json' : 'text/html' };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
    let response: Response;
    try {
      response = await send(`${baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw serverUnreachable(error);
    }
    if (!response.ok) {
      const error = await apiErrorOf(response);
      // Without a token a 401 is a refused sign-in, which the sign-in form shows; a refused manager
      // override (R-SEC-2) is the manager's wrong password, and the user stays signed in.
      if (error.status === 401 && bearer && !error.field?.startsWith('managerOverride')) onSessionEnded();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    if (accept === 'text') return (await response.text()) as T;
    return (await response.json()) as T;
  }

  return {
    get: (path) => call('GET', path),
    getText: (path) => call<string>('GET', path, undefined, undefined, 'text'),
    post: (path, body, idempotencyKey) => call('POST', path, body, idempotencyKey),
    put: (path, body, options) => call('PUT', path, body, undefined, 'json', options?.ifNoneMatch),
    delete: (path) => call('DELETE', path),
  };
}
