import type { DistributionJobId, DistributionRun } from '@kassa/contracts';
import type { TFunction } from 'i18next';

/** The distribution jobs, by the source's numbers (SPEC §1), in the order of the schedule. */
export const DISTRIBUTION_JOBS = [
  '1010',
  '1040',
  '1060',
  '1070',
] as const satisfies readonly DistributionJobId[];

/** Where HQ keeps the distribution jobs' schedules, and the query that holds them. */
export const DISTRIBUTION_SCHEDULES = '/distribution/schedules';
export const DISTRIBUTION_SCHEDULES_KEY = ['distribution-schedules'] as const;
/** Every query of distribution runs starts with this: a run now refreshes them all. */
export const DISTRIBUTION_RUNS_KEY = ['distribution-runs'] as const;

/** A job as people name it: `1070 Channel configuration`. */
export const jobName = (t: TFunction, job: DistributionJobId) =>
  `${job} ${t(`distributionSchedule.jobs.${job}.name`)}`;

/** How one store's run ended: applied up to which change, or failed with HQ's reason. */
export const runResult = (t: TFunction, run: DistributionRun) =>
  run.status === 'applied'
    ? t('distribution.applied', { upTo: run.upTo, count: run.changes })
    : t('distribution.failed', { reason: run.reason ?? '' });
