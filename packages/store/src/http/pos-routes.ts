import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../app/store-context.ts';
import type { HqProbe } from '../hq/hq-probe.ts';
import { cartRoutes } from './cart-routes.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { orderRoutes } from './order-routes.ts';
import { parameterRoutes } from './parameter-routes.ts';
import { paymentRoutes } from './payment-routes.ts';
import { receiptRoutes } from './receipt-routes.ts';
import { sessionRoutes } from './session-routes.ts';
import { statusRoutes } from './status-routes.ts';
import { stockRoutes } from './stock-routes.ts';

/**
 * The POS's API under `/api`: sessions (R-SEC-1, R-SEC-2), the register's status, the catalog, carts,
 * orders, card tokens and receipts.
 */
export function posRoutes(store: Store, hq: HqProbe): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(sessionRoutes(store));
    await app.register(statusRoutes(store, hq));
    await app.register(parameterRoutes(store));
    await app.register(catalogRoutes(store));
    await app.register(stockRoutes(store));
    await app.register(cartRoutes(store));
    await app.register(orderRoutes(store));
    await app.register(paymentRoutes(store));
    await app.register(receiptRoutes(store));
  };
}
