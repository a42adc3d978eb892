import { DISTRIBUTED_PAYLOADS, type DistributedPayload, type Permission } from '@kassa/contracts';
import { created, type Replica, updated } from './replica.ts';

/** Job 1060: a permission group (Cashier, Manager) and what it grants (R-SEC-1). */
export const permissionGroupReplica: Replica<DistributedPayload<'permissionGroup'>> = {
  schema: DISTRIBUTED_PAYLOADS.permissionGroup,
  keyOf: (group) => group.name,
  async upsert(trx, group, applying) {
    await trx
      .insertInto('permission_groups')
      .values({ name: group.name, ...created(applying) })
      .onConflict((oc) => oc.column('name').doUpdateSet(updated(applying)))
      .execute();
    await trx.deleteFrom('permission_group_permissions').where('group_name', '=', group.name).execute();
    const permissions = [...new Set(group.permissions)];
    if (permissions.length > 0) {
      await trx
        .insertInto('permission_group_permissions')
        .values(permissions.map((permission, position) => ({ group_name: group.name, permission, position })))
        .execute();
    }
  },
  async load(db, name) {
    const group = await db
      .selectFrom('permission_groups')
      .select('name')
      .where('name', '=', name)
      .executeTakeFirst();
    if (!group) return undefined;
    const permissions = await db
      .selectFrom('permission_group_permissions')
      .select('permission')
      .where('group_name', '=', name)
      .orderBy('position')
      .execute();
    return { name: group.name, permissions: permissions.map((row) => row.permission as Permission) };
  },
};
