import { Code, ErrorReply, Receipt } from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isFailure } from '../app/failure.ts';
import { loadReceipt } from '../app/receipts/receipt-records.ts';
import { renderReceiptHtml } from '../app/receipts/render-receipt-html.ts';
import type { Store } from '../app/store-context.ts';
import { sendRefusal, sessionGuard } from './session-guard.ts';

const tags = ['POS: receipts'];
const security = [{ register: [] }];
const ReceiptParams = z.object({ receiptId: Code });

/** R-RCP-1: the receipts this store printed, as data and as a printable page in English or Dutch. */
export function receiptRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);

    app.get(
      '/receipts/:receiptId',
      {
        schema: {
          tags,
          security,
          summary: 'A receipt of a create, pickup, cancel or return',
          params: ReceiptParams,
          response: { 200: Receipt, 401: ErrorReply, 404: ErrorReply },
        },
      },
      async (request, reply) => {
        const receipt = await loadReceipt(store.database.db, request.params.receiptId);
        return isFailure(receipt) ? sendRefusal(reply, receipt) : receipt;
      },
    );

    app.get(
      '/receipts/:receiptId/html',
      {
        schema: {
          tags,
          security,
          summary: 'The receipt as a printable page (80 mm), in English or Dutch',
          params: ReceiptParams,
          querystring: z.object({ language: z.enum(['en', 'nl']).default('en') }),
          response: { 200: z.string(), 401: ErrorReply, 404: ErrorReply },
        },
      },
      async (request, reply) => {
        const receipt = await loadReceipt(store.database.db, request.params.receiptId);
        if (isFailure(receipt)) return sendRefusal(reply, receipt);
        return reply
          .type('text/html; charset=utf-8')
          .send(renderReceiptHtml(receipt, request.query.language));
      },
    );
  };
}
