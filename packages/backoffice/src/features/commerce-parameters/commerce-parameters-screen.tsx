import type { ChargeCode, CommerceParameters, ModeOfDelivery } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styles from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import { RunJobPanel } from '../distribution/run-job-panel.tsx';
import { CommerceParametersForm } from './commerce-parameters-form.tsx';

/**
 * The Commerce parameters page (R-PAR-1): every field on one page with the source's names, and that
 * they reach the stores with job 1070.
 */
export function CommerceParametersScreen() {
  const { t } = useTranslation();
  const { api } = useServices();
  const errorText = useErrorText();
  const parameters = useQuery<CommerceParameters, ApiError>({
    queryKey: ['commerce-parameters'],
    queryFn: () => api.get('/commerce-parameters'),
  });
  const chargeCodes = useQuery<{ chargeCodes: ChargeCode[] }, ApiError>({
    queryKey: ['charge-codes'],
    queryFn: () => api.get('/charge-codes'),
  });
  const modes = useQuery<{ modesOfDelivery: ModeOfDelivery[] }, ApiError>({
    queryKey: ['modes-of-delivery'],
    queryFn: () => api.get('/modes-of-delivery'),
  });
  const failed = parameters.error ?? chargeCodes.error ?? modes.error;
  return (
    <main className={styles.screen}>
      <h1>{t('parameters.heading')}</h1>
      <p className={styles.intro}>{t('parameters.intro')}</p>
      {failed ? <FormError>{errorText(failed)}</FormError> : null}
      {parameters.data && chargeCodes.data && modes.data ? (
        <CommerceParametersForm
          saved={parameters.data}
          chargeCodes={chargeCodes.data.chargeCodes}
          modesOfDelivery={modes.data.modesOfDelivery}
        />
      ) : failed ? null : (
        <p role="status">{t('common.loading')}</p>
      )}
      <RunJobPanel job="1070" />
    </main>
  );
}
