import { expect } from 'vitest';
import type { RunningHq } from './hq-server.ts';

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
type Json = any;
export interface Answer {
  readonly status: number;
  readonly body: Json;
}

/** POST /api/sessions over real HTTP. */
export async function signIn(hq: RunningHq, staffId: string, password: string): Promise<Answer> {
  const response = await fetch(`${hq.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffId, password }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/**
 * Calls the back-office API with a session token (or none); `body` as a string is sent as it is, with
 * `headers` besides (`If-None-Match`).
 */
export function backOfficeClient(hq: RunningHq, token: string | undefined) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const response = await fetch(`${hq.url}/api${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Json) : undefined };
  };
  return {
    get: (path: string) => call('GET', path),
    put: (path: string, body: unknown, headers?: Record<string, string>) => call('PUT', path, body, headers),
    call,
  };
}
export type BackOfficeClient = ReturnType<typeof backOfficeClient>;

/** The back office as HQ-ADMIN (seeded with the backOffice permission), or as whoever is named. */
export async function signedIn(
  hq: RunningHq,
  staffId = 'HQ-ADMIN',
  password = 'admin-password',
): Promise<BackOfficeClient> {
  const session = await signIn(hq, staffId, password);
  expect(session.status, JSON.stringify(session.body)).toBe(201);
  return backOfficeClient(hq, session.body.token as string);
}
