import { z } from 'zod';

/** The batch jobs of async orders (SPEC §10), by the names HQ's API, its schedule and the back office use. */
export const BATCH_JOB_IDS = ['p-job', 'synchronize-orders'] as const;
export const BatchJobId = z.enum(BATCH_JOB_IDS);
export type BatchJobId = z.infer<typeof BatchJobId>;

/** One run of a batch job as HQ records it (`GET /api/batch-jobs/runs`): the P-job has one per store. */
export const BatchJobRun = z.object({
  id: z.string(),
  job: BatchJobId,
  storeId: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  status: z.enum(['succeeded', 'failed']),
  rows: z
    .number()
    .describe('rows staged (P-job) or transactions synchronized, also by a run that failed part-way'),
  error: z.string().nullable(),
});
export type BatchJobRun = z.infer<typeof BatchJobRun>;

/** The runs of a batch job started now (the P-job: one per store), or the history of runs. */
export const BatchJobRuns = z.object({ runs: z.array(BatchJobRun) });
export type BatchJobRuns = z.infer<typeof BatchJobRuns>;

/** The one run of Synchronize orders started now. */
export const BatchJobRunReply = z.object({ run: BatchJobRun });
export type BatchJobRunReply = z.infer<typeof BatchJobRunReply>;
