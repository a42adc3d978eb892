import { Button } from '@kassa/web-kit/components/button.tsx';
import { navigate, useLocation } from '@kassa/web-kit/navigation/router.ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FindOrdersForm } from './find-orders-form.tsx';
import { rememberResults } from './last-results.ts';
import { OrderResults } from './order-results.tsx';
import { isSearching, type OrderSearch, queryOf, searchOf } from './order-search.ts';
import styles from './orders.module.css';
import { useFindOrders } from './use-find-orders.ts';

/** Find an order (R-FND-1) at `/orders?…`: the search lives in the address, so Back returns to it. */
export function FindOrdersScreen() {
  const { t } = useTranslation();
  const { search: params } = useLocation();
  const address = params.toString();
  const search = searchOf(params);
  const found = useFindOrders(search);
  const go = (next: OrderSearch) => {
    const query = queryOf(next).toString();
    navigate(query ? `/orders?${query}` : '/orders');
  };

  useEffect(() => {
    rememberResults(address ? `/orders?${address}` : '/orders');
  }, [address]);

  return (
    <main className={styles.screen}>
      <div className={styles.titleBar}>
        <h1>{t('orders.find.heading')}</h1>
        <Button variant="secondary" onClick={() => navigate('/')}>
          {t('orders.home')}
        </Button>
      </div>
      {/* A new address (a search, Back) starts the form from it. */}
      <FindOrdersForm key={address} initial={search} error={found.error} onSearch={go} />
      {found.data && isSearching(search) ? (
        <OrderResults
          reply={found.data}
          busy={found.isFetching}
          firstPage={search.after === undefined}
          onFirstPage={() => go({ ...search, after: undefined })}
          onNextPage={(after) => go({ ...search, after })}
        />
      ) : found.isFetching ? (
        <p role="status">{t('orders.find.searching')}</p>
      ) : null}
    </main>
  );
}
