import type { Failure as ExpectedFailure } from '@kassa/server-kit';
import { type Failure, fail, type RelayedFailure } from '../app/failure.ts';

export interface RtsAnswer<T> {
  readonly ok: true;
  readonly status: number;
  readonly body: T;
}

/** How the store server talks to HQ's real-time service (SPEC §1): as itself, signed (R-SEC-4). */
export interface RtsClient {
  get<T>(path: string, query?: Readonly<Record<string, string | number | undefined>>): Promise<RtsResult<T>>;
  post<T>(
    path: string,
    body: unknown,
    options: { readonly idempotencyKey?: string; readonly preview?: boolean },
  ): Promise<RtsResult<T>>;
}
export type RtsResult<T> = RtsAnswer<T> | Failure;

export interface RtsClientOptions {
  readonly hqUrl: string;
  readonly storeId: string;
  readonly secret: string;
  /** How long the register waits for HQ before it says HQ cannot be reached. */
  readonly timeoutMs?: number;
}

/**
 * The RTS over HTTP. HQ's refusals come back as they are; HQ down, slow or failing becomes one clear
 * `HQ_UNREACHABLE` (R-ASY-1): nothing the store holds is lost, and a retry with the same idempotency key
 * cannot do anything twice at HQ, whether or not the first call got there.
 */
export function rtsClient({ hqUrl, storeId, secret, timeoutMs = 15_000 }: RtsClientOptions): RtsClient {
  const authorization = `Bearer ${storeId}:${secret}`;

  async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown, key?: string) {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(key ? { 'idempotency-key': key } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError'
          ? 'did not answer in time'
          : 'cannot be reached';
      return unreachable(`HQ ${reason}`);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      return unreachable(`HQ answered ${response.status} without JSON`);
    }
    if (response.ok) return { ok: true, status: response.status, body: parsed as T } as const;
    if (response.status >= 500) return unreachable(`HQ failed (${response.status})`);
    return relayed(response.status, parsed);
  }

  return {
    get: (path, query = {}) => {
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(query))
        if (value !== undefined) search.set(name, String(value));
      const suffix = search.size > 0 ? `?${search}` : '';
      return call('GET', `${hqUrl}/rts${path}${suffix}`);
    },
    post: (path, body, options) =>
      call(
        'POST',
        `${hqUrl}/rts${path}${options.preview ? '?preview=true' : ''}`,
        body,
        options.idempotencyKey,
      ),
  };
}

function unreachable(what: string): Failure {
  return fail(
    'HQ_UNREACHABLE',
    `${what}: nothing is lost here, try again in a moment (a retry charges nothing twice) (R-ASY-1)`,
    { rule: 'R-ASY-1' },
  );
}

function relayed(status: number, body: unknown): RelayedFailure {
  const reply = (typeof body === 'object' && body !== null ? body : {}) as Partial<ExpectedFailure>;
  return {
    ok: false,
    relayedFrom: 'HQ',
    status,
    code: typeof reply.code === 'string' ? reply.code : 'HQ_REFUSED',
    message: typeof reply.message === 'string' ? reply.message : `HQ refused (${status})`,
    ...(typeof reply.rule === 'string' ? { rule: reply.rule } : {}),
    ...(typeof reply.field === 'string' ? { field: reply.field } : {}),
    ...(reply.details && typeof reply.details === 'object' ? { details: reply.details } : {}),
    ...(typeof reply.permission === 'string' ? { permission: reply.permission } : {}),
  };
}
