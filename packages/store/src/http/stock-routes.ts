import { Code, errorReplies, ProductStock } from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getProductStock } from '../app/catalog/get-product-stock.ts';
import { isFailure } from '../app/failure.ts';
import type { Store } from '../app/store-context.ts';
import { sendRefusal, sessionGuard } from './session-guard.ts';

/** Stock at other locations, which only HQ knows: read through RTS for a signed-in associate. */
export function stockRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);

    app.get(
      '/products/:sku/stock',
      {
        schema: {
          tags: ['POS: catalog'],
          security: [{ register: [] }],
          summary:
            "A product's stock at every store and warehouse, from HQ, for choosing a pickup store (R-CRE-6)",
          params: z.object({ sku: Code }),
          response: { 200: ProductStock, ...errorReplies(400, 401, 503) },
        },
      },
      async (request, reply) => {
        const stock = await getProductStock(store, request.params.sku);
        return isFailure(stock) ? sendRefusal(reply, stock) : stock;
      },
    );
  };
}
