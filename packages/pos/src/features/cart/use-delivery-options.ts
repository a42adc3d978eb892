import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';
import { cartApi } from './cart-api.ts';

/** The stores, shipping modes and today's date a delivery is chosen from; they change only with job 1070. */
export function useDeliveryOptions() {
  const { api } = useServices();
  return useQuery({
    queryKey: ['delivery-options'],
    queryFn: () => cartApi(api).deliveryOptions(),
    staleTime: 5 * 60_000,
  });
}
