import { ErrorReply } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listJobSchedules, SCHEDULE_LIMITS, setJobSchedule } from '../app/distribution/job-schedules.ts';
import { DISTRIBUTION_JOBS, type DistributionJob } from '../app/distribution/record-change.ts';
import { isFailure } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';

const JOBS = Object.keys(DISTRIBUTION_JOBS) as [DistributionJob, ...DistributionJob[]];
const Job = z.enum(JOBS);
const Schedule = z.object({
  job: Job,
  description: z.string(),
  intervalSeconds: z.number().nullable(),
  enabled: z.boolean(),
  lastStartedAt: z.string().nullable(),
  nextRunAt: z.string().nullable(),
});
const errors = { 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 422: ErrorReply };
const tags = ['Back office: distribution'];

/** When distribution jobs run by themselves (issue 4: "on a configurable schedule"). */
export function jobScheduleRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/distribution/schedules',
      {
        schema: {
          tags,
          summary: 'When each distribution job runs by itself, when it last started and when it runs next',
          response: { 200: z.object({ schedules: z.array(Schedule) }), ...errors },
        },
      },
      async () => ({ schedules: await listJobSchedules(hq.database.db, JOBS) }),
    );

    app.put(
      '/distribution/schedules/:job',
      {
        schema: {
          tags,
          summary:
            'Schedule a distribution job every `intervalSeconds` after it last started, or manual only (null)',
          params: z.object({ job: Job }),
          body: z.object({
            intervalSeconds: z
              .number()
              .int()
              .min(SCHEDULE_LIMITS.minSeconds)
              .max(SCHEDULE_LIMITS.maxSeconds)
              .nullable()
              .describe('seconds between starts, 10 to 86400; null: only when started manually'),
            enabled: z.boolean().describe('false pauses the schedule; manual runs still work'),
          }),
          response: { 200: Schedule, ...errors },
        },
      },
      async (request, reply) => {
        const schedule = await setJobSchedule(hq.database.db, request.params.job, request.body, hq.clock());
        return isFailure(schedule) ? sendFailure(reply, schedule) : schedule;
      },
    );
  };
}
