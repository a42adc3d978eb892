import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { errorText } from '@kassa/web-kit/i18n/error-text.ts';
import { useTranslation } from 'react-i18next';
import type { CheckoutPreview } from './cart-api.ts';
import styles from './panel.module.css';

/**
 * HQ's figures for the order (R-DEP-1, R-DEP-3): its total, the deposit required, what is paid and what
 * is still to pay now, and what still blocks it, each in the associate's language.
 */
export function CheckoutFigures({
  preview,
  error,
  paid,
}: {
  preview: CheckoutPreview | undefined;
  error: ApiError | null;
  paid: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (cents: number) => format.money(cents);
  if (error) return <FormError>{errorText(t, error)}</FormError>;
  if (!preview) return <p className={styles.quiet}>{t('cart.payment.working')}</p>;
  const blockers = preview.blockers ?? [];
  return (
    <>
      <dl className={styles.figures} aria-label={t('cart.payment.figures')}>
        <dt>{t('cart.payment.orderTotal')}</dt>
        <dd>{money(preview.effect.orderTotal)}</dd>
        <dt>{t('cart.payment.depositRequired')}</dt>
        <dd>{money(preview.effect.depositRequired)}</dd>
        <dt>{t('cart.payment.paid')}</dt>
        <dd>{money(paid)}</dd>
        <dt className={styles.strong}>{t('cart.payment.dueNow')}</dt>
        <dd className={styles.strong}>{money(preview.effect.toCollect)}</dd>
      </dl>
      {blockers.length > 0 ? (
        <ul className={styles.blockers} aria-label={t('cart.payment.blockers')}>
          {blockers.map((blocker) => (
            <li key={`${blocker.code}-${blocker.field ?? ''}`}>
              {errorText(t, { ...blocker, field: blocker.field, details: blocker.details ?? {} })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
