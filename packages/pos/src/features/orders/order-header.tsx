import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetails } from './order-details.ts';
import { OrderStatus } from './order-status.tsx';
import styles from './orders.module.css';

/** Who and what the order is: its numbers, customer, store, status, dates and pickup code. */
export function OrderHeader({ order }: { order: OrderDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [label: string, value: ReactNode][] = [
    [t('orders.details.number'), order.number || t('orders.details.notAtHqYet')],
    [t('orders.details.confirmationNumber'), order.confirmationNumber ?? t('orders.details.none')],
    [t('orders.details.type'), t(`orders.type.${order.type}`)],
    [t('orders.details.status'), <OrderStatus key="status" status={order.status} />],
    [t('orders.details.customer'), `${order.customer.name} (${order.customer.number})`],
    [t('orders.details.store'), order.storeId],
    [
      t('orders.details.created'),
      order.createdAt ? format.instant(order.createdAt) : t('orders.details.none'),
    ],
    [t('orders.details.pickupCode'), order.pickupCode ?? t('orders.details.none')],
  ];
  if (order.quoteExpiresOn) facts.push([t('orders.details.quoteExpires'), format.date(order.quoteExpiresOn)]);
  if (order.collectors.length > 0) facts.push([t('orders.details.collectors'), order.collectors.join(', ')]);
  return (
    <section className={styles.section} aria-labelledby="order-header">
      <h2 id="order-header">{t('orders.details.order')}</h2>
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
