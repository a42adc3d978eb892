import { type Format, useFormat } from '../format/use-format.ts';
import type { OrderDetails } from './order-details.ts';
import { OrderStatus } from './order-status.tsx';
import styles from './orders.module.css';
import { type OrdersText, useOrdersText } from './orders-text.ts';

type Line = OrderDetails['lines'][number];
type T = OrdersText;

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
      return t('delivery.carryOut');
    case 'pickup':
      return t('delivery.pickup', { store: delivery.storeId, date: format.date(delivery.date) });
    case 'ship': {
      const shipment = order.shipments.find((s) => s.id === delivery.shipmentId);
      if (!shipment) return t('delivery.shipUnknown');
      const { address } = shipment;
      return t('delivery.ship', {
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
  const t = useOrdersText();
  const format = useFormat();
  return (
    <section className={styles.section} aria-labelledby="order-lines">
      <h2 id="order-lines">{t('lines.heading')}</h2>
      <div className={styles.tableScroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.productCell}>
                {t('lines.product')}
              </th>
              <th scope="col" className={styles.number}>
                {t('lines.unitPrice')}
              </th>
              {QUANTITIES.map((quantity) => (
                <th key={quantity} scope="col" className={`${styles.number} ${styles.quantityHead}`}>
                  {t(`quantity.${quantity}`)}
                </th>
              ))}
              <th scope="col">{t('lines.status')}</th>
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
