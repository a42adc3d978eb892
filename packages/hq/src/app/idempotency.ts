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

export interface Reply {
  readonly status: number;
  readonly body: unknown;
}

/**
 * The first answer to this key, if there was one. The same key with another request is refused: a
 * client bug that would otherwise silently return the answer to a different question.
 */
export async function replay(
  db: Kysely<Database>,
  key: IdempotencyKey,
): Promise<Reply | Failure | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('key', '=', key.key)
    .executeTakeFirst();
  if (!row) return undefined;
  // The key is the table's primary key: one another caller holds is refused too (never replayed to
  // this one), where before its insert failed and the call answered 500.
  if (row.caller !== key.caller || row.request_hash !== key.requestHash) {
    return fail('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request', {
      field: 'Idempotency-Key',
    });
  }
  return { status: row.status_code, body: JSON.parse(row.response) };
}

/**
 * Stores the answer in the same transaction as the change it answers, so a retry after a crash either
 * finds both or neither. Two identical calls racing: the second insert violates the key and its whole
 * transaction rolls back; the caller then replays the first answer.
 */
export async function remember(trx: Trx, key: IdempotencyKey, reply: Reply, at: string): Promise<void> {
  await trx
    .insertInto('idempotency_keys')
    .values({
      key: key.key,
      caller: key.caller,
      request_hash: key.requestHash,
      status_code: reply.status,
      response: JSON.stringify(reply.body),
      created_at: at,
    })
    .execute();
}
