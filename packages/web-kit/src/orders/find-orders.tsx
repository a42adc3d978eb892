import { useEffect } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { navigate, useLocation } from '../navigation/router.ts';
import { FindOrdersForm, type FindOrdersScope, type StoreChoice } from './find-orders-form.tsx';
import { rememberResults } from './last-results.ts';
import { OrderResults } from './order-results.tsx';
import { isSearching, type OrderSearch, queryOf, searchOf } from './order-search.ts';
import { useOrdersText } from './orders-text.ts';
import { useFindOrders } from './use-find-orders.ts';

/**
 * Find an order (R-FND-1) at `/orders?…`: the form and a page of results. The search lives in the address,
 * so Back and a reload return to it, and an order's details go back to it (last-results.ts).
 */
export function FindOrders({
  api,
  pageSize,
  scope,
  stores,
}: {
  api: ApiClient;
  pageSize: number;
  scope?: FindOrdersScope | undefined;
  /** The stores the search offers to choose from, as the app has them. */
  stores?: readonly StoreChoice[] | undefined;
}) {
  const ordersText = useOrdersText();
  const { search: params } = useLocation();
  const address = params.toString();
  const search = searchOf(params);
  const found = useFindOrders(api, search, pageSize);
  const go = (next: OrderSearch) => {
    const query = queryOf(next).toString();
    navigate(query ? `/orders?${query}` : '/orders');
  };

  useEffect(() => {
    rememberResults(address ? `/orders?${address}` : '/orders');
  }, [address]);

  return (
    <>
      {/* A new address (a search, Back) starts the form from it. */}
      <FindOrdersForm
        key={address}
        initial={search}
        error={found.error}
        onSearch={go}
        scope={scope}
        stores={stores}
      />
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
    </>
  );
}
