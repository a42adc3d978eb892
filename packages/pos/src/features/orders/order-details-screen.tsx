import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useServices, useSession } from '../../services.tsx';
import { hasOpenQuantities, linesToPickUp } from '../order-operations/lines-to-pick-up.ts';
import { backToResults } from './last-results.ts';
import type { OrderDetails } from './order-details.ts';
import { OrderDocuments } from './order-documents.tsx';
import { OrderHeader } from './order-header.tsx';
import { OrderHistory } from './order-history.tsx';
import { OrderLedger } from './order-ledger.tsx';
import { OrderLines } from './order-lines.tsx';
import { OrderMoney } from './order-money.tsx';
import { orderNumberOf, orderPath } from './order-results.tsx';
import styles from './orders.module.css';
import { linesToPick } from './picking-list.ts';

/** `GET /api/orders/{id}`: the order as HQ holds it (or the store, for one HQ does not have yet). */
export function useOrder(orderId: string) {
  const { api } = useServices();
  return useQuery<OrderDetails, ApiError>({
    queryKey: ['order', orderId],
    queryFn: () => api.get<OrderDetails>(`/orders/${encodeURIComponent(orderId)}`),
    retry: false,
  });
}

/** An order's details at `/orders/:orderId` (issue 6): everything about it, to read at arm's length. */
export function OrderDetailsScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const order = useOrder(orderId);
  const found = order.data;
  const storeId = useSession().session?.storeId ?? '';
  const toPick = found ? linesToPick(found, storeId).length > 0 : false;
  const toPickUp = found ? linesToPickUp(found, storeId).length > 0 : false;
  const open = found ? hasOpenQuantities(found) : false;
  return (
    <main className={styles.screen}>
      <div className={styles.titleBar}>
        <h1>
          {found
            ? t('orders.details.heading', { number: orderNumberOf(found) })
            : t('orders.details.loading')}
        </h1>
        <div className={`${styles.titleActions} ${styles.noPrint}`}>
          {toPick ? (
            <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/picking-list`)}>
              {t('orders.picking.open')}
            </Button>
          ) : null}
          {toPickUp ? (
            <Button onClick={() => navigate(`${orderPath(orderId)}/pick-up`)}>
              {t('operations.pickUp.open')}
            </Button>
          ) : null}
          {open ? (
            <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/cancel`)}>
              {t('operations.cancel.open')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={backToResults}>
            {t('orders.details.backToResults')}
          </Button>
        </div>
      </div>
      {order.error ? (
        <FormError>{errorText(order.error)}</FormError>
      ) : found ? (
        <>
          <OrderHeader order={found} />
          <OrderLines order={found} />
          <OrderMoney order={found} />
          <OrderLedger order={found} />
          <OrderDocuments order={found} />
          <OrderHistory order={found} />
        </>
      ) : (
        <p role="status">{t('orders.details.loading')}</p>
      )}
    </main>
  );
}
