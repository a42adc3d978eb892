import { Button } from '@kassa/web-kit/components/button.tsx';
import titleBar from '@kassa/web-kit/components/title-bar.module.css';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { backToResults } from '@kassa/web-kit/orders/last-results.ts';
import { OrderHeading } from '@kassa/web-kit/orders/order-heading.tsx';
import { orderPath } from '@kassa/web-kit/orders/order-results.tsx';
import { OrderView } from '@kassa/web-kit/orders/order-view.tsx';
import { useOrdersText } from '@kassa/web-kit/orders/orders-text.ts';
import { useOrder as useOrderOf } from '@kassa/web-kit/orders/use-order.ts';
import { useTranslation } from 'react-i18next';
import { useServices, useSession } from '../../services.tsx';
import { useDeliveryOptions } from '../cart/use-delivery-options.ts';
import { canEdit } from '../order-edit/edit-draft.ts';
import { hasOpenQuantities, linesToPickUp } from '../order-operations/lines-to-pick-up.ts';
import { hasReturnableQuantities } from '../order-operations/returnable-lines.ts';
import { useOrderErrorText } from '../order-operations/use-order-error-text.ts';
import { hasPickingToDo } from '../pick-pack/lines-to-pick-and-pack.ts';
import styles from './orders.module.css';
import { linesToPick } from './picking-list.ts';

/** `GET /api/orders/{id}`: the order as HQ holds it (or the store, for one HQ does not have yet). */
export function useOrder(orderId: string) {
  return useOrderOf(useServices().api, orderId);
}

/** An order's details at `/orders/:orderId` (issue 6): everything about it, to read at arm's length. */
export function OrderDetailsScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const ordersText = useOrdersText();
  const orderErrorText = useOrderErrorText();
  const order = useOrder(orderId);
  const found = order.data;
  const storeId = useSession().session?.storeId ?? '';
  const toPick = found ? linesToPick(found, storeId).length > 0 : false;
  const toPickUp = found ? linesToPickUp(found, storeId).length > 0 : false;
  const toPickAndPack = found ? hasPickingToDo(found, storeId) : false;
  const open = found ? hasOpenQuantities(found) : false;
  const today = useDeliveryOptions().data?.today;
  const editable = found ? canEdit(found, today) : false;
  const returnable = found ? hasReturnableQuantities(found) : false;
  return (
    <main className={styles.screen}>
      <div className={titleBar.bar}>
        <OrderHeading order={order} unavailable={t('operations.orderUnavailable')} />
        <div className={`${titleBar.actions} ${styles.noPrint}`}>
          {toPick ? (
            <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/picking-list`)}>
              {t('orders.picking.open')}
            </Button>
          ) : null}
          {toPickAndPack ? (
            <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/pick-pack`)}>
              {t('pickPack.open')}
            </Button>
          ) : null}
          {toPickUp ? (
            <Button onClick={() => navigate(`${orderPath(orderId)}/pick-up`)}>
              {t('operations.pickUp.open')}
            </Button>
          ) : null}
          {returnable ? (
            <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/return`)}>
              {t('operations.return.open')}
            </Button>
          ) : null}
          {editable ? (
            <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/edit`)}>
              {t('operations.edit.open')}
            </Button>
          ) : null}
          {open ? (
            <Button variant="secondary" onClick={() => navigate(`${orderPath(orderId)}/cancel`)}>
              {t('operations.cancel.open')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={backToResults}>
            {ordersText('details.backToResults')}
          </Button>
        </div>
      </div>
      <OrderView order={order} errorText={orderErrorText} />
    </main>
  );
}
