import type { FunctionalityProfile, Location } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styles from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import { RunJobPanel } from '../distribution/run-job-panel.tsx';
import { ProfileForm } from './profile-form.tsx';

/** A store before HQ has a profile for it: orders through RTS, pay later allowed (R-PRO-1..3). */
const NO_PROFILE: FunctionalityProfile = {
  requirePaymentForFulfillment: 'NotRequired',
  createCustomerOrderInAsyncMode: false,
  fallbackToAsyncWhenHqUnreachable: false,
};

/**
 * Each store's functionality profile (R-PRO-1..3), one store at a time (`/functionality-profiles/S01`;
 * without a store, the first), with the note that a change reaches the store only when job 1070 runs,
 * and the button that runs it.
 */
export function FunctionalityProfilesScreen({ storeId }: { storeId?: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const errorText = useErrorText();
  const locations = useQuery<{ locations: Location[] }, ApiError>({
    queryKey: ['locations'],
    queryFn: () => api.get('/locations'),
  });
  const stores = locations.data?.locations.filter((location) => location.kind === 'store') ?? [];
  const store = stores.find((candidate) => candidate.id === storeId) ?? (storeId ? undefined : stores[0]);
  const profile = useQuery<FunctionalityProfile, ApiError>({
    queryKey: ['functionality-profile', store?.id],
    enabled: store !== undefined,
    queryFn: async () => {
      try {
        return await api.get<FunctionalityProfile>(
          `/functionality-profiles/${encodeURIComponent(store?.id ?? '')}`,
        );
      } catch (error) {
        if ((error as ApiError).status === 404) return NO_PROFILE;
        throw error;
      }
    },
  });
  const failed = locations.error ?? profile.error;
  return (
    <main className={styles.screen}>
      <h1>{t('profiles.heading')}</h1>
      <p className={styles.intro}>{t('profiles.intro')}</p>
      {failed ? <FormError>{errorText(failed)}</FormError> : null}
      {stores.length > 0 ? (
        <div className={styles.store}>
          <SelectField
            label={t('profiles.store')}
            value={store?.id ?? ''}
            onChange={(id) => navigate(`/functionality-profiles/${encodeURIComponent(id)}`)}
            options={[
              ...(store ? [] : [{ value: '', label: t('profiles.chooseStore') }]),
              ...stores.map((candidate) => ({
                value: candidate.id,
                label: `${candidate.id} ${candidate.name}`,
              })),
            ]}
          />
        </div>
      ) : null}
      {locations.data && storeId && !store ? (
        <FormError>{t('profiles.unknownStore', { storeId })}</FormError>
      ) : null}
      {store && profile.data ? (
        <ProfileForm key={store.id} store={store} saved={profile.data} />
      ) : failed || (locations.data && !store) ? null : (
        <p role="status">{t('common.loading')}</p>
      )}
      <RunJobPanel job="1070" />
    </main>
  );
}
