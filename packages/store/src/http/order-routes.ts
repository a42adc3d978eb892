import {
  Code,
  errorReplies,
  FindOrdersQuery,
  FindOrdersReply,
  PreviewQuery,
  RtsOrder,
  StoreOperationReply,
  StoreOrderRequests,
} from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isFailure } from '../app/failure.ts';
import { findOrders, getOrder } from '../app/orders/read-orders.ts';
import { ORDER_OPERATIONS, type StoreOrderOperation } from '../app/orders/relay-order-operation.ts';
import { type OrderOperationRequest, runOrderOperation } from '../app/orders/run-order-operation.ts';
import type { Store } from '../app/store-context.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';
import { sendRefusal, sessionGuard } from './session-guard.ts';

const tags = ['POS: orders'];
const security = [{ register: [] }];
const OrderParams = z.object({ orderId: Code });
const errors = errorReplies(400, 401, 402, 403, 404, 409, 422, 429, 503);

const SUMMARIES: Record<StoreOrderOperation, string> = {
  edit: 'Edit an order (R-EDT-1..4)',
  pick: 'Mark units picked (R-PCK-1)',
  pack: 'Mark units packed (R-PCK-1)',
  pickUp: 'Pick up lines at this store, partly or wholly, paying what is due (R-PCK-2..4); gives a receipt',
  cancel:
    'Cancel with the cancellation charge, adjustable with permission, and the refund (R-CAN-1..3); gives a receipt',
  return:
    'Return against an invoice with a reason and a shipping refund; a manager approves above the threshold (R-RET-1..4); gives a receipt',
  convert: 'Convert a quote into a customer order (R-CRE-5)',
};

/**
 * Orders, which live at HQ (sync mode, R-ASY-1): found and read through RTS, and every operation sent
 * there and waited for; an order this store made itself is read, picked up and cancelled here until HQ
 * has it (R-ASY-5). `?preview=true` shows the money effect before the associate confirms.
 */
export function orderRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);

    app.get(
      '/orders',
      {
        schema: {
          tags,
          security,
          summary: 'Find orders company-wide by numbers, customer, dates, status or a preset (R-FND-1)',
          querystring: FindOrdersQuery,
          response: { 200: FindOrdersReply, ...errors },
        },
      },
      async (request, reply) => {
        const found = await findOrders(store, guard.actorOf(request), request.query);
        return isFailure(found) ? sendRefusal(reply, found) : found;
      },
    );

    app.get(
      '/orders/:orderId',
      {
        schema: {
          tags,
          security,
          summary:
            'An order by id or number: lines, deliveries, statuses, charges, ledger, invoices, returns, history',
          params: OrderParams,
          response: { 200: RtsOrder, ...errors },
        },
      },
      async (request, reply) => {
        const order = await getOrder(store, guard.actorOf(request), request.params.orderId);
        return isFailure(order) ? sendRefusal(reply, order) : order;
      },
    );

    for (const operation of Object.keys(ORDER_OPERATIONS) as StoreOrderOperation[]) {
      app.post(
        `/orders/:orderId/${ORDER_OPERATIONS[operation].path}`,
        {
          schema: {
            tags,
            security,
            summary: `${SUMMARIES[operation]}. Idempotency-Key required unless ?preview=true`,
            params: OrderParams,
            querystring: PreviewQuery,
            body: StoreOrderRequests[operation],
            response: { 200: StoreOperationReply, ...errors },
          },
        },
        async (request, reply) => {
          const preview = request.query.preview === 'true';
          const key = preview ? undefined : idempotencyKeyOf(request);
          if (isFailure(key)) return sendRefusal(reply, key);
          // The route's schema is the operation's own, so its body is that operation's request.
          const asked = {
            operation,
            body: request.body,
            orderId: request.params.orderId,
            actor: guard.actorOf(request),
            key,
            preview,
          } as OrderOperationRequest;
          const result = await runOrderOperation(store, asked);
          return isFailure(result) ? sendRefusal(reply, result) : result;
        },
      );
    }
  };
}
