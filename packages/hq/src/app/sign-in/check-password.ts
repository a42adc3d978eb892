import { instantText } from '@kassa/domain';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { verifyNobody, verifySecret } from '../passwords.ts';

/** R-SEC-1: at most 5 wrong passwords per staff id in 5 minutes, as at a register (the store's rule). */
export const SIGN_IN_LIMIT = { failures: 5, minutes: 5 } as const;

/** Who typed the right password. */
export interface CheckedStaff {
  readonly staffId: string;
  readonly name: string;
}

/**
 * Checks a back-office staff id and password, rate-limited per staff id the way the store limits the
 * register's sign-in: the attempt is written before the (slow) scrypt check and counted with it, so racing
 * guesses cannot all slip under the limit; a success removes the staff id's attempts, a failure leaves its
 * row as the failure, a refused attempt is not counted (the lock ends 5 minutes after the failures, not
 * after the last try). Unknown staff ids are counted and answered exactly like wrong passwords, after the
 * same work: nobody learns which staff ids exist.
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
  { now, newId }: { readonly now: Temporal.Instant; readonly newId: () => string },
): Promise<CheckedStaff | Failure> {
  const since = instantText(now.subtract({ minutes: SIGN_IN_LIMIT.minutes }));
  const { staffId, password } = credentials;
  // Attempts older than the window count for nobody: removing them keeps the table small.
  await db.deleteFrom('sign_in_attempts').where('at', '<=', since).execute();
  const id = newId();
  await db
    .insertInto('sign_in_attempts')
    .values({ id, staff_id: staffId, at: instantText(now) })
    .execute();
  // Every attempt written so far counts, a racing one too: of racing guesses at most the allowed number
  // get past this point, since the last of them to count sees all of them.
  const recent = await db
    .selectFrom('sign_in_attempts')
    .select(['id', 'at'])
    .where('staff_id', '=', staffId)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .execute();
  if (recent.length > SIGN_IN_LIMIT.failures) {
    await db.deleteFrom('sign_in_attempts').where('id', '=', id).execute();
    return tooManyAttempts(
      staffId,
      now,
      recent.filter((attempt) => attempt.id !== id),
    );
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
  await db.deleteFrom('sign_in_attempts').where('staff_id', '=', staffId).execute();
  return { staffId: staff.id, name: staff.name };
}

/**
 * The refusal, with when a sign-in is let through again: once the oldest of the failures that make the
 * limit leaves the window. `retryAfter` (seconds) is what the route sends as Retry-After.
 */
function tooManyAttempts(
  staffId: string,
  now: Temporal.Instant,
  failures: readonly { readonly at: string }[],
): Failure {
  // Newest first: the limit holds until all but `failures - 1` of them are older than the window.
  const deciding = failures[SIGN_IN_LIMIT.failures - 1]?.at;
  const retryAt = (deciding ? Temporal.Instant.from(deciding) : now).add({ minutes: SIGN_IN_LIMIT.minutes });
  const retryAfter = Math.max(1, Math.ceil((retryAt.epochMilliseconds - now.epochMilliseconds) / 1000));
  return fail(
    'TOO_MANY_ATTEMPTS',
    `${SIGN_IN_LIMIT.failures} wrong passwords for staff ${staffId} within ${SIGN_IN_LIMIT.minutes} minutes: try again at ${instantText(retryAt)} (R-SEC-1)`,
    {
      field: 'password',
      rule: 'R-SEC-1',
      details: {
        failures: SIGN_IN_LIMIT.failures,
        minutes: SIGN_IN_LIMIT.minutes,
        retryAt: instantText(retryAt),
        retryAfter,
      },
    },
  );
}
