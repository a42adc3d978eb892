import type { Permission } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** A staff member of the replica (job 1060) with what their permission groups grant, as one set. */
export interface StaffMember {
  readonly staffId: string;
  readonly name: string;
  readonly permissions: readonly Permission[];
}

/**
 * The permissions of a staff member, read from the replica on every call: a change HQ distributes (a
 * group taken away) holds from the next request, not from the next sign-in. A group HQ has not sent yet
 * grants nothing.
 */
export async function loadStaffMember(
  db: Kysely<Database>,
  staffId: string,
): Promise<(StaffMember & { readonly passwordHash: string }) | undefined> {
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'name', 'password_hash'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  if (!staff) return undefined;
  const rows = await db
    .selectFrom('staff_groups')
    .innerJoin(
      'permission_group_permissions',
      'permission_group_permissions.group_name',
      'staff_groups.group_name',
    )
    .select('permission_group_permissions.permission')
    .where('staff_groups.staff_id', '=', staffId)
    .orderBy('staff_groups.position')
    .orderBy('permission_group_permissions.position')
    .execute();
  return {
    staffId: staff.id,
    name: staff.name,
    passwordHash: staff.password_hash,
    permissions: [...new Set(rows.map((row) => row.permission as Permission))],
  };
}
