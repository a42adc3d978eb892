import {
  CatalogProduct,
  CatalogProductPage,
  Code,
  CustomerDetail,
  CustomerSearch,
  CustomerSummaryPage,
  DeliveryOptions,
  ErrorReply,
  ProductSearch,
} from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findProductByBarcode } from '../app/catalog/find-product-by-barcode.ts';
import { getCustomer } from '../app/catalog/get-customer.ts';
import { getDeliveryOptions } from '../app/catalog/get-delivery-options.ts';
import { searchCustomers } from '../app/catalog/search-customers.ts';
import { searchProducts } from '../app/catalog/search-products.ts';
import { isFailure } from '../app/failure.ts';
import type { Store } from '../app/store-context.ts';
import { sendRefusal, sessionGuard } from './session-guard.ts';

const security = [{ register: [] }];
const errors = { 400: ErrorReply, 401: ErrorReply };

/**
 * What the cart looks up, for any signed-in associate (R-SEC-1), from the replicas of jobs 1010 and 1040:
 * it answers while HQ is down, and shows what the store has applied, not what HQ has now.
 */
export function catalogRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);
    const db = store.database.db;

    app.get(
      '/products',
      {
        schema: {
          tags: ['POS: catalog'],
          security,
          summary:
            'Active products by SKU, exact barcode or the words of their name, with price and VAT rate',
          querystring: ProductSearch,
          response: { 200: CatalogProductPage, ...errors },
        },
      },
      async (request) => searchProducts(db, request.query),
    );

    app.get(
      '/products/by-barcode/:barcode',
      {
        schema: {
          tags: ['POS: catalog'],
          security,
          summary: 'The active product a scanned barcode names',
          params: z.object({ barcode: Code }),
          response: { 200: CatalogProduct, 404: ErrorReply, ...errors },
        },
      },
      async (request, reply) => {
        const product = await findProductByBarcode(db, request.params.barcode);
        return isFailure(product) ? sendRefusal(reply, product) : product;
      },
    );

    app.get(
      '/customers',
      {
        schema: {
          tags: ['POS: catalog'],
          security,
          summary: 'Customers by number, part of the e-mail address, phone digits or the words of their name',
          querystring: CustomerSearch,
          response: { 200: CustomerSummaryPage, ...errors },
        },
      },
      async (request) => searchCustomers(db, request.query),
    );

    app.get(
      '/delivery-options',
      {
        schema: {
          tags: ['POS: catalog'],
          security,
          summary:
            "What a delivery is chosen from (R-CRE-2): the stores to pick up at, the shipping modes, and today's date at this store",
          response: { 200: DeliveryOptions, ...errors },
        },
      },
      async () => getDeliveryOptions(db, store.storeId, store.clock()),
    );

    app.get(
      '/customers/:number',
      {
        schema: {
          tags: ['POS: catalog'],
          security,
          summary: "A customer with their addresses, in HQ's order",
          params: z.object({ number: Code }),
          response: { 200: CustomerDetail, 404: ErrorReply, ...errors },
        },
      },
      async (request, reply) => {
        const customer = await getCustomer(db, request.params.number);
        return isFailure(customer) ? sendRefusal(reply, customer) : customer;
      },
    );
  };
}
