import {
  CartChangeRequest,
  CartView,
  CheckoutReply,
  CheckoutRequest,
  errorReplies,
  PreviewQuery,
} from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCart, viewOf } from '../app/carts/cart-records.ts';
import { changeCart } from '../app/carts/change-cart.ts';
import { checkOutCart } from '../app/carts/check-out-cart.ts';
import { openCart } from '../app/carts/open-cart.ts';
import { isFailure } from '../app/failure.ts';
import { posKey } from '../app/pos-idempotency.ts';
import type { Store } from '../app/store-context.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';
import { sendRefusal, sessionGuard } from './session-guard.ts';

const tags = ['POS: carts'];
const security = [{ register: [] }];
const CartParams = z.object({ cartId: z.uuid() });
const errors = errorReplies(400, 401, 402, 403, 404, 409, 422, 429, 503);

/** The register's cart (SPEC §4): opened, changed line by line, and finished as an order at HQ. */
export function cartRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);

    app.post(
      '/carts',
      {
        schema: {
          tags,
          security,
          summary: 'Open an empty cart at the register signed in (Idempotency-Key required)',
          response: { 201: CartView, ...errors },
        },
      },
      async (request, reply) => {
        const key = idempotencyKeyOf(request);
        if (isFailure(key)) return sendRefusal(reply, key);
        const { staffId, registerId } = guard.actorOf(request);
        const opened = await openCart(store, { registerId, staffId, key: posKey(key, staffId, 'open cart') });
        return isFailure(opened) ? sendRefusal(reply, opened) : reply.code(201).send(opened.body);
      },
    );

    app.get(
      '/carts/:cartId',
      {
        schema: {
          tags,
          security,
          summary: 'A cart as the register shows it',
          params: CartParams,
          response: { 200: CartView, ...errors },
        },
      },
      async (request, reply) => {
        const record = await loadCart(store.database.db, request.params.cartId);
        return isFailure(record) ? sendRefusal(reply, record) : viewOf(record);
      },
    );

    app.post(
      '/carts/:cartId/changes',
      {
        schema: {
          tags,
          security,
          summary:
            'Change a cart: customer, products by SKU or barcode, quantities, deliveries (ship, pick up, carry out; all or selected lines), quote or order, deposit override, tenders. All changes apply or none (Idempotency-Key required)',
          params: CartParams,
          body: CartChangeRequest,
          response: { 200: CartView, ...errors },
        },
      },
      async (request, reply) => {
        const key = idempotencyKeyOf(request);
        if (isFailure(key)) return sendRefusal(reply, key);
        const actor = guard.actorOf(request);
        const { managerOverride: _override, ...asked } = request.body;
        const changed = await changeCart(store, {
          cartId: request.params.cartId,
          request: request.body,
          actor,
          key: posKey(key, actor.staffId, { cartId: request.params.cartId, ...asked }),
        });
        return isFailure(changed) ? sendRefusal(reply, changed) : reply.code(200).send(changed.body);
      },
    );

    app.post(
      '/carts/:cartId/checkout',
      {
        schema: {
          tags,
          security,
          summary:
            'Finish the cart as an order at HQ (sync mode, R-ASY-1): with ?preview=true HQ only works out the deposit and what is due. A retry, also after "HQ unreachable", makes no second order and charges nothing twice',
          params: CartParams,
          querystring: PreviewQuery,
          body: CheckoutRequest,
          response: { 200: CheckoutReply, 201: CheckoutReply, ...errors },
        },
      },
      async (request, reply) => {
        const preview = request.query.preview === 'true';
        if (!preview) {
          const key = idempotencyKeyOf(request);
          if (isFailure(key)) return sendRefusal(reply, key);
        }
        const result = await checkOutCart(store, {
          cartId: request.params.cartId,
          actor: guard.actorOf(request),
          preview,
        });
        if (isFailure(result)) return sendRefusal(reply, result);
        if (result.preview) return reply.code(200).send({ ...result.reply, preview: true });
        return reply.code(201).send({ preview: false, cart: viewOf(result.record), receipt: result.receipt });
      },
    );
  };
}
