import type { StoreStatus } from '@kassa/contracts';
import { type ApiError, SERVER_UNREACHABLE } from '@kassa/web-kit/api/api-error.ts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styles from './connection-banner.module.css';
import { orderCreationWithoutHq } from './order-creation-without-hq.ts';

/**
 * Says so when the register cannot reach its store server, or the store cannot reach HQ, and what that
 * means for the orders the associate makes now (R-PRO-2, R-PRO-3). Nothing while all is well.
 */
export function ConnectionBanner({ status }: { status: UseQueryResult<StoreStatus, ApiError> }) {
  const { t } = useTranslation();
  if (status.error?.code === SERVER_UNREACHABLE) {
    return (
      <p className={styles.banner} role="alert">
        <strong>{t('connection.storeUnreachable')}</strong>
      </p>
    );
  }
  if (!status.data || status.data.hq.reachable) return null;
  return (
    <p className={styles.banner} role="alert">
      <strong>{t('connection.hqUnreachable')}</strong>
      {t(`connection.${orderCreationWithoutHq(status.data.profile)}`)}
    </p>
  );
}
