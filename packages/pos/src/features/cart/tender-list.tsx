import type { CartView } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useTranslation } from 'react-i18next';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/** The tenders taken so far, each removable until checkout (a card is charged only at checkout). */
export function TenderList({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const remove = useCartChange(cart);
  const money = (cents: number) => format.money(cents);
  if (cart.tenders.length === 0) return null;
  return (
    <>
      <ul className={styles.results} aria-label={t('cart.payment.tenders')}>
        {cart.tenders.map((tender) => {
          const label =
            tender.kind === 'cash'
              ? t('cart.payment.cashTender', { amount: money(tender.amount) })
              : t(tender.kind === 'card' ? 'cart.payment.cardTender' : 'cart.payment.authorizationTender', {
                  amount: money(tender.amount),
                  last4: tender.last4 ?? '',
                });
          return (
            <li key={tender.id} className={styles.row}>
              <span>
                {label}
                {tender.kind === 'cash' && tender.tendered !== null && tender.tendered > tender.amount ? (
                  <span className={styles.quiet}>
                    {' '}
                    {t('cart.payment.cashHanded', {
                      tendered: money(tender.tendered),
                      change: money(tender.tendered - tender.amount),
                    })}
                  </span>
                ) : null}
              </span>
              <Button
                variant="secondary"
                disabled={remove.isPending}
                aria-label={t('cart.payment.removeTender', { tender: label })}
                onClick={() => remove.change([{ kind: 'removeTender', tenderId: tender.id }])}
              >
                {t('cart.lines.removeShort')}
              </Button>
            </li>
          );
        })}
      </ul>
      {remove.error ? <FormError>{errorText(remove.error)}</FormError> : null}
    </>
  );
}
