import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type Failure, fail } from './failure.ts';
import type { Trx } from './transaction.ts';

/** A mutating call's idempotency key (ARCHITECTURE.md): the caller, the key and a hash of the request. */
export interface IdempotencyKey {
  readonly key: string;
  readonly caller: string;
  readonly requestHash: string;
}

/** The status of a claimed key whose call has not answered yet. */
const PENDING = 0;

export interface Reply {
  readonly status: number;
  readonly body: unknown;
}

/** A claim older than this belongs to a call that died before it answered; a retry may take it over. */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Claims the key before the operation runs, in a short transaction of its own: the call that inserts
 * the pending row runs; a retry of it while it runs is told to wait (409), so two racing duplicates never
 * both reach the card processor; a retry after it answered gets that first answer. The same key with
 * another request, or from another caller, is refused.
 */
export async function claim(
  db: Kysely<Database>,
  key: IdempotencyKey,
  now: string,
): Promise<'claimed' | Reply | Failure> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      key: key.key,
      caller: key.caller,
      request_hash: key.requestHash,
      status_code: PENDING,
      response: '',
      created_at: now,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return 'claimed';
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('key', '=', key.key)
    .executeTakeFirst();
  if (!row) return claim(db, key, now);
  if (row.caller !== key.caller || row.request_hash !== key.requestHash) {
    return fail('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request', {
      field: 'Idempotency-Key',
    });
  }
  if (row.status_code !== PENDING) return { status: row.status_code, body: JSON.parse(row.response) };
  if (Date.parse(now) - Date.parse(row.created_at) > ABANDONED_AFTER_MS) {
    const taken = await db
      .updateTable('idempotency_keys')
      .set({ created_at: now })
      .where('key', '=', key.key)
      .where('status_code', '=', PENDING)
      .where('created_at', '=', row.created_at)
      .executeTakeFirst();
    if (taken.numUpdatedRows > 0n) return 'claimed';
  }
  return fail(
    'IDEMPOTENCY_KEY_IN_USE',
    'the first call with this Idempotency-Key is still running: retry shortly',
    {
      field: 'Idempotency-Key',
    },
  );
}

/** Gives a claim back when the call failed, so that a retry runs it again. */
export async function release(db: Kysely<Database>, key: IdempotencyKey): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('key', '=', key.key)
    .where('status_code', '=', PENDING)
    .execute();
}

/**
 * Stores the answer in the same transaction as the change it answers, so a retry after a crash either
 * finds both or neither (a crash leaves the claim pending, and it is taken over once abandoned).
 */
export async function remember(trx: Trx, key: IdempotencyKey, reply: Reply): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ status_code: reply.status, response: JSON.stringify(reply.body) })
    .where('key', '=', key.key)
    .where('status_code', '=', PENDING)
    .execute();
}
