import type { CustomerDetail } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

/** The order's customer with their addresses, which a shipment goes to (R-CRE-2). */
export function useCustomer(number: string) {
  const { api } = useServices();
  return useQuery<CustomerDetail, ApiError>({
    queryKey: ['customer', number],
    queryFn: () => api.get<CustomerDetail>(`/customers/${encodeURIComponent(number)}`),
    staleTime: 60_000,
  });
}
