import { useFormat } from '../format/use-format.ts';
import { depositPaid, type OrderDetails } from './order-details.ts';
import styles from './orders.module.css';
import { useOrdersText } from './orders-text.ts';

/** The order's charges and its money (R-MON-5: derived from the ledger by HQ): total, paid, deposit, balance. */
export function OrderMoney({ order }: { order: OrderDetails }) {
  const t = useOrdersText();
  const format = useFormat();
  const { money } = order;
  const figures: [label: string, cents: number][] = [
    [t('money.total'), money.total],
    [t('money.paid'), money.paid],
    [t('money.depositRequired'), money.depositRequired],
    [t('money.depositPaid'), depositPaid(order)],
    [t('money.depositAvailable'), money.depositAvailable],
    [t('money.authorizationOpen'), money.authorizationOpen],
    [t('money.refunded'), money.refunded],
    [t('money.due'), money.due],
    [t('money.balance'), money.balance],
  ];
  return (
    <>
      <section className={styles.section} aria-labelledby="order-charges">
        <h2 id="order-charges">{t('charges.heading')}</h2>
        {order.charges.length === 0 ? (
          <p className={styles.empty}>{t('charges.none')}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('charges.kind')}</th>
                <th scope="col">{t('charges.code')}</th>
                <th scope="col">{t('charges.status')}</th>
                <th scope="col" className={styles.number}>
                  {t('charges.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.charges.map((charge) => (
                <tr key={charge.id}>
                  <td>{t(`charges.kinds.${charge.kind}`)}</td>
                  <td>{charge.code}</td>
                  <td>{t(`charges.statuses.${charge.status}`)}</td>
                  <td className={styles.number}>{format.money(charge.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className={styles.section} aria-labelledby="order-money">
        <h2 id="order-money">{t('money.heading')}</h2>
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
