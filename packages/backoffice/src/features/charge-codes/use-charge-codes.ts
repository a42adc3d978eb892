import type { ChargeCode } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

/** The key the Commerce parameters page reads the same list under. */
export const CHARGE_CODES = ['charge-codes'] as const;

export function useChargeCodes() {
  const { api } = useServices();
  return useQuery<{ chargeCodes: ChargeCode[] }, ApiError>({
    queryKey: CHARGE_CODES,
    queryFn: () => api.get('/charge-codes'),
  });
}

export const chargeCodePage = (code: string) => `/charge-codes/${encodeURIComponent(code)}/edit`;
