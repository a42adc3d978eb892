import type { BatchJobId, BatchJobRun } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The batch jobs of async orders (SPEC §10), by the names the back office and the schedule use. */
export const BATCH_JOBS = {
  'p-job': "P-job: pull every store's new transactions into staging (R-ASY-3)",
  'synchronize-orders': 'Synchronize orders: make staged transactions sales orders (R-ASY-4)',
} as const satisfies Record<BatchJobId, string>;
export type BatchJob = keyof typeof BATCH_JOBS;

export async function recordBatchJobRun(db: Kysely<Database>, run: BatchJobRun): Promise<void> {
  await db
    .insertInto('batch_job_runs')
    .values({
      id: run.id,
      job: run.job,
      store_id: run.storeId,
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      status: run.status,
      rows: run.rows,
      error: run.error,
    })
    .execute();
}
