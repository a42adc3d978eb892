import type { BatchJobRun } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { BatchJob } from './batch-jobs.ts';

/** The history of batch job runs, newest first: when, how many rows, and why a run failed. */
export async function listBatchJobRuns(
  db: Kysely<Database>,
  filter: { job?: BatchJob | undefined; storeId?: string | undefined; limit: number },
): Promise<BatchJobRun[]> {
  let query = db.selectFrom('batch_job_runs').selectAll();
  if (filter.job) query = query.where('job', '=', filter.job);
  if (filter.storeId) query = query.where('store_id', '=', filter.storeId);
  const rows = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    job: row.job,
    storeId: row.store_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status,
    rows: row.rows,
    error: row.error,
  }));
}
