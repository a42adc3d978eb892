import { createHash, randomBytes } from 'node:crypto';
import type { Permission } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { fail } from '../app/failure.ts';
import { verifySecret } from '../app/passwords.ts';
import type { Database } from '../db/schema.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/**
 * R-SEC-4: a store calls the RTS as `Bearer <storeId>:<secret>`. A verified credential is remembered by
 * its hash together with the stored hash it matched, so scrypt runs once per credential and process, not
 * once per call. The stored hash is read on every call (one primary-key read): when HQ replaces a store's
 * credential, the old one stops working at once instead of living on in the cache until a restart.
 */
export function storeAuthenticator(db: Kysely<Database>) {
  const verified = new Set<string>();
  return async function authenticate(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<string | undefined> {
    const credential = bearer(request);
    const [storeId, secret] = credential?.split(':') ?? [];
    const refuse = () => {
      sendFailure(
        reply,
        fail('UNAUTHORIZED', 'a store credential is required: Authorization: Bearer <store>:<secret>', {
          rule: 'R-SEC-4',
        }),
      );
      return undefined;
    };
    if (!credential || !storeId || !secret) return refuse();
    const store = await db
      .selectFrom('locations')
      .select(['id', 'credential_hash'])
      .where('id', '=', storeId)
      .where('kind', '=', 'store')
      .executeTakeFirst();
    if (!store?.credential_hash) return refuse();
    const key = sha256(`${credential}\n${store.credential_hash}`);
    if (verified.has(key)) return store.id;
    if (!(await verifySecret(secret, store.credential_hash))) return refuse();
    verified.add(key);
    return store.id;
  };
}

export interface StaffIdentity {
  readonly staffId: string;
  readonly permissions: readonly Permission[];
  readonly expiresAt: string;
}

export async function staffPermissions(
  db: Kysely<Database>,
  staffId: string,
): Promise<Permission[] | undefined> {
  const staff = await db.selectFrom('staff').select('groups').where('id', '=', staffId).executeTakeFirst();
  if (!staff) return undefined;
  const groups = JSON.parse(staff.groups) as string[];
  if (groups.length === 0) return [];
  const rows = await db
    .selectFrom('permission_groups')
    .select('permissions')
    .where('name', 'in', groups)
    .execute();
  return [...new Set(rows.flatMap((row) => JSON.parse(row.permissions) as Permission[]))];
}

/** Sessions of HQ staff for the back office: a random token, stored only as its hash, valid for 12 hours. */
export async function openSession(
  db: Kysely<Database>,
  staffId: string,
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + 12 * 3600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      staff_id: staffId,
      expires_at: expiresAt,
      created_at: now.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

/** Signs out: the session's token answers 401 from now on. */
export async function endSession(db: Kysely<Database>, request: FastifyRequest): Promise<void> {
  const token = bearer(request);
  if (token) await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/** The back office is for signed-in staff whose groups grant `backOffice`. */
export function staffAuthenticator(db: Kysely<Database>, clock: () => Date) {
  return async function authenticate(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<StaffIdentity | undefined> {
    const token = bearer(request);
    const session = token
      ? await db
          .selectFrom('sessions')
          .select(['staff_id', 'expires_at'])
          .where('token_hash', '=', sha256(token))
          .executeTakeFirst()
      : undefined;
    if (!session || session.expires_at <= clock().toISOString()) {
      sendFailure(reply, fail('UNAUTHORIZED', 'sign in to the back office first', { rule: 'R-SEC-1' }));
      return undefined;
    }
    const permissions = (await staffPermissions(db, session.staff_id)) ?? [];
    if (!permissions.includes('backOffice')) {
      sendFailure(
        reply,
        fail('FORBIDDEN', `staff ${session.staff_id} has no back-office permission`, { rule: 'R-SEC-1' }),
      );
      return undefined;
    }
    return { staffId: session.staff_id, permissions, expiresAt: session.expires_at };
  };
}
