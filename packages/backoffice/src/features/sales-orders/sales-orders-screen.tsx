import { navigate, useLocation } from '@kassa/web-kit/navigation/router.ts';
import { FindOrdersForm } from '@kassa/web-kit/orders/find-orders-form.tsx';
import { rememberResults } from '@kassa/web-kit/orders/last-results.ts';
import { OrderResults } from '@kassa/web-kit/orders/order-results.tsx';
import { isSearching, type OrderSearch, queryOf, searchOf } from '@kassa/web-kit/orders/order-search.ts';
import { useOrdersText } from '@kassa/web-kit/orders/orders-text.ts';
import { useFindOrders } from '@kassa/web-kit/orders/use-find-orders.ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import styles from './sales-orders.module.css';

/** Orders per page at a desk: more than at the counter, still one screen to scan. */
export const PAGE_SIZE = 20;

/**
 * Sales orders (R-FND-1) at `/orders?…`: every store's orders, found by the POS's filters and presets, a
 * page at a time; the search lives in the address, so Back and a reload return to it.
 */
export function SalesOrdersScreen() {
  const { t } = useTranslation();
  const ordersText = useOrdersText();
  const { search: params } = useLocation();
  const address = params.toString();
  const search = searchOf(params);
  const found = useFindOrders(useServices().api, search, PAGE_SIZE);
  const go = (next: OrderSearch) => {
    const query = queryOf(next).toString();
    navigate(query ? `/orders?${query}` : '/orders');
  };

  useEffect(() => {
    rememberResults(address ? `/orders?${address}` : '/orders');
  }, [address]);

  return (
    <main className={styles.screen}>
      <h1>{t('salesOrders.heading')}</h1>
      <p className={styles.intro}>{t('salesOrders.intro')}</p>
      {/* A new address (a search, Back) starts the form from it. */}
      <FindOrdersForm key={address} initial={search} error={found.error} onSearch={go} scope="company" />
      {found.data && isSearching(search) ? (
        <OrderResults
          reply={found.data}
          busy={found.isFetching}
          firstPage={search.after === undefined}
          onFirstPage={() => go({ ...search, after: undefined })}
          onNextPage={(after) => go({ ...search, after })}
        />
      ) : found.isFetching ? (
        <p role="status">{ordersText('find.searching')}</p>
      ) : null}
    </main>
  );
}
