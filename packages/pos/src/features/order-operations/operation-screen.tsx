import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import titleBar from '@kassa/web-kit/components/title-bar.module.css';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { OrderHeading } from '@kassa/web-kit/orders/order-heading.tsx';
import { orderPath } from '@kassa/web-kit/orders/order-results.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrder } from '../orders/order-details-screen.tsx';
import styles from '../orders/orders.module.css';
import { useOrderErrorText } from './use-order-error-text.ts';

/**
 * The frame of an operation on an order (pickup, cancel): its heading with the order's number, the way
 * back to the details, and the operation's form once the order is read.
 */
export function OperationScreen({
  orderId,
  heading,
  children,
}: {
  orderId: string;
  heading: (number: string) => string;
  children: (order: OrderDetails) => ReactNode;
}) {
  const { t } = useTranslation();
  const orderErrorText = useOrderErrorText();
  const order = useOrder(orderId);
  const found = order.data;
  return (
    <main className={styles.screen}>
      <div className={titleBar.bar}>
        <OrderHeading order={order} heading={heading} unavailable={t('operations.orderUnavailable')} />
        <div className={titleBar.actions}>
          <Button variant="secondary" onClick={() => navigate(orderPath(orderId))}>
            {t('operations.backToOrder')}
          </Button>
        </div>
      </div>
      {order.error ? (
        <FormError>{orderErrorText(order.error)}</FormError>
      ) : found ? (
        children(found)
      ) : (
        <p role="status">{t('details.loading', { ns: 'orders' })}</p>
      )}
    </main>
  );
}
