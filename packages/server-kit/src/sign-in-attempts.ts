import {
  instantText,
  SIGN_IN_LIMIT,
  type SignInVerdict,
  signInVerdict,
  signInWindowStart,
} from '@kassa/domain';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';

/**
 * The password checks R-SEC-1 counts, one row per check, in the server's own database (the store's
 * channel database, HQ's database): a restart does not reset the count, and HQ processes sharing one
 * PostgreSQL share it. `staff_id` is as typed (an unknown id is counted too); `id` is random text, which
 * both engines spell alike; `at` is `instantText`, so text order is time order.
 */
export interface SignInAttemptTable {
  id: string;
  staff_id: string;
  at: string;
}

/** Any server database with the attempts table. */
export interface SignInAttemptsDatabase {
  sign_in_attempts: SignInAttemptTable;
}

/** Kysely's types are invariant in the database: any database with the table is this one here. */
const attemptsOf = <DB extends SignInAttemptsDatabase>(db: Kysely<DB>) =>
  db as unknown as Kysely<SignInAttemptsDatabase>;

/**
 * Records a password check of `staffId` and judges it (R-SEC-1). The attempt is written before the (slow)
 * password check and the verdict counts every other attempt written so far, a racing one too: of racing
 * guesses at most the allowed number get past, since the last of them to count sees all of them. An
 * allowed attempt stays as a failure until `forgetSignInAttempts` clears the staff id after the right
 * password; a refused one is removed, so the lock ends 5 minutes after the failures, not after the last try.
 */
export async function recordSignInAttempt<DB extends SignInAttemptsDatabase>(
  database: Kysely<DB>,
  staffId: string,
  { now, newId }: { readonly now: Temporal.Instant; readonly newId: () => string },
): Promise<SignInVerdict> {
  const db = attemptsOf(database);
  const since = instantText(signInWindowStart(now));
  // Attempts older than the window count for nobody: removing them keeps the table small.
  await db.deleteFrom('sign_in_attempts').where('at', '<=', since).execute();
  const id = newId();
  await db
    .insertInto('sign_in_attempts')
    .values({ id, staff_id: staffId, at: instantText(now) })
    .execute();
  const others = await db
    .selectFrom('sign_in_attempts')
    .select('at')
    .where('staff_id', '=', staffId)
    .where('at', '>', since)
    .where('id', '<>', id)
    .execute();
  const verdict = signInVerdict(
    others.map((attempt) => Temporal.Instant.from(attempt.at)),
    now,
  );
  if (!verdict.allowed) await db.deleteFrom('sign_in_attempts').where('id', '=', id).execute();
  return verdict;
}

/** The right password: the staff id's failures count no more. */
export async function forgetSignInAttempts<DB extends SignInAttemptsDatabase>(
  database: Kysely<DB>,
  staffId: string,
): Promise<void> {
  await attemptsOf(database).deleteFrom('sign_in_attempts').where('staff_id', '=', staffId).execute();
}

/**
 * What a refused check answers, for the server's `TOO_MANY_ATTEMPTS`: the limit (the POS says "wait
 * {{minutes}} minutes") and when it lets the staff id try again; `retryAfter` goes out as Retry-After.
 */
export function tooManyAttempts(
  staffId: string,
  verdict: Extract<SignInVerdict, { allowed: false }>,
  rule: string,
): { message: string; details: { failures: number; minutes: number; retryAt: string; retryAfter: number } } {
  const retryAt = instantText(verdict.retryAt);
  return {
    message: `${SIGN_IN_LIMIT.failures} wrong passwords for staff ${staffId} within ${SIGN_IN_LIMIT.minutes} minutes: try again at ${retryAt} (${rule})`,
    details: {
      failures: SIGN_IN_LIMIT.failures,
      minutes: SIGN_IN_LIMIT.minutes,
      retryAt,
      retryAfter: verdict.retryAfter,
    },
  };
}
