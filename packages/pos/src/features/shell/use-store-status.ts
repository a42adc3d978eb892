import type { StoreStatus } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

/** The store keeps HQ's answer about 3 s; polling every 5 s shows a change within about 8 s. */
const POLL_MS = 5000;

/** GET /api/status, polled while a register is signed in: the header and the connection banner show it. */
export function useStoreStatus() {
  const { api } = useServices();
  return useQuery<StoreStatus, ApiError>({
    queryKey: ['status'],
    queryFn: () => api.get<StoreStatus>('/status'),
    refetchInterval: POLL_MS,
    retry: false,
  });
}
