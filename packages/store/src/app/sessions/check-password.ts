import { forgetSignInAttempts, recordSignInAttempt, tooManyAttempts } from '@kassa/server-kit';
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { verifyNobody, verifySecret } from '../passwords.ts';
import { loadStaffMember, type StaffMember } from './staff-member.ts';

/**
 * Checks a staff id and password against the replica, rate-limited per staff id for sign-ins and manager
 * overrides alike (R-SEC-1, `recordSignInAttempt`). Unknown staff ids are counted and answered exactly
 * like wrong passwords, after the same work: nobody learns which staff ids exist. The count lives in the
 * channel database, not in memory, so restarting the store server does not reset it, and it follows the
 * store's clock.
 */
export async function checkPassword(
  db: Kysely<Database>,
  credentials: { readonly staffId: string; readonly password: string },
  clock: { readonly now: Temporal.Instant; readonly newId: () => string },
  { field = 'password', rule = 'R-SEC-1' }: { field?: string; rule?: string } = {},
): Promise<StaffMember | Failure> {
  const { staffId, password } = credentials;
  const verdict = await recordSignInAttempt(db, staffId, clock);
  if (!verdict.allowed) {
    const { message, details } = tooManyAttempts(staffId, verdict, rule);
    return fail('TOO_MANY_ATTEMPTS', message, { field, rule, details });
  }
  const staff = await loadStaffMember(db, staffId);
  const valid = staff ? await verifySecret(password, staff.passwordHash) : await verifyNobody(password);
  if (!staff || !valid) {
    return fail('UNAUTHORIZED', `wrong staff id or password (${rule})`, { field, rule });
  }
  await forgetSignInAttempts(db, staffId);
  return { staffId: staff.staffId, name: staff.name, permissions: staff.permissions };
}
