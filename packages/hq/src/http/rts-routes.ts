import {
  CancelRequest,
  Code,
  ConvertQuoteRequest,
  CreateOrderRequest,
  EditOrderRequest,
  errorReplies,
  FindOrdersQuery,
  FindOrdersReply,
  PickOrPackRequest,
  PickUpRequest,
  PreviewQuery,
  ReturnRequest,
  StockLevel,
} from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fail, isFailure } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { stockOfProduct } from '../app/master-data/stock-of-product.ts';
import { cancelCustomerOrder } from '../app/orders/cancel-customer-order.ts';
import { convertCustomerQuote } from '../app/orders/convert-customer-quote.ts';
import { createCustomerOrder } from '../app/orders/create-customer-order.ts';
import { editCustomerOrder } from '../app/orders/edit-customer-order.ts';
import { findOrders } from '../app/orders/find-orders.ts';
import { getOrder, resolveOrderId } from '../app/orders/get-order.ts';
import { packOrderLines, pickOrderLines } from '../app/orders/pick-and-pack.ts';
import { pickUpCustomerOrder } from '../app/orders/pick-up-customer-order.ts';
import { returnCustomerOrder } from '../app/orders/return-customer-order.ts';
import { storeAuthenticator } from './auth.ts';
import { mutation } from './mutation.ts';

// Code: printable, as an order id or number is; a NUL in the path answered 500 on PostgreSQL.
const OrderParams = z.object({ orderId: Code });
const OperationReply = z.looseObject({
  preview: z.boolean(),
  order: z.looseObject({}),
  effect: z.looseObject({}),
});
const errors = errorReplies(400, 401, 402, 403, 404, 409, 422);

declare module 'fastify' {
  interface FastifyRequest {
    storeId: string;
  }
}

/**
 * The real-time service: what a store asks HQ and waits for (SPEC §1). Every route acts as the store its
 * credential names (R-SEC-4); every mutation takes an Idempotency-Key and offers `?preview=true`.
 */
export function rtsRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    const authenticate = storeAuthenticator(hq.database.db);
    app.decorateRequest('storeId', '');
    app.addHook('onRequest', async (request, reply) => {
      const storeId = await authenticate(request, reply);
      if (storeId) request.storeId = storeId;
      return reply.sent ? reply : undefined;
    });

    const tags = ['RTS'];
    const operation = <B>(
      path: string,
      summary: string,
      body: z.ZodType<B>,
      run: (
        orderId: string,
        body: B,
        request: { storeId: string },
        options: Parameters<Parameters<typeof mutation>[4]>[0],
      ) => ReturnType<typeof cancelCustomerOrder>,
    ) =>
      app.post(
        `/orders/:orderId/${path}`,
        {
          schema: {
            tags,
            summary,
            params: OrderParams,
            querystring: PreviewQuery,
            body,
            response: { 200: OperationReply, ...errors },
          },
        },
        async (request, reply) => {
          const orderId = await resolveOrderId(hq.database.db, request.params.orderId);
          if (isFailure(orderId)) return sendFailure(reply, orderId);
          return mutation(hq.database.db, request, reply, request.storeId, (options) =>
            run(orderId, request.body as B, request, options),
          );
        },
      );

    app.post(
      '/payments/tokens',
      {
        schema: {
          tags,
          summary: 'Tokenize a card with the payment connector (the test connector documents its test cards)',
          body: z.object({
            number: z.string().min(12).max(23),
            expiry: z.string().regex(/^\d{2}\/\d{2}$/, 'MM/YY'),
          }),
          response: { 201: z.object({ token: z.string(), last4: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const result = await hq.payments.tokenize(request.body);
        if (!result.ok) {
          return sendFailure(
            reply,
            fail('PAYMENT_DECLINED', result.message, { field: 'number', details: { reason: result.code } }),
          );
        }
        return reply.code(201).send({ token: result.token, last4: result.last4 });
      },
    );

    app.post(
      '/orders',
      {
        schema: {
          tags,
          summary: 'Create a customer order, a quote or a cash-and-carry sale',
          querystring: PreviewQuery,
          body: CreateOrderRequest,
          response: { 200: OperationReply, 201: OperationReply, ...errors },
        },
      },
      async (request, reply) =>
        mutation(
          hq.database.db,
          request,
          reply,
          request.storeId,
          (options) => createCustomerOrder(hq, request.storeId, request.body, options),
          201,
        ),
    );

    app.get(
      '/orders',
      {
        schema: {
          tags,
          summary: 'Find orders company-wide (R-FND-1)',
          querystring: FindOrdersQuery,
          response: { 200: FindOrdersReply, ...errors },
        },
      },
      async (request, reply) => {
        const found = await findOrders(hq.database.db, request.query, { locationId: request.storeId });
        return isFailure(found) ? sendFailure(reply, found) : found;
      },
    );

    app.get(
      '/orders/:orderId',
      {
        schema: {
          tags,
          summary: 'An order with its ledger, invoices, returns and history',
          params: OrderParams,
          response: { 200: z.looseObject({}), ...errors },
        },
      },
      async (request, reply) => {
        const orderId = await resolveOrderId(hq.database.db, request.params.orderId);
        if (isFailure(orderId)) return sendFailure(reply, orderId);
        const order = await getOrder(hq.database, orderId);
        return isFailure(order) ? sendFailure(reply, order) : order;
      },
    );

    app.get(
      '/stock/:sku',
      {
        schema: {
          tags,
          summary:
            "A product's stock at every store and warehouse, for choosing where it is picked up (R-CRE-6)",
          params: z.object({ sku: Code }),
          response: { 200: z.object({ stock: z.array(StockLevel) }), ...errors },
        },
      },
      async (request) => ({ stock: await stockOfProduct(hq.database.db, request.params.sku) }),
    );

    operation('edit', 'Edit an order (R-EDT-1..4)', EditOrderRequest, (id, body, r, o) =>
      editCustomerOrder(hq, r.storeId, id, body, o),
    );
    operation('pick', 'Mark units picked (R-PCK-1)', PickOrPackRequest, (id, body, r, o) =>
      pickOrderLines(hq, r.storeId, id, body, o),
    );
    operation('pack', 'Mark units packed (R-PCK-1)', PickOrPackRequest, (id, body, r, o) =>
      packOrderLines(hq, r.storeId, id, body, o),
    );
    operation('pick-up', 'Pick up at this store (R-PCK-2..4)', PickUpRequest, (id, body, r, o) =>
      pickUpCustomerOrder(hq, r.storeId, id, body, o),
    );
    operation('cancel', 'Cancel with charge and refund (R-CAN-1..3)', CancelRequest, (id, body, r, o) =>
      cancelCustomerOrder(hq, r.storeId, id, body, o),
    );
    operation('return', 'Return against an invoice (R-RET-1..4)', ReturnRequest, (id, body, r, o) =>
      returnCustomerOrder(hq, r.storeId, id, body, o),
    );
    operation(
      'convert',
      'Convert a quote into a customer order (R-CRE-5)',
      ConvertQuoteRequest,
      (id, body, r, o) => convertCustomerQuote(hq, r.storeId, id, body, o),
    );
  };
}
