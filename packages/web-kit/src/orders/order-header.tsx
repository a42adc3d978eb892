import type { ReactNode } from 'react';
import { useFormat } from '../format/use-format.ts';
import type { OrderDetails } from './order-details.ts';
import { OrderStatus } from './order-status.tsx';
import styles from './orders.module.css';
import { useOrdersText } from './orders-text.ts';

/** Who and what the order is: its numbers, customer, store, status, dates and pickup code. */
export function OrderHeader({ order }: { order: OrderDetails }) {
  const t = useOrdersText();
  const format = useFormat();
  const facts: [label: string, value: ReactNode][] = [
    [t('details.number'), order.number || t('details.notAtHqYet')],
    [t('details.confirmationNumber'), order.confirmationNumber ?? t('details.none')],
    [t('details.type'), t(`type.${order.type}`)],
    [t('details.status'), <OrderStatus key="status" status={order.status} />],
    [t('details.customer'), `${order.customer.name} (${order.customer.number})`],
    [t('details.store'), order.storeId],
    [t('details.created'), order.createdAt ? format.instant(order.createdAt) : t('details.none')],
    [t('details.pickupCode'), order.pickupCode ?? t('details.none')],
  ];
  if (order.quoteExpiresOn) facts.push([t('details.quoteExpires'), format.date(order.quoteExpiresOn)]);
  if (order.collectors.length > 0) facts.push([t('details.collectors'), order.collectors.join(', ')]);
  return (
    <section className={styles.section} aria-labelledby="order-header">
      <h2 id="order-header">{t('details.order')}</h2>
      <dl className={styles.facts}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
