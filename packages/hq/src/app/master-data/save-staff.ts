import type { Staff } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fail } from '../failure.ts';
import { hashSecret } from '../passwords.ts';
import { transact } from '../transaction.ts';
import { keyTaken, type Saved, type SaveMode } from './saved.ts';

/**
 * Creates or replaces a staff member (R-SEC-1). A new one needs a password; without one, an existing
 * member keeps theirs. Only the scrypt hash is kept, computed before the transaction opens so the slow
 * part holds no lock. A new password ends the member's back-office sessions. With `create`, an existing
 * id is refused and kept.
 */
export async function saveStaff(
  db: Kysely<Database>,
  staff: Staff & { password?: string | undefined },
  at: string,
  mode: SaveMode = 'upsert',
): Promise<Saved<Staff> | Failure> {
  const passwordHash = staff.password === undefined ? undefined : await hashSecret(staff.password);
  const groups = [...new Set(staff.groups)];
  return transact(db, async (trx) => {
    if (groups.length > 0) {
      const known = new Set(
        (await trx.selectFrom('permission_groups').select('name').where('name', 'in', groups).execute()).map(
          (g) => g.name,
        ),
      );
      const unknown = staff.groups.findIndex((g) => !known.has(g));
      if (unknown >= 0) {
        return fail('UNKNOWN_PERMISSION_GROUP', `permission group ${staff.groups[unknown]} does not exist`, {
          field: `groups[${unknown}]`,
          rule: 'R-SEC-1',
        });
      }
    }
    const existing = await trx.selectFrom('staff').select('id').where('id', '=', staff.id).executeTakeFirst();
    if (existing && mode === 'create') return keyTaken('staff member', 'id', staff.id);
    const values = { name: staff.name, groups: JSON.stringify(groups) };
    if (existing) {
      await trx
        .updateTable('staff')
        .set({ ...values, ...(passwordHash ? { password_hash: passwordHash } : {}), updated_at: at })
        .where('id', '=', staff.id)
        .execute();
      if (passwordHash) await trx.deleteFrom('sessions').where('staff_id', '=', staff.id).execute();
    } else {
      if (!passwordHash) {
        return fail('VALIDATION_FAILED', `staff ${staff.id} is new and needs a password`, {
          field: 'password',
          rule: 'R-SEC-1',
        });
      }
      // Two creations racing: the last one wins, as two PUTs in a row would, unless they ask to create only.
      const written = await trx
        .insertInto('staff')
        .values({ id: staff.id, ...values, password_hash: passwordHash, created_at: at, updated_at: at })
        .onConflict((oc) =>
          mode === 'create'
            ? oc.column('id').doNothing()
            : oc.column('id').doUpdateSet({ ...values, password_hash: passwordHash, updated_at: at }),
        )
        .returning('id')
        .executeTakeFirst();
      if (!written) return keyTaken('staff member', 'id', staff.id);
    }
    // Stores check sign-ins against the hash themselves, so they keep working while HQ is down.
    const { password_hash } = await trx
      .selectFrom('staff')
      .select('password_hash')
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow();
    await recordChange(trx, {
      entity: 'staff',
      key: staff.id,
      payload: { id: staff.id, name: staff.name, groups, passwordHash: password_hash },
      at,
    });
    return { created: !existing, value: { id: staff.id, name: staff.name, groups } };
  });
}
