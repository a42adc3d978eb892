import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import titleBar from '@kassa/web-kit/components/title-bar.module.css';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { orderNumberOf, orderPath } from '@kassa/web-kit/orders/order-results.tsx';
import orderStyles from '@kassa/web-kit/orders/orders.module.css';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../services.tsx';
import { useOrder } from './order-details-screen.tsx';
import styles from './orders.module.css';
import { linesToPick } from './picking-list.ts';

/**
 * R-PCK-1: the order's picking list at this store, to print with the browser's print: the lines to pick
 * for a pickup here, with a box to tick on paper. On paper only the list shows (`data-print`).
 */
export function PickingListScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const storeId = useSession().session?.storeId ?? '';
  const order = useOrder(orderId);
  const found = order.data;
  const lines = found ? linesToPick(found, storeId) : [];
  return (
    <main className={styles.screen} data-print="picking-list">
      <div className={titleBar.bar}>
        <h1>
          {found
            ? t('orders.picking.heading', { number: orderNumberOf(found) })
            : t('details.loading', { ns: 'orders' })}
        </h1>
        <div className={`${titleBar.actions} ${styles.noPrint}`}>
          <Button onClick={() => window.print()} disabled={lines.length === 0}>
            {t('orders.picking.print')}
          </Button>
          <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/pick-pack`)}>
            {t('pickPack.open')}
          </Button>
          <Button variant="secondary" onClick={() => navigate(orderPath(orderId))}>
            {t('orders.picking.backToOrder')}
          </Button>
        </div>
      </div>
      {order.error ? (
        <FormError>{errorText(order.error)}</FormError>
      ) : found ? (
        <section className={orderStyles.section} aria-labelledby="picking-lines">
          <dl className={orderStyles.facts}>
            <div>
              <dt>{t('details.customer', { ns: 'orders' })}</dt>
              <dd>{`${found.customer.name} (${found.customer.number})`}</dd>
            </div>
            <div>
              <dt>{t('details.store', { ns: 'orders' })}</dt>
              <dd>{storeId}</dd>
            </div>
            <div>
              <dt>{t('details.pickupCode', { ns: 'orders' })}</dt>
              <dd>{found.pickupCode ?? t('details.none', { ns: 'orders' })}</dd>
            </div>
          </dl>
          <h2 id="picking-lines" className={styles.subheading}>
            {t('orders.picking.lines')}
          </h2>
          {lines.length === 0 ? (
            <p className={orderStyles.empty}>{t('orders.picking.nothing')}</p>
          ) : (
            <table className={orderStyles.table}>
              <thead>
                <tr>
                  <th scope="col">{t('orders.picking.product')}</th>
                  <th scope="col">{t('orders.picking.sku')}</th>
                  <th scope="col">{t('orders.picking.pickupDate')}</th>
                  <th scope="col" className={orderStyles.number}>
                    {t('orders.picking.quantity')}
                  </th>
                  <th scope="col">{t('orders.picking.done')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.lineId}>
                    <td>{line.description}</td>
                    <td>{line.productId}</td>
                    <td>{format.date(line.pickupDate)}</td>
                    <td className={orderStyles.number}>{line.quantity}</td>
                    <td>
                      <span className={styles.tickBox} aria-hidden="true" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : (
        <p role="status">{t('details.loading', { ns: 'orders' })}</p>
      )}
    </main>
  );
}
