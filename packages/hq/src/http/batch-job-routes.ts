import { BatchJobId, BatchJobRunReply, BatchJobRuns, errorReplies } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listBatchJobRuns } from '../app/async-orders/list-batch-job-runs.ts';
import { runPJob } from '../app/async-orders/run-p-job.ts';
import { synchronizeOrders } from '../app/async-orders/synchronize-orders.ts';
import { SCHEDULED_BATCH_JOBS } from '../app/distribution/job-schedules.ts';
import { fail } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { jobScheduleRoutes } from './job-schedule-routes.ts';

const errors = errorReplies(400, 401, 403, 422);
const tags = ['Back office: batch jobs'];

/** The batch jobs of async orders (SPEC §10): run them now, see their history, schedule them. */
export function batchJobRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/batch-jobs/p-job/run',
      {
        schema: {
          tags,
          summary:
            'Run the P-job now: pull the new transactions of every store (or the ones named) into staging, ' +
            'one recorded run per store. It runs once at a time: 409 while it is running (manually or by its schedule)',
          body: z.object({ storeIds: z.array(z.string().min(1).max(64)).max(500).optional() }).default({}),
          response: { 200: BatchJobRuns, ...errors, ...errorReplies(409) },
        },
      },
      async (request, reply) => {
        const started = await runPJob(hq, { now: hq.clock(), storeIds: request.body.storeIds });
        if (started.kind === 'ran') return { runs: started.runs };
        return sendFailure(
          reply,
          fail('JOB_RUNNING', 'the P-job is already running; try again when it has finished', {
            field: 'job',
            details: { job: 'p-job' },
          }),
        );
      },
    );

    app.post(
      '/batch-jobs/synchronize-orders/run',
      {
        schema: {
          tags,
          summary:
            'Run Synchronize orders now: every pending staged order becomes a sales order, once; one the rules ' +
            'refuse is staged as failed with the reason. 409 while it is running',
          response: { 200: BatchJobRunReply, ...errors, ...errorReplies(409) },
        },
      },
      async (_request, reply) => {
        const started = await synchronizeOrders(hq, { now: hq.clock() });
        if (started.kind === 'ran') return { run: started.run };
        return sendFailure(
          reply,
          fail('JOB_RUNNING', 'Synchronize orders is already running; try again when it has finished', {
            field: 'job',
            details: { job: 'synchronize-orders' },
          }),
        );
      },
    );

    app.get(
      '/batch-jobs/runs',
      {
        schema: {
          tags,
          summary: 'The history of batch job runs, newest first: rows per run, or failed with the error',
          querystring: z.object({
            job: BatchJobId.optional(),
            storeId: z.string().min(1).max(64).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
          }),
          response: { 200: BatchJobRuns, ...errors },
        },
      },
      async (request) => ({ runs: await listBatchJobRuns(hq.database.db, request.query) }),
    );

    await app.register(
      jobScheduleRoutes(hq, {
        path: '/batch-jobs/schedules',
        jobs: SCHEDULED_BATCH_JOBS,
        what: 'batch job',
        tags,
      }),
    );
  };
}
