import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { verifyNobody, verifySecret } from '../passwords.ts';
import { loadStaffMember, type StaffMember } from './staff-member.ts';

/** R-SEC-1: at most 5 wrong passwords per staff id in 5 minutes, for sign-ins and manager overrides alike. */
export const SIGN_IN_LIMIT = { failures: 5, minutes: 5 } as const;

/**
 * Checks a staff id and password against the replica, rate-limited per staff id. The attempt is written
 * before the (slow) scrypt check and counted with it, so racing guesses cannot all slip under the limit;
 * a success removes the staff id's attempts, a failure leaves its row as the failure. Unknown staff ids
 * are counted and answered exactly like wrong passwords, after the same work: nobody learns which staff
 * ids exist. The count lives in the channel database, not in memory, so restarting the store server does
 * not reset it, and it follows the store's clock.
 */
export async function checkPassword(
  db: Kysely<Database>,
  credentials: { readonly staffId: string; readonly password: string },
  now: Temporal.Instant,
  { field = 'password', rule = 'R-SEC-1' }: { field?: string; rule?: string } = {},
): Promise<StaffMember | Failure> {
  const at = isoOf(now);
  const since = isoOf(now.subtract({ minutes: SIGN_IN_LIMIT.minutes }));
  const { staffId, password } = credentials;
  // Attempts older than the window count for nobody: removing them keeps the table small.
  await db.deleteFrom('sign_in_attempts').where('at', '<=', since).execute();
  const attempt = await db
    .insertInto('sign_in_attempts')
    .values({ staff_id: staffId, at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { count } = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('staff_id', '=', staffId)
    .where('at', '>', since)
    .where('id', '<=', attempt.id)
    .executeTakeFirstOrThrow();
  if (Number(count) > SIGN_IN_LIMIT.failures) {
    // A refused attempt is not counted: the lock ends 5 minutes after the failures, not after the last try.
    await db.deleteFrom('sign_in_attempts').where('id', '=', attempt.id).execute();
    return fail(
      'TOO_MANY_ATTEMPTS',
      `${SIGN_IN_LIMIT.failures} wrong passwords for staff ${staffId} within ${SIGN_IN_LIMIT.minutes} minutes: wait ${SIGN_IN_LIMIT.minutes} minutes before trying again (${rule})`,
      { field, rule, details: { failures: SIGN_IN_LIMIT.failures, minutes: SIGN_IN_LIMIT.minutes } },
    );
  }
  const staff = await loadStaffMember(db, staffId);
  const valid = staff ? await verifySecret(password, staff.passwordHash) : await verifyNobody(password);
  if (!staff || !valid) {
    return fail('UNAUTHORIZED', `wrong staff id or password (${rule})`, { field, rule });
  }
  await db.deleteFrom('sign_in_attempts').where('staff_id', '=', staffId).execute();
  return { staffId: staff.staffId, name: staff.name, permissions: staff.permissions };
}
