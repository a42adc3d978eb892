import type { FindOrdersReply } from '@kassa/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../api/api-client.ts';
import type { ApiError } from '../api/api-error.ts';
import { isSearching, type OrderSearch, queryOf } from './order-search.ts';

/**
 * `GET /orders` of the app's API (the store's for the POS, HQ's for the back office) for the search in the
 * address (R-FND-1), `pageSize` orders a page; nothing until the search asks for something.
 */
export function useFindOrders(api: ApiClient, search: OrderSearch, pageSize: number) {
  const query = queryOf(search);
  query.set('limit', String(pageSize));
  return useQuery<FindOrdersReply, ApiError>({
    queryKey: ['orders', query.toString()],
    queryFn: () => api.get<FindOrdersReply>(`/orders?${query}`),
    enabled: isSearching(search),
    retry: false,
    placeholderData: keepPreviousData,
  });
}
