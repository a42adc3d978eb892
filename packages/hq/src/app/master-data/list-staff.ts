import type { Staff } from '@kassa/contracts';
import type { Trx } from '../transaction.ts';

/** Every staff member with their groups; never a password, not even its hash (R-SEC-1). */
export async function listStaff(trx: Trx): Promise<Staff[]> {
  const rows = await trx.selectFrom('staff').select(['id', 'name', 'groups']).orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, groups: JSON.parse(row.groups) as string[] }));
}
