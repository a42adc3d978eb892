import type { RegisterSession, RegisterSignIn } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
import { type Failure, isFailure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { checkPassword } from './check-password.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';

/** R-SEC-1: a register session lasts one long shift, by the store's clock. */
export const SESSION_HOURS = 12;

/**
 * R-SEC-1: an associate signs in to a register of this store against the replicated staff (job 1060).
 * Not in one transaction: the password check must not hold the channel database for the length of a
 * scrypt, and each of its writes stands on its own.
 */
export async function signIn(
  db: Kysely<Database>,
  input: RegisterSignIn,
  store: { readonly storeId: string; readonly now: Temporal.Instant; readonly newId: () => string },
): Promise<RegisterSession | Failure> {
  const staff = await checkPassword(db, input, store);
  if (isFailure(staff)) return staff;
  const token = newSessionToken();
  const expiresAt = isoOf(store.now.add({ hours: SESSION_HOURS }));
  await db
    .insertInto('register_sessions')
    .values({
      token_hash: hashSessionToken(token),
      staff_id: staff.staffId,
      register_id: input.registerId,
      created_at: isoOf(store.now),
      expires_at: expiresAt,
    })
    .execute();
  return {
    token,
    staffId: staff.staffId,
    name: staff.name,
    registerId: input.registerId,
    storeId: store.storeId,
    permissions: [...staff.permissions],
    expiresAt,
  };
}
