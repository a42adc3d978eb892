import type { BatchJobId, JobSchedule } from '@kassa/contracts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useTranslation } from 'react-i18next';
import { JobCard } from '../jobs/job-card.tsx';
import { RunNow } from '../jobs/run-now.tsx';
import {
  BATCH_SCHEDULES,
  BATCH_SCHEDULES_KEY,
  batchRunError,
  batchRunResult,
  useRunBatchJob,
} from './batch-jobs.ts';

/** One batch job: what it does, its schedule, and Run now with how the run ended. */
export function BatchJobCard({ job, schedule }: { job: BatchJobId; schedule: JobSchedule | undefined }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const name = t(`batchJobs.jobs.${job}.name`);
  return (
    <JobCard
      name={name}
      what={t(`batchJobs.jobs.${job}.what`)}
      schedule={schedule}
      schedulesPath={BATCH_SCHEDULES}
      schedulesKey={BATCH_SCHEDULES_KEY}
    >
      <RunNow
        run={useRunBatchJob(job)}
        rows={(runs) =>
          runs.map((run) => ({
            id: run.id,
            store: run.storeId ?? t('batchJobs.everyStore'),
            result: batchRunResult(t, run),
            failed: run.status === 'failed',
            finishedAt: run.finishedAt,
          }))
        }
        errorText={(error) => batchRunError(t, job, error, errorText)}
        texts={{
          runNow: t('batchJobs.runNow', { job: name }),
          running: t('batchJobs.running', { job: name }),
          outcome: t('batchJobs.outcome', { job: name }),
          store: t('batchJobs.store'),
          result: t('batchJobs.result.heading'),
          finished: t('batchJobs.finished'),
        }}
      />
    </JobCard>
  );
}
