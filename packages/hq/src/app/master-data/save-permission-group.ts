import { PERMISSIONS, type PermissionGroup } from '@kassa/contracts';
import { recordChange } from '../distribution/record-change.ts';
import type { Failure } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { keyTaken, type Saved, type SaveMode } from './saved.ts';

/**
 * Creates or replaces a permission group (R-SEC-1). Its staff have the new permissions at their next
 * request at HQ, and at a store once distribution job 1060 carries them. With `create`, an existing name
 * is refused and kept.
 */
export async function savePermissionGroup(
  trx: Trx,
  group: PermissionGroup,
  at: string,
  mode: SaveMode = 'upsert',
): Promise<Saved<PermissionGroup> | Failure> {
  const permissions = PERMISSIONS.filter((p) => group.permissions.includes(p));
  const existing = await trx
    .selectFrom('permission_groups')
    .select('name')
    .where('name', '=', group.name)
    .executeTakeFirst();
  if (existing && mode === 'create') return keyTaken('permission group', 'name', group.name);
  const written = await trx
    .insertInto('permission_groups')
    .values({ name: group.name, permissions: JSON.stringify(permissions), created_at: at, updated_at: at })
    .onConflict((oc) =>
      mode === 'create'
        ? oc.column('name').doNothing()
        : oc.column('name').doUpdateSet({ permissions: JSON.stringify(permissions), updated_at: at }),
    )
    .returning('name')
    .executeTakeFirst();
  if (!written) return keyTaken('permission group', 'name', group.name);
  await recordChange(trx, {
    entity: 'permissionGroup',
    key: group.name,
    payload: { name: group.name, permissions },
    at,
  });
  return { created: !existing, value: { name: group.name, permissions } };
}
