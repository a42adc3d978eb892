import type { Location } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

/** A location as HQ lists it: whether the store has its RTS credential (never the credential itself). */
export type LocationView = Location & { readonly hasCredential: boolean };
export type Locations = { locations: LocationView[] };

/** The key the functionality profiles page reads the same list under. */
export const LOCATIONS = ['locations'] as const;

export function useLocations() {
  const { api } = useServices();
  return useQuery<Locations, ApiError>({ queryKey: LOCATIONS, queryFn: () => api.get('/locations') });
}

export const locationPage = (id: string) => `/locations/${encodeURIComponent(id)}/edit`;
