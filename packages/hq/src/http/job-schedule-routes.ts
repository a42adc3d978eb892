import { errorReplies, JobSchedule, JobScheduleChange } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listJobSchedules, type ScheduledJob, setJobSchedule } from '../app/distribution/job-schedules.ts';
import { isFailure } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';

const errors = errorReplies(400, 401, 403, 422);

/**
 * When a family of jobs runs by itself: the distribution jobs (issue 4: "on a configurable schedule") or
 * the batch jobs of async orders. `GET <path>` lists their schedules; `PUT <path>/:job` sets one.
 */
export function jobScheduleRoutes<J extends ScheduledJob>(
  hq: Hq,
  family: { path: string; jobs: readonly [J, ...J[]]; what: string; tags: string[] },
): FastifyPluginAsyncZod {
  const Job = z.enum(family.jobs as unknown as [string, ...string[]]);
  const Schedule = JobSchedule.extend({ job: Job });
  return async (app) => {
    app.get(
      family.path,
      {
        schema: {
          tags: family.tags,
          summary: `When each ${family.what} runs by itself, when it last started and when it runs next`,
          response: { 200: z.object({ schedules: z.array(Schedule) }), ...errors },
        },
      },
      async () => ({ schedules: await listJobSchedules(hq.database.db, family.jobs) }),
    );

    app.put(
      `${family.path}/:job`,
      {
        schema: {
          tags: family.tags,
          summary: `Schedule a ${family.what} every \`intervalSeconds\` after it last started, or manual only (null)`,
          params: z.object({ job: Job }),
          body: JobScheduleChange,
          response: { 200: Schedule, ...errors },
        },
      },
      async (request, reply) => {
        const job = request.params.job as J;
        const schedule = await setJobSchedule(hq.database.db, job, request.body, hq.clock());
        return isFailure(schedule) ? sendFailure(reply, schedule) : schedule;
      },
    );
  };
}
