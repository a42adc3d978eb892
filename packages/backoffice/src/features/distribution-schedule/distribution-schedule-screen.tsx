import type { JobSchedule, Location } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import page from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import styles from '../jobs/jobs.module.css';
import { DistributionHistory } from './distribution-history.tsx';
import { DistributionJobCard } from './distribution-job-card.tsx';
import {
  DISTRIBUTION_JOBS,
  DISTRIBUTION_SCHEDULES,
  DISTRIBUTION_SCHEDULES_KEY,
} from './distribution-jobs.ts';

/**
 * The distribution schedule (SPEC §1, decision 0009): jobs 1010, 1040, 1060 and 1070, each with what it
 * carries, its schedule and Run now; below them, per store, the history of runs.
 */
export function DistributionScheduleScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const errorText = useErrorText();
  const schedules = useQuery<{ schedules: JobSchedule[] }, ApiError>({
    queryKey: DISTRIBUTION_SCHEDULES_KEY,
    queryFn: () => api.get(DISTRIBUTION_SCHEDULES),
  });
  const locations = useQuery<{ locations: Location[] }, ApiError>({
    queryKey: ['locations'],
    queryFn: () => api.get('/locations'),
  });
  const stores = locations.data?.locations.filter((location) => location.kind === 'store') ?? [];
  const failed = schedules.error ?? locations.error;
  return (
    <main className={page.screen}>
      <h1>{t('distributionSchedule.heading')}</h1>
      <p className={page.intro}>{t('distributionSchedule.intro')}</p>
      {failed ? <FormError>{errorText(failed)}</FormError> : null}
      {schedules.isPending ? <p role="status">{t('common.loading')}</p> : null}
      <div className={styles.jobs}>
        {DISTRIBUTION_JOBS.map((job) => (
          <DistributionJobCard
            key={job}
            job={job}
            schedule={schedules.data?.schedules.find((schedule) => schedule.job === job)}
          />
        ))}
      </div>
      {stores.length > 0 ? <DistributionHistory stores={stores} /> : null}
    </main>
  );
}
