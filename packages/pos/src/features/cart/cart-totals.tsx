import type { CartView } from '@kassa/contracts';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useTranslation } from 'react-i18next';
import type { CheckoutPreview } from './cart-api.ts';
import styles from './panel.module.css';
import { vatPerRate } from './vat-per-rate.ts';

/**
 * The cart's totals as the store works them out from its prices, with the VAT in them per rate. The
 * charges' VAT rates come from HQ's preview (the charge codes are HQ's) once there is one.
 */
export function CartTotals({ cart, preview }: { cart: CartView; preview: CheckoutPreview | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (cents: number) => format.money(cents);
  const charges = (preview?.order.charges ?? []).filter((charge) => charge.status !== 'dropped');
  const vat = vatPerRate([...cart.lines, ...charges]);
  return (
    <section className={styles.panel} aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('cart.totals.heading')}</h2>
      <dl className={styles.figures} aria-label={t('cart.totals.heading')}>
        <dt>{t('cart.totals.lines')}</dt>
        <dd>{money(cart.totals.lines)}</dd>
        <dt>{t('cart.totals.charges')}</dt>
        <dd>{money(cart.totals.charges)}</dd>
        <dt className={styles.strong}>{t('cart.totals.total')}</dt>
        <dd className={styles.strong}>{money(cart.totals.total)}</dd>
        {vat.map(({ rate, vat: amount }) => (
          <VatRow key={rate} label={t('cart.totals.vat', { rate })} value={money(amount)} />
        ))}
      </dl>
    </section>
  );
}

function VatRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className={styles.quiet}>{label}</dt>
      <dd className={styles.quiet}>{value}</dd>
    </>
  );
}
