import { ErrorReply } from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildPackage } from '../app/distribution/build-package.ts';
import { DISTRIBUTION_JOBS, type DistributionJob } from '../app/distribution/record-change.ts';
import { fail } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { transact } from '../app/transaction.ts';
import { sendFailure } from './errors.ts';

const Job = z.enum(Object.keys(DISTRIBUTION_JOBS) as [DistributionJob, ...DistributionJob[]]);

/** Distribution (SPEC §1): what each job would send a store, from the numbered changes of configuration. */
export function distributionRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/distribution/:job/package',
      {
        schema: {
          tags: ['Back office: distribution'],
          summary:
            'The package a distribution job sends a store: the changes after the number it last applied',
          params: z.object({ job: Job }),
          querystring: z.object({
            storeId: z.string().min(1).max(64),
            after: z.coerce.number().int().min(0).default(0),
          }),
          response: {
            200: z.object({
              job: Job,
              storeId: z.string(),
              after: z.number(),
              upTo: z.number(),
              changes: z.array(
                z.object({ number: z.number(), entity: z.string(), key: z.string(), payload: z.unknown() }),
              ),
            }),
            400: ErrorReply,
            401: ErrorReply,
            403: ErrorReply,
            422: ErrorReply,
          },
        },
      },
      async (request, reply) => {
        const { job } = request.params;
        const { storeId, after } = request.query;
        const result = await transact(hq.database.db, async (trx) => {
          const store = await trx
            .selectFrom('locations')
            .select('id')
            .where('id', '=', storeId)
            .where('kind', '=', 'store')
            .executeTakeFirst();
          if (!store)
            return fail('UNKNOWN_LOCATION', `store ${storeId} does not exist`, { field: 'storeId' });
          return buildPackage(trx, job, storeId, after);
        });
        return 'ok' in result ? sendFailure(reply, result) : { ...result, changes: [...result.changes] };
      },
    );
  };
}
