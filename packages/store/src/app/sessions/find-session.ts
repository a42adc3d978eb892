import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { hashSessionToken } from './session-token.ts';
import { loadStaffMember, type StaffMember } from './staff-member.ts';

/** Who is signed in at which register, with what the replica grants them now. */
export interface SignedIn extends StaffMember {
  readonly registerId: string;
  readonly expiresAt: string;
  readonly tokenHash: string;
}

const signInFirst = (why: string) =>
  fail('UNAUTHORIZED', `${why}: sign in at POST /api/sessions (R-SEC-1)`, {
    field: 'authorization',
    rule: 'R-SEC-1',
  });

/**
 * The session of a bearer token, if it is still open by the store's clock. Expired sessions are removed
 * as they are met. A staff member HQ no longer distributes to this store has no session either.
 */
export async function findSession(
  db: Kysely<Database>,
  token: string | undefined,
  now: Temporal.Instant,
): Promise<SignedIn | Failure> {
  if (!token) return signInFirst('no session token (Authorization: Bearer <token>)');
  const tokenHash = hashSessionToken(token);
  const session = await db
    .selectFrom('register_sessions')
    .select(['staff_id', 'register_id', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!session) return signInFirst('the session is unknown or signed out');
  if (session.expires_at <= isoOf(now)) {
    await db.deleteFrom('register_sessions').where('token_hash', '=', tokenHash).execute();
    return signInFirst(`the session expired at ${session.expires_at}`);
  }
  const staff = await loadStaffMember(db, session.staff_id);
  if (!staff) return signInFirst(`staff ${session.staff_id} is no longer known at this store`);
  return {
    staffId: staff.staffId,
    name: staff.name,
    permissions: staff.permissions,
    registerId: session.register_id,
    expiresAt: session.expires_at,
    tokenHash,
  };
}
