import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The batch jobs of async orders (SPEC §10), by the names the back office and the schedule use. */
export const BATCH_JOBS = {
  'p-job': "P-job: pull every store's new transactions into staging (R-ASY-3)",
  'synchronize-orders': 'Synchronize orders: make staged transactions sales orders (R-ASY-4)',
} as const;
export type BatchJob = keyof typeof BATCH_JOBS;

/** One run of a batch job: for the P-job, one per store it pulled from. */
export interface BatchJobRun {
  readonly id: string;
  readonly job: BatchJob;
  readonly storeId: string | null;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly status: 'succeeded' | 'failed';
  /** Rows staged (P-job) or transactions synchronized, also by a run that failed part-way. */
  readonly rows: number;
  readonly error: string | null;
}

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
