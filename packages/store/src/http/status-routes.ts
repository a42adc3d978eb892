import { ErrorReply, StoreStatus } from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { functionalityProfileReplica } from '../app/replica/functionality-profile.ts';
import { locationReplica } from '../app/replica/locations.ts';
import type { Store } from '../app/store-context.ts';
import type { HqProbe } from '../hq/hq-probe.ts';
import { sessionGuard } from './session-guard.ts';

/** What a signed-in register polls to show where it is and whether orders reach HQ now (R-PRO-2, R-PRO-3). */
export function statusRoutes(store: Store, hq: HqProbe): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);

    app.get(
      '/status',
      {
        schema: {
          tags: ['POS: status'],
          security: [{ register: [] }],
          summary:
            "The store and register, whether HQ answers right now (probed with a short timeout, the answer kept a few seconds) and how the store's profile creates orders",
          response: { 200: StoreStatus, 401: ErrorReply },
        },
      },
      async (request): Promise<StoreStatus> => {
        const db = store.database.db;
        const [location, profile, reachable] = await Promise.all([
          locationReplica.load(db, store.storeId, store.storeId),
          functionalityProfileReplica.load(db, store.storeId, store.storeId),
          hq.reachable(),
        ]);
        return {
          store: { id: store.storeId, name: location?.name ?? null },
          registerId: guard.sessionOf(request).registerId,
          hq: { reachable },
          profile: profile
            ? {
                createCustomerOrderInAsyncMode: profile.createCustomerOrderInAsyncMode,
                fallbackToAsyncWhenHqUnreachable: profile.fallbackToAsyncWhenHqUnreachable,
              }
            : null,
        };
      },
    );
  };
}
