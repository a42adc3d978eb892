import type { BatchJobRun, DistributionRun } from '@kassa/contracts';
import type { Temporal } from 'temporal-polyfill';
import { runPJob } from '../async-orders/run-p-job.ts';
import { synchronizeOrders } from '../async-orders/synchronize-orders.ts';
import type { Hq } from '../hq-context.ts';
import { listJobSchedules, SCHEDULED_JOBS } from './job-schedules.ts';
import type { DistributionJob } from './record-change.ts';
import { startDistributionJob } from './start-distribution-job.ts';

export type DueJobRun =
  | { readonly job: DistributionJob; readonly runs: DistributionRun[] }
  | { readonly job: 'p-job' | 'synchronize-orders'; readonly runs: BatchJobRun[] };

/**
 * Starts every enabled, scheduled job whose interval has passed since it last started (or that never
 * started), each at most once however many HQ processes call this at the same moment: the distribution
 * jobs, the P-job and Synchronize orders. Jobs run side by side: a slow store of one job does not hold up the others.
 * Answers the jobs this call ran.
 */
export async function runDueJobs(hq: Hq, now: Temporal.Instant): Promise<DueJobRun[]> {
  const due = (await listJobSchedules(hq.database.db, SCHEDULED_JOBS)).filter(
    (schedule) =>
      schedule.intervalSeconds !== null &&
      schedule.enabled &&
      (schedule.lastStartedAt === null ||
        now.epochMilliseconds - Date.parse(schedule.lastStartedAt) >= schedule.intervalSeconds * 1000),
  );
  const started = await Promise.all(
    due.map(async ({ job, intervalSeconds }): Promise<DueJobRun[]> => {
      const options = { now, dueAfterSeconds: intervalSeconds ?? 0 };
      if (job === 'p-job') {
        const started = await runPJob(hq, options);
        return started.kind === 'ran' ? [{ job, runs: started.runs }] : [];
      }
      if (job === 'synchronize-orders') {
        const started = await synchronizeOrders(hq, options);
        return started.kind === 'ran' ? [{ job, runs: [started.run] }] : [];
      }
      const started = await startDistributionJob(hq, job, options);
      return started.kind === 'ran' ? [{ job, runs: started.runs }] : [];
    }),
  );
  return started.flat();
}
