import type { DistributionJobId, JobSchedule } from '@kassa/contracts';
import { useTranslation } from 'react-i18next';
import { RunDistributionJob } from '../distribution/run-distribution-job.tsx';
import { JobCard } from '../jobs/job-card.tsx';
import { DISTRIBUTION_SCHEDULES, DISTRIBUTION_SCHEDULES_KEY, jobName } from './distribution-jobs.ts';

/** One distribution job: what it carries to the stores, its schedule, and Run now for every store. */
export function DistributionJobCard({
  job,
  schedule,
}: {
  job: DistributionJobId;
  schedule: JobSchedule | undefined;
}) {
  const { t } = useTranslation();
  return (
    <JobCard
      name={jobName(t, job)}
      what={t(`distributionSchedule.jobs.${job}.what`)}
      schedule={schedule}
      schedulesPath={DISTRIBUTION_SCHEDULES}
      schedulesKey={DISTRIBUTION_SCHEDULES_KEY}
    >
      <RunDistributionJob job={job} />
    </JobCard>
  );
}
