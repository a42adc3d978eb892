import type { Permission, PermissionGroup } from '@kassa/contracts';
import type { Trx } from '../transaction.ts';

/** Every permission group with what it grants (R-SEC-1). */
export async function listPermissionGroups(trx: Trx): Promise<PermissionGroup[]> {
  const rows = await trx.selectFrom('permission_groups').selectAll().orderBy('name').execute();
  return rows.map((row) => ({ name: row.name, permissions: JSON.parse(row.permissions) as Permission[] }));
}
