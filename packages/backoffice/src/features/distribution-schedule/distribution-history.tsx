import type { DistributionJobId, DistributionRuns, Location } from '@kassa/contracts';
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
import { DISTRIBUTION_JOBS, DISTRIBUTION_RUNS_KEY, jobName, runResult } from './distribution-jobs.ts';

/** How many runs the history shows, newest first. */
const HISTORY_LENGTH = 50;

/**
 * One store's history of distribution runs, newest first, of every job or one: when, from which change
 * and up to which one it applied, or why it failed.
 */
export function DistributionHistory({ stores }: { stores: readonly Location[] }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const format = useFormat();
  const errorText = useErrorText();
  const headingId = useId();
  const [chosen, setChosen] = useState<string>();
  const [job, setJob] = useState<DistributionJobId | ''>('');
  const storeId = chosen ?? stores[0]?.id;
  const runs = useQuery<DistributionRuns, ApiError>({
    queryKey: [...DISTRIBUTION_RUNS_KEY, storeId, job],
    enabled: storeId !== undefined,
    queryFn: () =>
      api.get(
        `/distribution/runs?${new URLSearchParams({
          storeId: storeId ?? '',
          ...(job ? { job } : {}),
          limit: String(HISTORY_LENGTH),
        })}`,
      ),
  });
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('distributionSchedule.history.heading')}</h2>
      <div className={styles.filters}>
        <SelectField
          label={t('distributionSchedule.history.store')}
          value={storeId ?? ''}
          onChange={setChosen}
          options={stores.map((store) => ({ value: store.id, label: `${store.id} ${store.name}` }))}
        />
        <SelectField
          label={t('distributionSchedule.history.job')}
          value={job}
          onChange={(value) => setJob(DISTRIBUTION_JOBS.find((each) => each === value) ?? '')}
          options={[
            { value: '', label: t('distributionSchedule.history.everyJob') },
            ...DISTRIBUTION_JOBS.map((each) => ({ value: each, label: jobName(t, each) })),
          ]}
        />
      </div>
      {runs.error ? <FormError>{errorText(runs.error)}</FormError> : null}
      {runs.data && runs.data.runs.length === 0 ? (
        <p className={styles.empty}>{t('distributionSchedule.history.none', { store: storeId })}</p>
      ) : null}
      {runs.data && runs.data.runs.length > 0 ? (
        <table
          className={styles.table}
          aria-label={t('distributionSchedule.history.table', { store: storeId })}
        >
          <thead>
            <tr>
              <th scope="col">{t('distributionSchedule.history.job')}</th>
              <th scope="col">{t('distributionSchedule.history.started')}</th>
              <th scope="col">{t('distributionSchedule.history.finished')}</th>
              <th scope="col">{t('distributionSchedule.history.after')}</th>
              <th scope="col">{t('distributionSchedule.history.result')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.data.runs.map((run) => (
              <tr key={run.id}>
                <td>{jobName(t, run.job)}</td>
                <td>{format.instant(run.startedAt)}</td>
                <td>{format.instant(run.finishedAt)}</td>
                <td>{run.after}</td>
                <td className={run.status === 'failed' ? styles.failed : undefined}>{runResult(t, run)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {runs.isPending && storeId !== undefined ? <p role="status">{t('common.loading')}</p> : null}
    </section>
  );
}
