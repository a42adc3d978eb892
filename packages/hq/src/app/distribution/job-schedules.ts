import { instantText } from '@kassa/domain';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database, JobScheduleTable } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { DISTRIBUTION_JOBS, type DistributionJob } from './record-change.ts';

export interface JobSchedule {
  readonly job: DistributionJob;
  readonly description: string;
  /** Seconds between starts; null: only when started manually. */
  readonly intervalSeconds: number | null;
  readonly enabled: boolean;
  readonly lastStartedAt: string | null;
  /**
   * When the scheduler starts the job next (at its first tick after this); null when it does not
   * (manual only, or disabled). A job never started is due from when it was scheduled.
   */
  readonly nextRunAt: string | null;
}

/** The shortest and longest interval the back office may set: a job every 10 s to once a day. */
export const SCHEDULE_LIMITS = { minSeconds: 10, maxSeconds: 86_400 } as const;

export function scheduleOf(
  row: Pick<JobScheduleTable, 'job' | 'interval_seconds' | 'enabled' | 'last_started_at' | 'updated_at'>,
): JobSchedule {
  const job = row.job as DistributionJob;
  const scheduled = row.enabled === 1 && row.interval_seconds !== null;
  return {
    job,
    description: DISTRIBUTION_JOBS[job],
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

export async function listJobSchedules(db: Kysely<Database>): Promise<JobSchedule[]> {
  const rows = await db.selectFrom('job_schedules').selectAll().orderBy('job').execute();
  return rows.filter((row) => row.job in DISTRIBUTION_JOBS).map(scheduleOf);
}

/** Sets when a job runs by itself; the time it last started stays, so the next run follows from it. */
export async function setJobSchedule(
  db: Kysely<Database>,
  job: DistributionJob,
  schedule: { intervalSeconds: number | null; enabled: boolean },
  now: Temporal.Instant,
): Promise<JobSchedule | Failure> {
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
  return scheduleOf(row);
}
