import { type Format, useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useTranslation } from 'react-i18next';
import type { OrderDetails } from './order-details.ts';
import { OrderStatus } from './order-status.tsx';
import styles from './orders.module.css';

type Line = OrderDetails['lines'][number];
type T = ReturnType<typeof useTranslation>['t'];

/** The quantities of a line the associate follows, in the order they happen. */
export const QUANTITIES = [
  'ordered',
  'reserved',
  'picked',
  'packed',
  'delivered',
  'cancelled',
  'returned',
] as const;

const quantitiesOf = (line: Line): Readonly<Record<(typeof QUANTITIES)[number], number>> => line.quantities;

/** HQ adds each line's status when an order is read; the store's own view of an order may not. */
const statusOf = (line: Line): string | undefined =>
  typeof line.status === 'string' ? line.status : undefined;

/** Where a line goes: carried out now, picked up at a store on a date, or shipped to an address. */
export function deliveryText(t: T, format: Format, order: OrderDetails, line: Line): string {
  const delivery = line.delivery;
  switch (delivery.kind) {
    case 'carryOut':
      return t('orders.delivery.carryOut');
    case 'pickup':
      return t('orders.delivery.pickup', { store: delivery.storeId, date: format.date(delivery.date) });
    case 'ship': {
      const shipment = order.shipments.find((s) => s.id === delivery.shipmentId);
      if (!shipment) return t('orders.delivery.shipUnknown');
      const { address } = shipment;
      return t('orders.delivery.ship', {
        address: `${address.name}, ${address.street}, ${address.postalCode} ${address.city}, ${address.country}`,
        mode: shipment.modeOfDelivery,
        date: format.date(shipment.requestedDate),
      });
    }
    default: {
      const unknown: never = delivery;
      return String(unknown);
    }
  }
}

/** The order's lines: product, delivery, price, each quantity and status. */
export function OrderLines({ order }: { order: OrderDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className={styles.section} aria-labelledby="order-lines">
      <h2 id="order-lines">{t('orders.lines.heading')}</h2>
      <div className={styles.tableScroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.productCell}>
                {t('orders.lines.product')}
              </th>
              <th scope="col" className={styles.number}>
                {t('orders.lines.unitPrice')}
              </th>
              {QUANTITIES.map((quantity) => (
                <th key={quantity} scope="col" className={`${styles.number} ${styles.quantityHead}`}>
                  {t(`orders.quantity.${quantity}`)}
                </th>
              ))}
              <th scope="col">{t('orders.lines.status')}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td className={styles.productCell}>
                  <strong>{line.description}</strong>
                  <br />
                  <span className={styles.quiet}>{line.productId}</span>
                  <br />
                  {deliveryText(t, format, order, line)}
                </td>
                <td className={styles.number}>{format.money(line.unitPrice)}</td>
                {QUANTITIES.map((quantity) => (
                  <td key={quantity} className={styles.number}>
                    {quantitiesOf(line)[quantity]}
                  </td>
                ))}
                <td>{statusOf(line) ? <OrderStatus status={statusOf(line) as string} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
