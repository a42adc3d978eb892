import { errorReplies, StoreTransactionPage, StoreTransactionsQuery } from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOutbox } from '../app/list-outbox.ts';
import type { Store } from '../app/store-context.ts';
import { hqAuthenticator } from './auth.ts';

/** The P-job's side at the store (R-ASY-3): HQ pulls the outbox after the last sequence it staged. */
export function transactionRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const authenticate = hqAuthenticator(store);
    app.addHook('onRequest', async (request, reply) => {
      await authenticate(request, reply);
      return reply.sent ? reply : undefined;
    });

    app.get(
      '/transactions',
      {
        schema: {
          tags: ['Jobs: P-job'],
          security: [{ hq: [] }],
          summary:
            'The store transactions after sequence `after`, in order, up to `limit`; `more` says whether more follow. ' +
            'Reading removes nothing: HQ asks again after its own watermark',
          querystring: StoreTransactionsQuery,
          response: { 200: StoreTransactionPage, ...errorReplies(400, 401) },
        },
        // The schema documents the page; rows go out as written so HQ, which checks every row against the
        // contract, can refuse a malformed one by name (see listOutbox) rather than get a bare 500.
        serializerCompiler: () => (data) => JSON.stringify(data),
      },
      async (request) => listOutbox(store.database.db, store.storeId, request.query),
    );
  };
}
