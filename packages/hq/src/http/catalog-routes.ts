import { Code, Product, SetStock, StockLevel } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Hq } from '../app/hq-context.ts';
import { findProducts } from '../app/master-data/find-products.ts';
import { findStock } from '../app/master-data/find-stock.ts';
import { getProduct } from '../app/master-data/get-product.ts';
import { saveProduct } from '../app/master-data/save-product.ts';
import { setStock } from '../app/master-data/set-stock.ts';
import { transact } from '../app/transaction.ts';
import {
  answer,
  answerSaved,
  differs,
  errors,
  masterDataContext,
  Next,
  PageQuery,
  PutHeaders,
  savedByKey,
  saveModeOf,
  tags,
} from './master-data-replies.ts';

const StockReceipt = z.object({
  stock: StockLevel,
  reservations: z.array(
    z.object({
      orderId: z.string(),
      orderNumber: z.string(),
      lineId: z.string(),
      quantity: z.number().int(),
    }),
  ),
});

/** Products with their prices, and stock per location with receipts that serve backorders (R-CRE-6). */
export function catalogRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    const { db, now, read } = masterDataContext(hq);

    app.get(
      '/products',
      {
        schema: {
          tags: tags.catalog,
          summary: 'Find products by SKU, name or barcode',
          querystring: PageQuery,
          response: { 200: z.object({ products: z.array(Product), next: Next }), ...errors },
        },
      },
      async (request, reply) => answer(reply, await read((trx) => findProducts(trx, request.query))),
    );
    app.get(
      '/products/:sku',
      {
        schema: {
          tags: tags.catalog,
          summary: 'A product',
          params: z.object({ sku: Code }),
          response: { 200: Product, ...errors },
        },
      },
      async (request, reply) => answer(reply, await read((trx) => getProduct(trx, request.params.sku))),
    );
    app.put(
      '/products/:sku',
      {
        schema: {
          tags: tags.catalog,
          summary: 'Create or replace a product; its price includes VAT (R-MON-4)',
          params: z.object({ sku: Code }),
          headers: PutHeaders,
          body: Product,
          response: savedByKey(Product),
        },
      },
      async (request, reply) => {
        const mismatch = differs('sku', request.params.sku, request.body.sku);
        if (mismatch) return sendFailure(reply, mismatch);
        return answerSaved(
          reply,
          await transact(db, (trx) => saveProduct(trx, request.body, now(), saveModeOf(request.headers))),
        );
      },
    );

    app.get(
      '/stock',
      {
        schema: {
          tags: tags.catalog,
          summary: 'Stock per location: on hand, reserved, available (R-CRE-6)',
          querystring: PageQuery.omit({ search: true }).extend({
            sku: Code.optional(),
            locationId: Code.optional(),
          }),
          response: { 200: z.object({ stock: z.array(StockLevel), next: Next }), ...errors },
        },
      },
      async (request, reply) => answer(reply, await read((trx) => findStock(trx, request.query))),
    );
    app.put(
      '/stock/:locationId/:sku',
      {
        schema: {
          tags: tags.catalog,
          summary:
            'Receive or count stock; a receipt reserves for backordered lines, oldest order first (R-CRE-6)',
          params: z.object({ locationId: Code, sku: Code }),
          body: SetStock,
          response: { 200: StockReceipt, ...errors },
        },
      },
      async (request, reply) =>
        answer(
          reply,
          await transact(db, (trx) =>
            setStock(
              trx,
              hq.database.engine,
              { ...request.params, onHand: request.body.onHand },
              { at: now(), staffId: request.staff.staffId, newId: hq.newId },
            ),
          ),
        ),
    );
  };
}
