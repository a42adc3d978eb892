import {
  Code,
  DISTRIBUTION_JOB_IDS,
  errorReplies,
  FindOrdersQuery,
  FindOrdersReply,
  PreviewQuery,
  ShipRequest,
} from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isFailure } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { findOrders } from '../app/orders/find-orders.ts';
import { getOrder, resolveOrderId, shipmentOrigin } from '../app/orders/get-order.ts';
import { shipCustomerOrder } from '../app/orders/ship-customer-order.ts';
import { type StaffIdentity, staffAuthenticator } from './auth.ts';
import { batchJobRoutes } from './batch-job-routes.ts';
import { distributionRoutes } from './distribution-routes.ts';
import { jobScheduleRoutes } from './job-schedule-routes.ts';
import { masterDataRoutes } from './master-data-routes.ts';
import { mutation } from './mutation.ts';
import { currentSessionRoutes, signInRoutes } from './session-routes.ts';
import { stagedTransactionRoutes } from './staged-transaction-routes.ts';

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffIdentity;
  }
}

const errors = errorReplies(400, 401, 402, 403, 404, 409, 422);
// Code: printable, as an order id or number is; a NUL in the path answered 500 on PostgreSQL.
const OrderParams = z.object({ orderId: Code });

/** The back office: HQ staff sign in, then manage configuration and orders (SPEC §1). */
export function backOfficeRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    const db = hq.database.db;
    await app.register(signInRoutes(hq));

    await app.register(async (scope) => {
      const signedIn = scope.withTypeProvider<ZodTypeProvider>();
      const authenticate = staffAuthenticator(db, () => new Date(hq.clock().epochMilliseconds));
      signedIn.decorateRequest('staff', undefined as unknown as StaffIdentity);
      signedIn.addHook('onRequest', async (request, reply) => {
        const staff = await authenticate(request, reply);
        if (staff) request.staff = staff;
        return reply.sent ? reply : undefined;
      });
      await signedIn.register(currentSessionRoutes(hq));
      await signedIn.register(masterDataRoutes(hq));
      await signedIn.register(distributionRoutes(hq));
      await signedIn.register(
        jobScheduleRoutes(hq, {
          path: '/distribution/schedules',
          jobs: DISTRIBUTION_JOB_IDS,
          what: 'distribution job',
          tags: ['Back office: distribution'],
        }),
      );
      await signedIn.register(batchJobRoutes(hq));
      await signedIn.register(stagedTransactionRoutes(hq));
      const tags = ['Back office: orders'];

      signedIn.get(
        '/orders',
        {
          schema: {
            tags,
            summary: 'Find sales orders (R-FND-1)',
            querystring: FindOrdersQuery,
            response: { 200: FindOrdersReply, ...errors },
          },
        },
        async (request, reply) => {
          // Head office looks at every location; `storeId` filters by the store that took the order.
          const found = await findOrders(db, request.query, {});
          return isFailure(found) ? sendFailure(reply, found) : found;
        },
      );

      signedIn.get(
        '/orders/:orderId',
        {
          schema: {
            tags,
            summary: 'A sales order in full',
            params: OrderParams,
            response: { 200: z.looseObject({}), ...errors },
          },
        },
        async (request, reply) => {
          const orderId = await resolveOrderId(db, request.params.orderId);
          if (isFailure(orderId)) return sendFailure(reply, orderId);
          const order = await getOrder(hq.database, orderId);
          return isFailure(order) ? sendFailure(reply, order) : order;
        },
      );

      signedIn.post(
        '/orders/:orderId/ship',
        {
          schema: {
            tags,
            summary: 'Ship and invoice a shipment from its warehouse, capturing an authorized card (R-PCK-5)',
            params: OrderParams,
            querystring: PreviewQuery,
            body: ShipRequest.omit({ actor: true }),
            response: { 200: z.looseObject({}), ...errors },
          },
        },
        async (request, reply) => {
          const orderId = await resolveOrderId(db, request.params.orderId);
          if (isFailure(orderId)) return sendFailure(reply, orderId);
          const shipFrom = await shipmentOrigin(db, orderId, request.body.shipmentId);
          if (isFailure(shipFrom)) return sendFailure(reply, shipFrom);
          const actor = {
            staffId: request.staff.staffId,
            registerId: 'HQ',
            permissions: [...request.staff.permissions],
          };
          return mutation(db, request, reply, `staff:${request.staff.staffId}`, (options) =>
            shipCustomerOrder(hq, shipFrom, orderId, { ...request.body, actor }, options),
          );
        },
      );
    });
  };
}
