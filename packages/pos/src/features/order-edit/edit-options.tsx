import type { DeliveryOptions } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { useTranslation } from 'react-i18next';
import styles from '../order-operations/operations.module.css';
import type { EditDraft } from './edit-draft.ts';
import edit from './edit-order.module.css';

/**
 * What the edit changes of the order as a whole: today's prices instead of the locked ones (R-EDT-2),
 * a quote's expiry date (R-CRE-5), and backorders where stock is short (R-CRE-6), offered once HQ said so.
 */
export function EditOptions({
  order,
  draft,
  options,
  onChange,
  offerBackorder,
  quoteExpiryError,
}: {
  order: OrderDetails;
  draft: EditDraft;
  options: DeliveryOptions | undefined;
  onChange: (change: Partial<EditDraft>) => void;
  offerBackorder: boolean;
  quoteExpiryError: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className={styles.panel} aria-labelledby="edit-options-heading">
      <h2 id="edit-options-heading">{t('operations.edit.optionsHeading')}</h2>
      <div className={styles.row}>
        <Button
          variant={draft.recalculatePrices ? 'primary' : 'secondary'}
          aria-pressed={draft.recalculatePrices}
          onClick={() => onChange({ recalculatePrices: !draft.recalculatePrices })}
        >
          {t('operations.edit.recalculate')}
        </Button>
        <p className={edit.quiet}>
          {draft.recalculatePrices ? t('operations.edit.pricesToday') : t('operations.edit.pricesLocked')}
        </p>
      </div>
      {offerBackorder || draft.backorder ? (
        <div className={styles.row}>
          <Button
            variant={draft.backorder ? 'primary' : 'secondary'}
            aria-pressed={draft.backorder}
            onClick={() => onChange({ backorder: !draft.backorder })}
          >
            {t('operations.edit.backorder')}
          </Button>
        </div>
      ) : null}
      {order.type === 'quote' ? (
        <div className={styles.row}>
          <TextField
            label={t('operations.edit.quoteExpiry')}
            type="date"
            min={options?.today}
            value={draft.quoteExpiresOn ?? order.quoteExpiresOn ?? ''}
            onChange={(quoteExpiresOn) => onChange({ quoteExpiresOn })}
            error={quoteExpiryError}
          />
        </div>
      ) : null}
    </section>
  );
}
