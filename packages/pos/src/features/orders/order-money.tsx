import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useTranslation } from 'react-i18next';
import { depositPaid, type OrderDetails } from './order-details.ts';
import styles from './orders.module.css';

/** The order's charges and its money (R-MON-5: derived from the ledger by HQ): total, paid, deposit, balance. */
export function OrderMoney({ order }: { order: OrderDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { money } = order;
  const figures: [label: string, cents: number][] = [
    [t('orders.money.total'), money.total],
    [t('orders.money.paid'), money.paid],
    [t('orders.money.depositRequired'), money.depositRequired],
    [t('orders.money.depositPaid'), depositPaid(order)],
    [t('orders.money.depositAvailable'), money.depositAvailable],
    [t('orders.money.authorizationOpen'), money.authorizationOpen],
    [t('orders.money.refunded'), money.refunded],
    [t('orders.money.due'), money.due],
    [t('orders.money.balance'), money.balance],
  ];
  return (
    <>
      <section className={styles.section} aria-labelledby="order-charges">
        <h2 id="order-charges">{t('orders.charges.heading')}</h2>
        {order.charges.length === 0 ? (
          <p className={styles.empty}>{t('orders.charges.none')}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('orders.charges.kind')}</th>
                <th scope="col">{t('orders.charges.code')}</th>
                <th scope="col">{t('orders.charges.status')}</th>
                <th scope="col" className={styles.number}>
                  {t('orders.charges.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.charges.map((charge) => (
                <tr key={charge.id}>
                  <td>{t(`orders.charges.kinds.${charge.kind}`)}</td>
                  <td>{charge.code}</td>
                  <td>{t(`orders.charges.statuses.${charge.status}`)}</td>
                  <td className={styles.number}>{format.money(charge.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className={styles.section} aria-labelledby="order-money">
        <h2 id="order-money">{t('orders.money.heading')}</h2>
        <dl className={styles.facts}>
          {figures.map(([label, cents]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className={styles.amount}>{format.money(cents)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
