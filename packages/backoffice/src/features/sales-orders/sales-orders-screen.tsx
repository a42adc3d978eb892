import { FindOrders } from '@kassa/web-kit/orders/find-orders.tsx';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { useLocations } from '../locations/use-locations.ts';
import styles from './sales-orders.module.css';

/** Orders per page at a desk: more than at the counter, still one screen to scan. */
export const PAGE_SIZE = 20;

/** Sales orders (R-FND-1) at `/orders?…`: every store's orders, found by the POS's filters and presets. */
export function SalesOrdersScreen() {
  const { t } = useTranslation();
  const stores = useLocations().data?.locations.filter((location) => location.kind === 'store');
  return (
    <main className={styles.screen}>
      <h1>{t('salesOrders.heading')}</h1>
      <p className={styles.intro}>{t('salesOrders.intro')}</p>
      <FindOrders api={useServices().api} pageSize={PAGE_SIZE} scope="company" stores={stores} />
    </main>
  );
}
