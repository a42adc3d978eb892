import type { ModeOfDelivery } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

/** The key the Commerce parameters page reads the same list under. */
export const MODES_OF_DELIVERY = ['modes-of-delivery'] as const;
export type ModesOfDelivery = { modesOfDelivery: ModeOfDelivery[] };

export function useModesOfDelivery() {
  const { api } = useServices();
  return useQuery<ModesOfDelivery, ApiError>({
    queryKey: MODES_OF_DELIVERY,
    queryFn: () => api.get('/modes-of-delivery'),
  });
}

export const modePage = (code: string) => `/modes-of-delivery/${encodeURIComponent(code)}/edit`;
