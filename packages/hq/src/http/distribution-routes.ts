import { DistributionRuns, ErrorReply, DistributionJobId as Job } from '@kassa/contracts';
import { instantText } from '@kassa/domain';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildPackage } from '../app/distribution/build-package.ts';
import type { DistributionJob } from '../app/distribution/record-change.ts';
import { startDistributionJob } from '../app/distribution/start-distribution-job.ts';
import { fail } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { transact } from '../app/transaction.ts';

const errors = { 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 404: ErrorReply, 422: ErrorReply };
const tags = ['Back office: distribution'];

/** Distribution (SPEC §1): what each job would send a store, from the numbered changes of configuration. */

export function distributionRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/locations/:id/endpoint',
      {
        schema: {
          tags,
          summary:
            "Where a store's server answers HQ's jobs, and the store's secret HQ presents there (R-SEC-4)",
          params: z.object({ id: z.string().min(1).max(64) }),
          body: z.object({ url: z.url({ protocol: /^https?$/ }), secret: z.string().min(16).max(200) }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const updated = await hq.database.db
          .updateTable('locations')
          .set({
            endpoint_url: request.body.url,
            endpoint_secret: request.body.secret,
            updated_at: instantText(hq.clock()),
          })
          .where('id', '=', request.params.id)
          .where('kind', '=', 'store')
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) {
          return sendFailure(
            reply,
            fail('UNKNOWN_LOCATION', `store ${request.params.id} does not exist`, { field: 'id' }),
          );
        }
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/distribution/:job/run',
      {
        schema: {
          tags,
          summary:
            'Run a distribution job now, for every store or the ones named; each run is recorded per store. ' +
            'A job runs once at a time: 409 while it is running (manually or by its schedule)',
          params: z.object({ job: Job }),
          body: z.object({ storeIds: z.array(z.string().min(1).max(64)).max(500).optional() }).default({}),
          response: { 200: DistributionRuns, ...errors, 409: ErrorReply },
        },
      },
      async (request, reply) => {
        const { job } = request.params;
        const started = await startDistributionJob(hq, job, {
          now: hq.clock(),
          storeIds: request.body.storeIds,
        });
        if (started.kind === 'ran') return { runs: started.runs };
        return sendFailure(
          reply,
          fail('JOB_RUNNING', `distribution job ${job} is already running; try again when it has finished`, {
            field: 'job',
            details: { job },
          }),
        );
      },
    );

    app.get(
      '/distribution/runs',
      {
        schema: {
          tags,
          summary:
            'The history of distribution job runs per store: applied up to which change, or failed with the reason',
          querystring: z.object({
            job: Job.optional(),
            storeId: z.string().min(1).max(64).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
          }),
          response: { 200: DistributionRuns, ...errors },
        },
      },
      async (request) => {
        let query = hq.database.db.selectFrom('distribution_runs').selectAll();
        if (request.query.job) query = query.where('job', '=', request.query.job);
        if (request.query.storeId) query = query.where('store_id', '=', request.query.storeId);
        const rows = await query
          .orderBy('started_at', 'desc')
          .orderBy('id', 'desc')
          .limit(request.query.limit)
          .execute();
        return {
          runs: rows.map((row) => ({
            id: row.id,
            job: row.job as DistributionJob,
            storeId: row.store_id,
            startedAt: row.started_at,
            finishedAt: row.finished_at,
            status: row.status,
            after: row.after_number,
            upTo: row.up_to,
            changes: row.changes,
            reason: row.reason,
          })),
        };
      },
    );

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
