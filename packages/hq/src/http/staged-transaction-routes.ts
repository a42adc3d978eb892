import {
  errorReplies,
  StagedTransaction,
  StagedTransactionPage,
  StagedTransactionStatus,
  StoreTransactionPayload,
} from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { correctStagedTransaction } from '../app/async-orders/correct-staged-transaction.ts';
import {
  getStagedTransaction,
  listStagedTransactions,
} from '../app/async-orders/list-staged-transactions.ts';
import { isFailure } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';

/** The staged store transactions (R-ASY-4): what the P-job pulled and where Synchronize orders stands. */
export function stagedTransactionRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/staged-transactions',
      {
        schema: {
          tags: ['Back office: batch jobs'],
          summary:
            'Staged transactions by store and sequence, with their status and the reason of a failure; ' +
            'the next page continues `after` the `next` of this one',
          querystring: z.object({
            status: StagedTransactionStatus.optional(),
            storeId: z.string().min(1).max(64).optional(),
            after: z
              .string()
              .min(1)
              .max(200)
              .optional()
              .describe('the transaction id a page continues after'),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: {
            200: StagedTransactionPage,
            ...errorReplies(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const list = await listStagedTransactions(hq.database.db, request.query);
        return isFailure(list) ? sendFailure(reply, list) : list;
      },
    );

    const Params = z.object({ transactionId: z.string().min(1).max(200) });
    const reply200 = { 200: StagedTransaction, ...errorReplies(400, 401, 403, 404, 422) };
    const tags = ['Back office: batch jobs'];

    app.get(
      '/staged-transactions/:transactionId',
      {
        schema: {
          tags,
          summary: 'One staged transaction, to look at a failed one before correcting it',
          params: Params,
          response: { 200: StagedTransaction, ...errorReplies(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const found = await getStagedTransaction(hq.database.db, request.params.transactionId);
        return isFailure(found) ? sendFailure(reply, found) : found;
      },
    );
    const correct = (transactionId: string, change: Parameters<typeof correctStagedTransaction>[2]) =>
      correctStagedTransaction(hq, transactionId, change, hq.clock());

    app.post(
      '/staged-transactions/:transactionId/edit',
      {
        schema: {
          tags,
          summary:
            'Open a failed staged transaction for correction: Synchronize orders leaves it alone meanwhile',
          params: Params,
          response: reply200,
        },
      },
      async (request, reply) => {
        const edited = await correct(request.params.transactionId, { to: 'editing' });
        return isFailure(edited) ? sendFailure(reply, edited) : edited;
      },
    );

    app.put(
      '/staged-transactions/:transactionId',
      {
        schema: {
          tags,
          summary:
            'Save the corrected order of a staged transaction being edited and hand it back to Synchronize orders ' +
            '(it keeps its order id and confirmation number)',
          params: Params,
          body: z.object({ payload: StoreTransactionPayload }),
          response: reply200,
        },
      },
      async (request, reply) => {
        const saved = await correct(request.params.transactionId, {
          to: 'pending',
          payload: request.body.payload,
        });
        return isFailure(saved) ? sendFailure(reply, saved) : saved;
      },
    );

    app.post(
      '/staged-transactions/:transactionId/retry',
      {
        schema: {
          tags,
          summary:
            'Hand a failed staged transaction back to Synchronize orders as it is, once its cause went away',
          params: Params,
          response: reply200,
        },
      },
      async (request, reply) => {
        const retried = await correct(request.params.transactionId, { to: 'pending' });
        return isFailure(retried) ? sendFailure(reply, retried) : retried;
      },
    );
  };
}
