import type { DistributionRun } from '@kassa/contracts';
import type { Temporal } from 'temporal-polyfill';
import type { Hq } from '../hq-context.ts';
import { withJobLock } from '../job-lock.ts';
import { claimJobStart } from './job-schedules.ts';
import type { DistributionJob } from './record-change.ts';
import { runDistributionJob } from './run-distribution-job.ts';

export type Started =
  | { readonly kind: 'ran'; readonly runs: DistributionRun[] }
  | { readonly kind: 'running' }
  | { readonly kind: 'notDue' };

/**
 * Starts a distribution job unless it is running already, here or in another HQ process. The start is
 * recorded (and committed) before any store is called, so a job that crashes half-way waits for its next
 * interval instead of being retried at every tick. `dueAfterSeconds` makes it a scheduled start: it claims
 * the run only if the job is still due once the lock is held, as another HQ may have just run it.
 * A manual run for some stores only leaves the schedule as it is.
 */
export async function startDistributionJob(
  hq: Hq,
  job: DistributionJob,
  options: { now: Temporal.Instant; storeIds?: readonly string[] | undefined; dueAfterSeconds?: number },
): Promise<Started> {
  const locked = await withJobLock(hq, job, async (): Promise<Started> => {
    const partial = options.storeIds !== undefined && options.storeIds.length > 0;
    if (!(await claimJobStart(hq.database.db, job, { ...options, partial }))) return { kind: 'notDue' };
    return { kind: 'ran', runs: await runDistributionJob(hq, job, options.storeIds) };
  });
  return locked.ran ? locked.value : { kind: 'running' };
}
