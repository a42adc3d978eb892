import { DistributionApplied, DistributionPackage, DistributionState, ErrorReply } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applyDistributionPackage } from '../app/apply-distribution-package.ts';
import { isFailure } from '../app/failure.ts';
import { getDistributionState } from '../app/get-distribution-state.ts';
import type { Store } from '../app/store-context.ts';
import { transact } from '../app/transaction.ts';
import { hqAuthenticator } from './auth.ts';

/**
 * A package carries up to 10,000 changes (HQ's limit), each a whole entity: larger than anything the POS
 * sends. It is only parsed once the credential passed, since authentication runs on request.
 */
const PACKAGE_BODY_LIMIT = 64 * 1024 * 1024;

const errors = { 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 409: ErrorReply, 422: ErrorReply };

/** The distribution jobs' side at the store (SPEC §1): HQ sends packages and asks where the store stands. */
export function distributionRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const authenticate = hqAuthenticator(store);
    app.addHook('onRequest', async (request, reply) => {
      await authenticate(request, reply);
      return reply.sent ? reply : undefined;
    });
    const tags = ['Jobs: distribution'];
    const security = [{ hq: [] }];

    app.post(
      '/distribution',
      {
        bodyLimit: PACKAGE_BODY_LIMIT,
        schema: {
          tags,
          security,
          summary:
            'Apply a distribution package from HQ atomically; a package already applied changes nothing',
          body: DistributionPackage,
          response: { 200: DistributionApplied, ...errors },
        },
      },
      async (request, reply) => {
        const at = store.clock().toString();
        const result = await transact(store.database.db, (trx) =>
          applyDistributionPackage(trx, request.body, { storeId: store.storeId, at }),
        );
        return isFailure(result) ? sendFailure(reply, result) : result;
      },
    );

    app.get(
      '/distribution',
      {
        schema: {
          tags,
          security,
          summary: 'The change number this store has applied up to, per distribution job',
          response: { 200: DistributionState, 401: ErrorReply },
        },
      },
      async () => getDistributionState(store.database.db, store.storeId),
    );
  };
}
