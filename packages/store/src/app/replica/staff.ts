import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, type Replica, updated } from './replica.ts';

/**
 * Job 1060: a staff member with the scrypt hash of their password and their permission groups
 * (R-SEC-1), so associates sign in at the store while HQ is down.
 */
export const staffReplica: Replica<DistributedPayload<'staff'>> = {
  schema: DISTRIBUTED_PAYLOADS.staff,
  keyOf: (staff) => staff.id,
  async upsert(trx, staff, applying) {
    const values = { name: staff.name, password_hash: staff.passwordHash };
    await trx
      .insertInto('staff')
      .values({ id: staff.id, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
    await trx.deleteFrom('staff_groups').where('staff_id', '=', staff.id).execute();
    const groups = [...new Set(staff.groups)];
    if (groups.length > 0) {
      await trx
        .insertInto('staff_groups')
        .values(groups.map((group_name, position) => ({ staff_id: staff.id, group_name, position })))
        .execute();
    }
  },
  async load(db, id) {
    const staff = await db
      .selectFrom('staff')
      .select(['id', 'name', 'password_hash'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!staff) return undefined;
    const groups = await db
      .selectFrom('staff_groups')
      .select('group_name')
      .where('staff_id', '=', id)
      .orderBy('position')
      .execute();
    return {
      id: staff.id,
      name: staff.name,
      groups: groups.map((group) => group.group_name),
      passwordHash: staff.password_hash,
    };
  },
};
