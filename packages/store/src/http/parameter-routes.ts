import { CommerceParameters, errorReplies } from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fail } from '../app/failure.ts';
import { commerceParametersReplica } from '../app/replica/commerce-parameters.ts';
import type { Store } from '../app/store-context.ts';
import { sendRefusal, sessionGuard } from './session-guard.ts';

/**
 * The Commerce parameters as job 1070 last brought them to this store (R-PAR-1): what the register's
 * screens offer, such as a return's shipping refund only when `refundShippingCharges` allows it (R-RET-3).
 * HQ decides each operation with its own copy; a store that has not run 1070 since a change may offer
 * what HQ then refuses, at the field it names.
 */
export function parameterRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);

    app.get(
      '/commerce-parameters',
      {
        schema: {
          tags: ['POS: status'],
          security: [{ register: [] }],
          summary: "The company's Commerce parameters as this store's replica holds them (R-PAR-1)",
          response: { 200: CommerceParameters, ...errorReplies(401, 409) },
        },
      },
      async (_request, reply) => {
        const parameters = await commerceParametersReplica.load(store.database.db, 'company', store.storeId);
        return (
          parameters ??
          sendRefusal(
            reply,
            fail('NOT_CONFIGURED', 'this store has not received its Commerce parameters yet'),
          )
        );
      },
    );
  };
}
