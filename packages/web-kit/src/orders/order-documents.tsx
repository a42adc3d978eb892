import { useFormat } from '../format/use-format.ts';
import { invoiceNumberOf, type OrderDetails } from './order-details.ts';
import styles from './orders.module.css';
import { useOrdersText } from './orders-text.ts';

/** The invoices issued for the order and the returns made against them. */
export function OrderDocuments({ order }: { order: OrderDetails }) {
  const t = useOrdersText();
  const format = useFormat();
  return (
    <>
      <section className={styles.section} aria-labelledby="order-invoices">
        <h2 id="order-invoices">{t('invoices.heading')}</h2>
        {order.invoices.length === 0 ? (
          <p className={styles.empty}>{t('invoices.none')}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('invoices.number')}</th>
                <th scope="col">{t('invoices.kind')}</th>
                <th scope="col">{t('invoices.issued')}</th>
                <th scope="col">{t('invoices.location')}</th>
                <th scope="col" className={styles.number}>
                  {t('invoices.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <td>{invoice.number ?? invoice.id}</td>
                  <td>
                    {t(`invoices.kinds.${invoice.kind}`)}
                    {invoice.collectedBy
                      ? ` · ${t('invoices.collectedBy', { name: invoice.collectedBy })}`
                      : ''}
                  </td>
                  <td>{format.instant(invoice.issuedAt)}</td>
                  <td>{invoice.locationId}</td>
                  <td className={styles.number}>{format.money(invoice.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className={styles.section} aria-labelledby="order-returns">
        <h2 id="order-returns">{t('returns.heading')}</h2>
        {order.returnOrders.length === 0 ? (
          <p className={styles.empty}>{t('returns.none')}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('returns.number')}</th>
                <th scope="col">{t('returns.invoice')}</th>
                <th scope="col">{t('returns.reason')}</th>
                <th scope="col">{t('returns.created')}</th>
                <th scope="col" className={styles.number}>
                  {t('returns.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.returnOrders.map((returned) => (
                <tr key={returned.id}>
                  <td>{returned.number ?? returned.id}</td>
                  <td>{invoiceNumberOf(order, returned.invoiceId)}</td>
                  <td>{returned.reason}</td>
                  <td>{format.instant(returned.createdAt)}</td>
                  <td className={styles.number}>{format.money(returned.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
