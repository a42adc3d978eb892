import type { DistributionJobId } from '@kassa/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RunDistributionJob } from './run-distribution-job.tsx';
import styles from './run-job-panel.module.css';

/**
 * SPEC §1: what is changed at HQ reaches a store only when the job that carries it runs. Says so on the
 * page where it is changed, and runs the job now.
 */
export function RunJobPanel({ job }: { job: DistributionJobId }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('distribution.heading', { job })}</h2>
      <p className={styles.note}>{t('distribution.note', { job })}</p>
      <RunDistributionJob job={job} variant="secondary" />
    </section>
  );
}
