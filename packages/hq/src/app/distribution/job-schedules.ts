import { type JobSchedule, SCHEDULE_LIMITS } from '@kassa/contracts';
import { instantText } from '@kassa/domain';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database, JobScheduleTable } from '../../db/schema.ts';
import { BATCH_JOBS } from '../async-orders/batch-jobs.ts';
import { type Failure, fail } from '../failure.ts';
import { DISTRIBUTION_JOBS, type DistributionJob } from './record-change.ts';

/** The batch jobs the scheduler starts too (Synchronize orders joins once it exists). */
export const SCHEDULED_BATCH_JOBS = ['p-job', 'synchronize-orders'] as const;
export type ScheduledBatchJob = (typeof SCHEDULED_BATCH_JOBS)[number];
/** Every job with a row in `job_schedules`: the distribution jobs and the scheduled batch jobs. */
export type ScheduledJob = DistributionJob | ScheduledBatchJob;

const DESCRIPTIONS: Record<ScheduledJob, string> = {
  ...DISTRIBUTION_JOBS,
  'p-job': BATCH_JOBS['p-job'],
  'synchronize-orders': BATCH_JOBS['synchronize-orders'],
};

/**
 * A schedule as the back office reads it. It starts next at the scheduler's first tick after `nextRunAt`;
 * a job never started is due from when it was scheduled.
 */
export function scheduleOf<J extends ScheduledJob>(
  row: Pick<JobScheduleTable, 'job' | 'interval_seconds' | 'enabled' | 'last_started_at' | 'updated_at'>,
): JobSchedule<J> {
  const job = row.job as J;
  const scheduled = row.enabled === 1 && row.interval_seconds !== null;
  return {
    job,
    description: DESCRIPTIONS[job],
    intervalSeconds: row.interval_seconds,
    enabled: row.enabled === 1,
    lastStartedAt: row.last_started_at,
    nextRunAt: !scheduled
      ? null
      : row.last_started_at === null
        ? row.updated_at
        : instantText(Temporal.Instant.from(row.last_started_at).add({ seconds: row.interval_seconds ?? 0 })),
  };
}

/** The schedules of `jobs` (distribution and batch jobs are set through routes of their own). */
export async function listJobSchedules<J extends ScheduledJob>(
  db: Kysely<Database>,
  jobs: readonly J[],
): Promise<JobSchedule<J>[]> {
  if (jobs.length === 0) return [];
  const rows = await db
    .selectFrom('job_schedules')
    .selectAll()
    .where('job', 'in', jobs)
    .orderBy('job')
    .execute();
  return rows.map((row) => scheduleOf<J>(row));
}

/** Every job with a schedule, as the scheduler reads them. */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  ...(Object.keys(DISTRIBUTION_JOBS) as DistributionJob[]),
  ...SCHEDULED_BATCH_JOBS,
];

/** Sets when a job runs by itself; the time it last started stays, so the next run follows from it. */
export async function setJobSchedule<J extends ScheduledJob>(
  db: Kysely<Database>,
  job: J,
  schedule: { intervalSeconds: number | null; enabled: boolean },
  now: Temporal.Instant,
): Promise<JobSchedule<J> | Failure> {
  const { intervalSeconds } = schedule;
  if (
    intervalSeconds !== null &&
    (!Number.isInteger(intervalSeconds) ||
      intervalSeconds < SCHEDULE_LIMITS.minSeconds ||
      intervalSeconds > SCHEDULE_LIMITS.maxSeconds)
  ) {
    return fail(
      'VALIDATION_FAILED',
      `intervalSeconds must be a whole number from ${SCHEDULE_LIMITS.minSeconds} to ${SCHEDULE_LIMITS.maxSeconds}, or null`,
      { field: 'intervalSeconds' },
    );
  }
  const at = instantText(now);
  const values = { interval_seconds: intervalSeconds, enabled: schedule.enabled ? 1 : 0, updated_at: at };
  const row = await db
    .insertInto('job_schedules')
    .values({ job, ...values, last_started_at: null, created_at: at })
    .onConflict((oc) => oc.column('job').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return scheduleOf<J>(row);
}

/**
 * Records that a job starts, under its job lock and committed before any work, so a job that crashes
 * half-way waits for its next interval instead of being retried at every tick. `dueAfterSeconds` makes it
 * a scheduled start: it claims the run only if the job is still due, as another HQ may have just run it
 * (false: not due). `partial` (a manual run for some stores only) leaves the schedule as it is.
 */
export async function claimJobStart(
  db: Kysely<Database>,
  job: ScheduledJob,
  options: { now: Temporal.Instant; dueAfterSeconds?: number | undefined; partial?: boolean },
): Promise<boolean> {
  const at = instantText(options.now);
  if (options.dueAfterSeconds !== undefined) {
    const startedBefore = instantText(options.now.subtract({ seconds: options.dueAfterSeconds }));
    const claimed = await db
      .updateTable('job_schedules')
      .set({ last_started_at: at, updated_at: at })
      .where('job', '=', job)
      .where('enabled', '=', 1)
      .where('interval_seconds', '=', options.dueAfterSeconds)
      .where((eb) => eb.or([eb('last_started_at', 'is', null), eb('last_started_at', '<=', startedBefore)]))
      .executeTakeFirst();
    return claimed.numUpdatedRows > 0n;
  }
  if (!options.partial) {
    await db
      .updateTable('job_schedules')
      .set({ last_started_at: at, updated_at: at })
      .where('job', '=', job)
      .execute();
  }
  return true;
}
