import { Button } from '@kassa/web-kit/components/button.tsx';
import fieldset from '@kassa/web-kit/components/fieldset.module.css';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useTranslation } from 'react-i18next';
import styles from './operations.module.css';
import { changeOf, type Tender } from './tender.ts';

/**
 * How the customer pays what is due now: cash (what was handed over, with the change to give back
 * worked out as it is typed) or a card through the payment connector. Errors come already translated.
 */
export function TenderForm({
  due,
  tender,
  onChange,
  errors,
  methods = ['cash', 'card'],
}: {
  due: number;
  /** R-CAN-3 takes a charge beyond the deposit in cash only. */
  methods?: readonly Tender['method'][];
  tender: Tender;
  onChange: (tender: Tender) => void;
  errors: {
    readonly handed?: string | undefined;
    readonly number?: string | undefined;
    readonly expiry?: string | undefined;
  };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (change: Partial<Tender>) => onChange({ ...tender, ...change });
  return (
    <section className={styles.panel} aria-labelledby="tender-heading">
      <h2 id="tender-heading">{t('operations.tender.heading', { amount: format.money(due) })}</h2>
      {methods.length > 1 ? (
        <fieldset className={fieldset.fieldset}>
          <legend>{t('operations.tender.method')}</legend>
          {methods.map((method) => (
            <Button
              key={method}
              variant={tender.method === method ? 'primary' : 'secondary'}
              aria-pressed={tender.method === method}
              onClick={() => set({ method })}
            >
              {t(`operations.tender.${method}`)}
            </Button>
          ))}
        </fieldset>
      ) : null}
      {tender.method === 'cash' ? (
        <div className={styles.row}>
          <TextField
            label={t('operations.tender.handedOver')}
            inputMode="decimal"
            value={tender.handed}
            onChange={(handed) => set({ handed })}
            error={errors.handed}
          />
          <p aria-live="polite">
            {t('operations.tender.change')}: <strong>{format.money(changeOf(tender, due))}</strong>
          </p>
        </div>
      ) : (
        <div className={styles.row}>
          <TextField
            label={t('operations.tender.cardNumber')}
            inputMode="numeric"
            autoComplete="off"
            value={tender.cardNumber}
            onChange={(cardNumber) => set({ cardNumber })}
            error={errors.number}
          />
          <TextField
            label={t('operations.tender.expiry')}
            placeholder={t('operations.tender.expiryFormat')}
            value={tender.expiry}
            onChange={(expiry) => set({ expiry })}
            error={errors.expiry}
          />
        </div>
      )}
    </section>
  );
}
