import type { BatchJobId, BatchJobRun, BatchJobRunReply, BatchJobRuns } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useServices } from '../../services.tsx';
import { STAGED_TRANSACTIONS_KEY } from '../staged-transactions/staged-transaction.ts';

/** The batch jobs of async orders (SPEC §10), by the names HQ's API uses, in the order of the screen. */
export const BATCH_JOBS = ['p-job', 'synchronize-orders'] as const satisfies readonly BatchJobId[];

export const BATCH_SCHEDULES = '/batch-jobs/schedules';
export const BATCH_SCHEDULES_KEY = ['batch-job-schedules'] as const;
/** Every query of batch job runs starts with this: a run now refreshes them all. */
export const BATCH_RUNS_KEY = ['batch-job-runs'] as const;

/** How a run ended, in the job's own words: rows staged, transactions synchronized, or the error. */
export const batchRunResult = (t: TFunction, run: BatchJobRun) =>
  run.status === 'failed'
    ? t('batchJobs.result.failed', { error: run.error ?? '' })
    : run.job === 'p-job'
      ? t('batchJobs.result.staged', { count: run.rows })
      : t('batchJobs.result.synchronized', { count: run.rows });

/** A refused run in the user's words: the job by its name when it is running already. */
export const batchRunError = (
  t: TFunction,
  job: BatchJobId,
  error: ApiError,
  errorText: (error: ApiError) => string,
) =>
  error.code === 'JOB_RUNNING'
    ? t('batchJobs.alreadyRunning', { job: t(`batchJobs.jobs.${job}.name`) })
    : errorText(error);

/**
 * Runs a batch job now (409 while it runs already, by hand or on its schedule), answering its runs (the
 * P-job one per store, Synchronize orders one), and refreshes what it changes: the runs, the schedules
 * (its last start) and the staged transactions.
 */
export function useRunBatchJob(job: BatchJobId) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useAction(
    async (_: null, key): Promise<BatchJobRun[]> => {
      if (job === 'p-job') return (await api.post<BatchJobRuns>('/batch-jobs/p-job/run', {}, key)).runs;
      return [(await api.post<BatchJobRunReply>(`/batch-jobs/${job}/run`, {}, key)).run];
    },
    {
      onSuccess: () =>
        Promise.all(
          [BATCH_RUNS_KEY, BATCH_SCHEDULES_KEY, STAGED_TRANSACTIONS_KEY].map((queryKey) =>
            queryClient.invalidateQueries({ queryKey }),
          ),
        ),
    },
  );
}
