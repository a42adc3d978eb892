import type { Temporal } from 'temporal-polyfill';
import type { Hq } from '../hq-context.ts';
import { listJobSchedules } from './job-schedules.ts';
import type { DistributionJob } from './record-change.ts';
import type { DistributionRun } from './run-distribution-job.ts';
import { startDistributionJob } from './start-distribution-job.ts';

export interface DueJobRun {
  readonly job: DistributionJob;
  readonly runs: DistributionRun[];
}

/**
 * Starts every enabled, scheduled job whose interval has passed since it last started (or that never
 * started), each at most once however many HQ processes call this at the same moment. Jobs run side by
 * side: a slow store of one job does not hold up the others. Answers the jobs this call ran.
 */
export async function runDueJobs(hq: Hq, now: Temporal.Instant): Promise<DueJobRun[]> {
  const due = (await listJobSchedules(hq.database.db)).filter(
    (schedule) =>
      schedule.intervalSeconds !== null &&
      schedule.enabled &&
      (schedule.lastStartedAt === null ||
        now.epochMilliseconds - Date.parse(schedule.lastStartedAt) >= schedule.intervalSeconds * 1000),
  );
  const started = await Promise.all(
    due.map(async (schedule) => ({
      job: schedule.job,
      started: await startDistributionJob(hq, schedule.job, {
        now,
        dueAfterSeconds: schedule.intervalSeconds ?? 0,
      }),
    })),
  );
  return started.flatMap(({ job, started }) => (started.kind === 'ran' ? [{ job, runs: started.runs }] : []));
}
