import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { testPaymentConnector } from '../src/payments/test-connector.ts';
import { buildHqServer, type HqServerOptions } from '../src/server.ts';
import type { TestDatabase, TestEngine } from './engines.ts';
import { CASHIER, MANAGER, SECRETS, seedMasterData } from './seed.ts';

export interface RunningHq {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly payments: ReturnType<typeof testPaymentConnector>;
  /** Moves HQ's clock. */
  setNow(iso: string): void;
  close(): Promise<void>;
}

/** A real HQ server on an ephemeral port over a fresh, seeded database of the given engine. */
export async function startHq(
  engine: TestEngine,
  {
    now = '2026-11-27T10:00:00Z',
    scheduler,
    backOfficeDir,
  }: { now?: string; scheduler?: HqServerOptions['scheduler']; backOfficeDir?: string } = {},
): Promise<RunningHq> {
  const database = await engine.create();
  await seedMasterData(database.db);
  let instant = Temporal.Instant.from(now);
  const payments = testPaymentConnector();
  const app = await buildHqServer({
    database,
    payments,
    clock: () => instant,
    ...(scheduler ? { scheduler } : {}),
    ...(backOfficeDir ? { backOfficeDir } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    database,
    payments,
    setNow: (iso) => {
      instant = Temporal.Instant.from(iso);
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export const cashier = { staffId: 'S01-CASHIER', registerId: 'R1', permissions: [...CASHIER] };
export const manager = { staffId: 'S01-MANAGER', registerId: 'R1', permissions: [...MANAGER] };

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
type Json = any;

let keys = 0;
/** A fresh idempotency key. */
export const newKey = () => `test-key-${Date.now()}-${++keys}`;

/** Calls HQ as a store would, over real HTTP. */
export function storeClient(hq: RunningHq, storeId: keyof typeof SECRETS) {
  const headers = {
    authorization: `Bearer ${storeId}:${SECRETS[storeId]}`,
    'content-type': 'application/json',
  };
  return {
    async get(path: string) {
      const response = await fetch(`${hq.url}/rts${path}`, { headers });
      return { status: response.status, body: (await response.json()) as Json };
    },
    async post(
      path: string,
      body: unknown,
      { key = newKey(), preview = false }: { key?: string | null; preview?: boolean } = {},
    ) {
      const response = await fetch(`${hq.url}/rts${path}${preview ? '?preview=true' : ''}`, {
        method: 'POST',
        headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Json };
    },
  };
}
