import { kassaServer, uuidv7, webApp } from '@kassa/server-kit';
import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import type { Store } from './app/store-context.ts';
import type { ChannelDatabase } from './db/database.ts';
import { HQ_PROBE_TIMEOUT_MS, hqProbe } from './hq/hq-probe.ts';
import { rtsClient } from './hq/rts-client.ts';
import { distributionRoutes } from './http/distribution-routes.ts';
import { posRoutes } from './http/pos-routes.ts';
import { transactionRoutes } from './http/transaction-routes.ts';

export interface StoreServerOptions {
  readonly database: ChannelDatabase;
  /** Which store this server is (a location id at HQ). */
  readonly storeId: string;
  /** The store's credential: HQ presents it as `Bearer <storeId>:<secret>` (R-SEC-4). */
  readonly secret: string;
  /** Where HQ's real-time service answers. */
  readonly hqUrl: string;
  /** How long a register waits for HQ before it is told HQ cannot be reached. */
  readonly hqTimeoutMs?: number;
  /** Vite's build of the POS (packages/pos/dist), served at `/`; without it the store serves no POS. */
  readonly posDir?: string;
  readonly clock?: () => Temporal.Instant;
  readonly newId?: () => string;
  readonly logger?: boolean;
}

/**
 * The store server of one store: the POS web app at `/`, its API under `/api` and the endpoints HQ's
 * distribution jobs and P-job call under `/jobs`, with the OpenAPI at `/docs`. Dependencies are explicit,
 * so tests control the clock.
 */
export async function buildStoreServer(options: StoreServerOptions): Promise<FastifyInstance> {
  const hq = { hqUrl: options.hqUrl, storeId: options.storeId, secret: options.secret };
  const store: Store = {
    storeId: options.storeId,
    secret: options.secret,
    database: options.database,
    rts: rtsClient({ ...hq, ...(options.hqTimeoutMs ? { timeoutMs: options.hqTimeoutMs } : {}) }),
    clock: options.clock ?? (() => Temporal.Now.instant()),
    newId: options.newId ?? (() => uuidv7()),
  };
  const app = await kassaServer({
    server: 'the store server',
    logger: options.logger ?? false,
    title: `Kassa store ${options.storeId}`,
    description:
      'The store server: the POS API (sessions, catalog, carts, orders through HQ, receipts) and the endpoints of the distribution jobs and the P-job HQ runs',
    bearers: { hq: '<storeId>:<secret>, the store credential', register: 'the token of POST /api/sessions' },
  });
  await app.register(distributionRoutes(store), { prefix: '/jobs' });
  await app.register(transactionRoutes(store), { prefix: '/jobs' });
  await app.register(posRoutes(store, hqProbe(rtsClient({ ...hq, timeoutMs: HQ_PROBE_TIMEOUT_MS }))), {
    prefix: '/api',
  });
  if (options.posDir) {
    await app.register(
      webApp({
        root: options.posDir,
        serverPaths: ['/api', '/docs', '/jobs'],
        notBuilt:
          'The POS of this store is not built. Build it at the root of the Kassa repository with `npm run build` ' +
          '(`npm start` and `npm test` build it too), then reload this page.',
      }),
    );
  }
  return app;
}
