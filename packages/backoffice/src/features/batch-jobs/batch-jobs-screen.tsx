import type { JobSchedule } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import page from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import styles from '../jobs/jobs.module.css';
import { BatchJobCard } from './batch-job-card.tsx';
import { BatchJobHistory } from './batch-job-history.tsx';
import { BATCH_JOBS, BATCH_SCHEDULES, BATCH_SCHEDULES_KEY } from './batch-jobs.ts';

/**
 * The batch jobs of async orders (SPEC §10): the P-job pulls the stores' transactions into staging,
 * Synchronize orders makes them sales orders. Each with its schedule and Run now; then their history.
 */
export function BatchJobsScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const errorText = useErrorText();
  const schedules = useQuery<{ schedules: JobSchedule[] }, ApiError>({
    queryKey: BATCH_SCHEDULES_KEY,
    queryFn: () => api.get(BATCH_SCHEDULES),
  });
  return (
    <main className={page.screen}>
      <h1>{t('batchJobs.heading')}</h1>
      <p className={page.intro}>{t('batchJobs.intro')}</p>
      {schedules.error ? <FormError>{errorText(schedules.error)}</FormError> : null}
      {schedules.isPending ? <p role="status">{t('common.loading')}</p> : null}
      <div className={styles.jobs}>
        {BATCH_JOBS.map((job) => (
          <BatchJobCard
            key={job}
            job={job}
            schedule={schedules.data?.schedules.find((schedule) => schedule.job === job)}
          />
        ))}
      </div>
      <BatchJobHistory />
    </main>
  );
}
