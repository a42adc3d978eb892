import { PERMISSIONS, type Permission, type PermissionGroup } from '@kassa/contracts';
import { formReader, type Read } from '../../components/form-values.ts';

export const GROUP_FIELDS = ['name', 'permissions'] as const;

export interface GroupForm {
  readonly name: string;
  readonly permissions: readonly string[];
}

export const groupForm = (group?: PermissionGroup): GroupForm => ({
  name: group?.name ?? '',
  permissions: group?.permissions ?? [],
});

/** A permission group and what it grants (R-SEC-1), in the order of the list of permissions. */
export function readGroup(form: GroupForm): Read<PermissionGroup> {
  const read = formReader();
  return read.done({
    name: read.text('name', form.name, 64),
    permissions: PERMISSIONS.filter((permission: Permission) => form.permissions.includes(permission)),
  });
}
