import { z } from 'zod';
import { BATCH_JOB_IDS } from './batch-jobs.ts';
import { DISTRIBUTION_JOB_IDS } from './distribution.ts';

/** Every job that runs on a schedule of its own (decision 0009): the distribution jobs and the batch jobs. */
export const ScheduledJobId = z.enum([...DISTRIBUTION_JOB_IDS, ...BATCH_JOB_IDS]);
export type ScheduledJobId = z.infer<typeof ScheduledJobId>;

/** The interval HQ accepts between a job's starts: every 10 s to once a day. */
export const SCHEDULE_LIMITS = { minSeconds: 10, maxSeconds: 86_400 } as const;

/**
 * When a job runs by itself, as HQ answers `GET /api/distribution/schedules` and
 * `GET /api/batch-jobs/schedules`: every `intervalSeconds` after it last started, or only when run by hand
 * (null); `enabled` false pauses it.
 */
export const JobSchedule = z.object({
  job: ScheduledJobId,
  description: z.string(),
  intervalSeconds: z.number().nullable().describe('seconds between starts; null: only when started manually'),
  enabled: z.boolean(),
  lastStartedAt: z.string().nullable(),
  nextRunAt: z
    .string()
    .nullable()
    .describe('when the scheduler starts it next; null when it does not (manual only, or paused)'),
});
/** A schedule, narrowed to one family of jobs where that is known. */
export type JobSchedule<J extends ScheduledJobId = ScheduledJobId> = Omit<
  z.infer<typeof JobSchedule>,
  'job'
> & {
  job: J;
};

/** What the back office sets: an interval within `SCHEDULE_LIMITS`, or manual only, and paused or not. */
export const JobScheduleChange = z.object({
  intervalSeconds: z
    .number()
    .int()
    .min(SCHEDULE_LIMITS.minSeconds)
    .max(SCHEDULE_LIMITS.maxSeconds)
    .nullable()
    .describe('seconds between starts, 10 to 86400; null: only when started manually'),
  enabled: z.boolean().describe('false pauses the schedule; manual runs still work'),
});
export type JobScheduleChange = z.infer<typeof JobScheduleChange>;
