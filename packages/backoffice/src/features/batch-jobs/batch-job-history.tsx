import type { BatchJobId, BatchJobRuns } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import styles from '../jobs/jobs.module.css';
import { BATCH_JOBS, BATCH_RUNS_KEY, batchRunResult } from './batch-jobs.ts';

/** How many runs the history shows, newest first. */
const HISTORY_LENGTH = 50;

/** The history of batch job runs, newest first, of both jobs or one: rows per run, or the error. */
export function BatchJobHistory() {
  const { t } = useTranslation();
  const { api } = useServices();
  const format = useFormat();
  const errorText = useErrorText();
  const headingId = useId();
  const [job, setJob] = useState<BatchJobId | ''>('');
  const runs = useQuery<BatchJobRuns, ApiError>({
    queryKey: [...BATCH_RUNS_KEY, job],
    queryFn: () =>
      api.get(
        `/batch-jobs/runs?${new URLSearchParams({ ...(job ? { job } : {}), limit: String(HISTORY_LENGTH) })}`,
      ),
  });
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('batchJobs.history.heading')}</h2>
      <div className={styles.filters}>
        <SelectField
          label={t('batchJobs.history.job')}
          value={job}
          onChange={(value) => setJob(BATCH_JOBS.find((each) => each === value) ?? '')}
          options={[
            { value: '', label: t('batchJobs.history.everyJob') },
            ...BATCH_JOBS.map((each) => ({ value: each, label: t(`batchJobs.jobs.${each}.name`) })),
          ]}
        />
      </div>
      {runs.error ? <FormError>{errorText(runs.error)}</FormError> : null}
      {runs.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {runs.data && runs.data.runs.length === 0 ? (
        <p className={styles.empty}>{t('batchJobs.history.none')}</p>
      ) : null}
      {runs.data && runs.data.runs.length > 0 ? (
        <table className={styles.table} aria-label={t('batchJobs.history.table')}>
          <thead>
            <tr>
              <th scope="col">{t('batchJobs.history.job')}</th>
              <th scope="col">{t('batchJobs.store')}</th>
              <th scope="col">{t('batchJobs.history.started')}</th>
              <th scope="col">{t('batchJobs.finished')}</th>
              <th scope="col">{t('batchJobs.result.heading')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.data.runs.map((run) => (
              <tr key={run.id}>
                <td>{t(`batchJobs.jobs.${run.job}.name`)}</td>
                <td>{run.storeId ?? t('batchJobs.everyStore')}</td>
                <td>{format.instant(run.startedAt)}</td>
                <td>{format.instant(run.finishedAt)}</td>
                <td className={run.status === 'failed' ? styles.failed : undefined}>
                  {batchRunResult(t, run)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
