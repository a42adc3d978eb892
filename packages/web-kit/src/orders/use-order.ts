import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../api/api-client.ts';
import type { ApiError } from '../api/api-error.ts';
import type { OrderDetails } from './order-details.ts';

/** The query key of an order's details: an operation on the order invalidates it. */
export const orderQueryKey = (orderId: string) => ['order', orderId] as const;

/**
 * `GET /orders/{id}` of the app's API: the order as HQ holds it (at the POS, the store's copy for one HQ
 * does not have yet).
 */
export function useOrder(api: ApiClient, orderId: string) {
  return useQuery<OrderDetails, ApiError>({
    queryKey: orderQueryKey(orderId),
    queryFn: () => api.get<OrderDetails>(`/orders/${encodeURIComponent(orderId)}`),
    retry: false,
  });
}
