import type { CartView, DeliveryOptions } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/**
 * R-CRE-5: a quote holds until the end of the day `quoteExpirationDays` after today unless another date
 * is given here; HQ refuses one in the past, which shows at the date.
 */
export function QuoteExpiry({ cart, options }: { cart: CartView; options: DeliveryOptions | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const set = useCartChange(cart);
  const [date, setDate] = useState(cart.quoteExpiresOn ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date) set.change([{ kind: 'setQuoteExpiry', date }]);
  };
  return (
    <form className={styles.row} onSubmit={submit} aria-label={t('cart.quote.heading')}>
      <TextField
        label={t('cart.quote.expiresOn')}
        type="date"
        min={options?.today}
        value={date}
        onChange={setDate}
        error={set.error ? errorText(set.error) : undefined}
      />
      <Button type="submit" variant="secondary" disabled={set.isPending || !date}>
        {t('cart.quote.set')}
      </Button>
      <p className={styles.quiet}>
        {cart.quoteExpiresOn
          ? t('cart.quote.until', { date: format.date(cart.quoteExpiresOn) })
          : t('cart.quote.default')}
      </p>
    </form>
  );
}
