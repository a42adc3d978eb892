import type { DistributionJobId } from '@kassa/contracts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import styles from './run-job-panel.module.css';

/** One store's run of a distribution job, as HQ records it (GET /api/distribution/runs). */
export interface DistributionRun {
  readonly id: string;
  readonly job: DistributionJobId;
  readonly storeId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly status: 'applied' | 'failed';
  readonly after: number;
  readonly upTo: number;
  readonly changes: number;
  readonly reason: string | null;
}

/**
 * SPEC §1: what is changed at HQ reaches a store only when the job that carries it runs. Says so, and
 * runs the job now for every store, showing per store how the run ended (applied up to which change, or
 * failed with the reason). HQ answers 409 while the job runs already (by hand or on its schedule).
 */
export function RunJobPanel({ job }: { job: DistributionJobId }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const format = useFormat();
  const errorText = useErrorText();
  const headingId = useId();
  const run = useAction((_: null, key) =>
    api.post<{ runs: DistributionRun[] }>(`/distribution/${job}/run`, {}, key),
  );
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('distribution.heading', { job })}</h2>
      <p className={styles.note}>{t('distribution.note', { job })}</p>
      <Button variant="secondary" disabled={run.isPending} onClick={() => run.mutate(null)}>
        {run.isPending ? t('distribution.running', { job }) : t('distribution.runNow', { job })}
      </Button>
      {run.error ? <FormError>{errorText(run.error)}</FormError> : null}
      {run.data ? (
        <table className={styles.runs} aria-label={t('distribution.outcome', { job })}>
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
                  {storeRun.status === 'applied'
                    ? t('distribution.applied', { upTo: storeRun.upTo, count: storeRun.changes })
                    : t('distribution.failed', { reason: storeRun.reason ?? '' })}
                </td>
                <td>{format.instant(storeRun.finishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
