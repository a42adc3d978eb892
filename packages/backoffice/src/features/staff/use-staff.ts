import type { Staff } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

export const STAFF = ['staff'] as const;
export type StaffList = { staff: Staff[] };

export function useStaff() {
  const { api } = useServices();
  return useQuery<StaffList, ApiError>({ queryKey: STAFF, queryFn: () => api.get('/staff') });
}

export const staffPage = (id: string) => `/staff/${encodeURIComponent(id)}/edit`;
