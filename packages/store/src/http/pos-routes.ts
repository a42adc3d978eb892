import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../app/store-context.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { sessionRoutes } from './session-routes.ts';

/** The POS's API under `/api`: sessions (R-SEC-1, R-SEC-2) and the catalog reads of the cart. */
export function posRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(sessionRoutes(store));
    await app.register(catalogRoutes(store));
  };
}
