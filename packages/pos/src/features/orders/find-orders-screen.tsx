import { Button } from '@kassa/web-kit/components/button.tsx';
import titleBar from '@kassa/web-kit/components/title-bar.module.css';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { FindOrders } from '@kassa/web-kit/orders/find-orders.tsx';
import { useOrdersText } from '@kassa/web-kit/orders/orders-text.ts';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { useDeliveryOptions } from '../cart/use-delivery-options.ts';
import styles from './orders.module.css';

/** Orders per page: a page fits the counter's screen with rows large enough to tap. */
export const PAGE_SIZE = 10;

/** Find an order (R-FND-1) at `/orders?…`, with the way back Home. */
export function FindOrdersScreen() {
  const { t } = useTranslation();
  const ordersText = useOrdersText();
  // The stores of the replica (job 1070), as a delivery is chosen from them: every store of the company.
  const stores = useDeliveryOptions().data?.pickupStores;
  return (
    <main className={styles.screen}>
      <div className={titleBar.bar}>
        <h1>{ordersText('find.heading')}</h1>
        <Button variant="secondary" onClick={() => navigate('/')}>
          {t('orders.home')}
        </Button>
      </div>
      <FindOrders api={useServices().api} pageSize={PAGE_SIZE} stores={stores} />
    </main>
  );
}
