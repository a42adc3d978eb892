import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobSchedule } from '../jobs/job-schedule.ts';
import styles from '../jobs/jobs.module.css';
import { ScheduleForm } from '../jobs/schedule-form.tsx';
import {
  BATCH_SCHEDULES,
  BATCH_SCHEDULES_KEY,
  type BatchJob,
  batchRunError,
  batchRunResult,
  useRunBatchJob,
} from './batch-jobs.ts';

/** One batch job: what it does, its schedule, and Run now with how the run ended. */
export function BatchJobCard({ job, schedule }: { job: BatchJob; schedule: JobSchedule | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const headingId = useId();
  const name = t(`batchJobs.jobs.${job}.name`);
  const run = useRunBatchJob(job);
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p className={styles.what}>{t(`batchJobs.jobs.${job}.what`)}</p>
      {schedule ? (
        <ScheduleForm
          path={BATCH_SCHEDULES}
          listKey={BATCH_SCHEDULES_KEY}
          schedule={schedule}
          jobName={name}
        />
      ) : null}
      <div className={styles.run}>
        <Button disabled={run.isPending} onClick={() => run.mutate(null)}>
          {run.isPending ? t('batchJobs.running', { job: name }) : t('batchJobs.runNow', { job: name })}
        </Button>
        {run.error ? <FormError>{batchRunError(t, job, run.error, errorText)}</FormError> : null}
        {run.data ? (
          <table className={styles.table} aria-label={t('batchJobs.outcome', { job: name })}>
            <thead>
              <tr>
                <th scope="col">{t('batchJobs.store')}</th>
                <th scope="col">{t('batchJobs.result.heading')}</th>
                <th scope="col">{t('batchJobs.finished')}</th>
              </tr>
            </thead>
            <tbody>
              {run.data.map((each) => (
                <tr key={each.id}>
                  <td>{each.storeId ?? t('batchJobs.everyStore')}</td>
                  <td className={each.status === 'failed' ? styles.failed : undefined}>
                    {batchRunResult(t, each)}
                  </td>
                  <td>{format.instant(each.finishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
