import type { DistributionJobId } from '@kassa/contracts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import type { DistributionRun } from '../distribution/run-job-panel.tsx';
import type { JobSchedule } from '../jobs/job-schedule.ts';
import styles from '../jobs/jobs.module.css';
import { ScheduleForm } from '../jobs/schedule-form.tsx';
import {
  DISTRIBUTION_RUNS_KEY,
  DISTRIBUTION_SCHEDULES,
  DISTRIBUTION_SCHEDULES_KEY,
  jobName,
  runResult,
} from './distribution-jobs.ts';

/**
 * One distribution job: what it carries to the stores, its schedule, and Run now for every store with
 * how each store's run ended. HQ answers 409 while the job runs already (by hand or on its schedule).
 */
export function DistributionJobCard({
  job,
  schedule,
}: {
  job: DistributionJobId;
  schedule: JobSchedule | undefined;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const format = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const headingId = useId();
  const name = jobName(t, job);
  const run = useAction(
    (_: null, key) => api.post<{ runs: DistributionRun[] }>(`/distribution/${job}/run`, {}, key),
    {
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: DISTRIBUTION_RUNS_KEY }),
          queryClient.invalidateQueries({ queryKey: DISTRIBUTION_SCHEDULES_KEY }),
        ]),
    },
  );
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p className={styles.what}>{t(`distributionSchedule.jobs.${job}.what`)}</p>
      {schedule ? (
        <ScheduleForm
          path={DISTRIBUTION_SCHEDULES}
          listKey={DISTRIBUTION_SCHEDULES_KEY}
          schedule={schedule}
          jobName={name}
        />
      ) : null}
      <div className={styles.run}>
        <Button disabled={run.isPending} onClick={() => run.mutate(null)}>
          {run.isPending ? t('distribution.running', { job }) : t('distribution.runNow', { job })}
        </Button>
        {run.error ? <FormError>{errorText(run.error)}</FormError> : null}
        {run.data ? (
          <table className={styles.table} aria-label={t('distribution.outcome', { job })}>
            <thead>
              <tr>
                <th scope="col">{t('distribution.store')}</th>
                <th scope="col">{t('distribution.result')}</th>
                <th scope="col">{t('distribution.finishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {run.data.runs.map((storeRun) => (
                <tr key={storeRun.id}>
                  <td>{storeRun.storeId}</td>
                  <td className={storeRun.status === 'failed' ? styles.failed : undefined}>
                    {runResult(t, storeRun)}
                  </td>
                  <td>{format.instant(storeRun.finishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
