import { forgetSignInAttempts, recordSignInAttempt, tooManyAttempts } from '@kassa/server-kit';
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { verifyNobody, verifySecret } from '../passwords.ts';

/** Who typed the right password. */
export interface CheckedStaff {
  readonly staffId: string;
  readonly name: string;
}

/**
 * Checks a back-office staff id and password, rate-limited per staff id as the store limits the
 * register's sign-in (R-SEC-1, `recordSignInAttempt`). Unknown staff ids are counted and answered exactly
 * like wrong passwords, after the same work: nobody learns which staff ids exist.
 *
 * The count is kept in HQ's database, not in memory. A back-office account can change prices, staff and
 * their passwords for every store, so it is worth more to a guesser than a register: a restart or a deploy
 * of HQ must not hand out 5 fresh guesses, and when HQ runs as more than one process on PostgreSQL they
 * share one count instead of granting 5 guesses each. It costs two small writes per sign-in, which a
 * back office signing in a few times a day does not notice.
 */
export async function checkPassword(
  db: Kysely<Database>,
  credentials: { readonly staffId: string; readonly password: string },
  clock: { readonly now: Temporal.Instant; readonly newId: () => string },
): Promise<CheckedStaff | Failure> {
  const { staffId, password } = credentials;
  const verdict = await recordSignInAttempt(db, staffId, clock);
  if (!verdict.allowed) {
    const { message, details } = tooManyAttempts(staffId, verdict, 'R-SEC-1');
    return fail('TOO_MANY_ATTEMPTS', message, { field: 'password', rule: 'R-SEC-1', details });
  }
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'name', 'password_hash'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  const valid = staff ? await verifySecret(password, staff.password_hash) : await verifyNobody(password);
  if (!staff || !valid) {
    return fail('UNAUTHORIZED', 'unknown staff id or wrong password', { field: 'password', rule: 'R-SEC-1' });
  }
  await forgetSignInAttempts(db, staffId);
  return { staffId: staff.id, name: staff.name };
}
