import type { FindOrdersReply } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';
import { isSearching, type OrderSearch, queryOf } from './order-search.ts';

/** Orders per page: a page fits the counter's screen with rows large enough to tap. */
export const PAGE_SIZE = 10;

/** `GET /api/orders` for the search in the address (R-FND-1); nothing until the search asks for something. */
export function useFindOrders(search: OrderSearch) {
  const { api } = useServices();
  const query = queryOf(search);
  query.set('limit', String(PAGE_SIZE));
  return useQuery<FindOrdersReply, ApiError>({
    queryKey: ['orders', query.toString()],
    queryFn: () => api.get<FindOrdersReply>(`/orders?${query}`),
    enabled: isSearching(search),
    retry: false,
    placeholderData: keepPreviousData,
  });
}
