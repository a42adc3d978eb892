import { PERMISSIONS, type PermissionGroup } from '@kassa/contracts';
import { recordChange } from '../distribution/record-change.ts';
import type { Trx } from '../transaction.ts';
import type { Saved } from './saved.ts';

/**
 * Creates or replaces a permission group (R-SEC-1). Its staff have the new permissions at their next
 * request at HQ, and at a store once distribution job 1060 carries them.
 */
export async function savePermissionGroup(
  trx: Trx,
  group: PermissionGroup,
  at: string,
): Promise<Saved<PermissionGroup>> {
  const permissions = PERMISSIONS.filter((p) => group.permissions.includes(p));
  const existing = await trx
    .selectFrom('permission_groups')
    .select('name')
    .where('name', '=', group.name)
    .executeTakeFirst();
  await trx
    .insertInto('permission_groups')
    .values({ name: group.name, permissions: JSON.stringify(permissions), created_at: at, updated_at: at })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ permissions: JSON.stringify(permissions), updated_at: at }),
    )
    .execute();
  await recordChange(trx, {
    entity: 'permissionGroup',
    key: group.name,
    payload: { name: group.name, permissions },
    at,
  });
  return { created: !existing, value: { name: group.name, permissions } };
}
