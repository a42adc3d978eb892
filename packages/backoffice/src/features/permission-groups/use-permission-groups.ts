import type { PermissionGroup } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

export const PERMISSION_GROUPS = ['permission-groups'] as const;
export type PermissionGroups = { permissionGroups: PermissionGroup[] };

export function usePermissionGroups() {
  const { api } = useServices();
  return useQuery<PermissionGroups, ApiError>({
    queryKey: PERMISSION_GROUPS,
    queryFn: () => api.get('/permission-groups'),
  });
}

export const groupPage = (name: string) => `/permission-groups/${encodeURIComponent(name)}/edit`;
