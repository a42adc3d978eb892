import { kassaServer, uuidv7, webApp } from '@kassa/server-kit';
import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import type { Hq } from './app/hq-context.ts';
import type { HqDatabase } from './db/database.ts';
import { backOfficeRoutes } from './http/back-office-routes.ts';
import { rtsRoutes } from './http/rts-routes.ts';
import { type Scheduler, startScheduler } from './jobs/scheduler.ts';
import type { PaymentConnector } from './payments/payment-connector.ts';
import { testPaymentConnector } from './payments/test-connector.ts';

export interface HqServerOptions {
  readonly database: HqDatabase;
  readonly payments?: PaymentConnector;
  readonly clock?: () => Temporal.Instant;
  readonly newId?: () => string;
  readonly logger?: boolean;
  /** Vite's build of the back office (packages/backoffice/dist), served at `/`; without it HQ serves none. */
  readonly backOfficeDir?: string;
  /**
   * Runs the distribution jobs and the P-job by their schedules every `tickMs` while the server is up;
   * off when absent.
   */
  readonly scheduler?: { readonly tickMs: number };
}

/**
 * HQ's HTTP server: the back office at `/`, its API under `/api`, the real-time service for stores under
 * `/rts`, and the OpenAPI of both at `/docs`. Dependencies are explicit, so tests control the clock and ids.
 */
export async function buildHqServer(options: HqServerOptions): Promise<FastifyInstance> {
  const hq: Hq = {
    database: options.database,
    payments: options.payments ?? testPaymentConnector(),
    clock: options.clock ?? (() => Temporal.Now.instant()),
    newId: options.newId ?? (() => uuidv7()),
  };
  const app = await kassaServer({
    server: 'HQ',
    logger: options.logger ?? false,
    title: 'Kassa HQ',
    description: 'Back-office API and the real-time service (RTS) for stores',
    bearers: { store: '<storeId>:<secret>', staff: 'a back-office session token' },
  });
  await app.register(rtsRoutes(hq), { prefix: '/rts' });
  await app.register(backOfficeRoutes(hq), { prefix: '/api' });
  if (options.backOfficeDir) {
    await app.register(
      webApp({
        root: options.backOfficeDir,
        serverPaths: ['/api', '/docs', '/rts'],
        notBuilt:
          'The back office is not built. Build it at the root of the Kassa repository with `npm run build` ' +
          '(`npm start` and `npm test` build it too), then reload this page.',
      }),
    );
  }
  const { scheduler: schedule } = options;
  if (schedule) {
    let scheduler: Scheduler | undefined;
    app.addHook('onReady', async () => {
      scheduler = startScheduler(hq, {
        tickMs: schedule.tickMs,
        onError: (error) => app.log.error({ err: error }, 'scheduled jobs failed'),
      });
    });
    app.addHook('onClose', async () => scheduler?.stop());
  }
  return app;
}
