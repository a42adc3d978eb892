import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type Failure, fail, isFailure } from './failure.ts';
import { type Durability, type Trx, transactWith } from './transaction.ts';

/** The idempotency key of one POS call (ARCHITECTURE.md): the key, who sent it, and what was asked. */
export interface PosKey {
  readonly key: string;
  readonly staffId: string;
  readonly requestHash: string;
}

export function posKey(key: string, staffId: string, request: unknown): PosKey {
  return { key, staffId, requestHash: createHash('sha256').update(JSON.stringify(request)).digest('hex') };
}

/** The answer a call with this key already got, or a refusal when the key was used for something else. */
export async function replayed(
  trx: Kysely<Database> | Trx,
  key: PosKey,
): Promise<{ status: number; body: unknown } | Failure | undefined> {
  const row = await trx
    .selectFrom('pos_idempotency_keys')
    .selectAll()
    .where('key', '=', key.key)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.staff_id !== key.staffId || row.request_hash !== key.requestHash) {
    return fail('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request', {
      field: 'Idempotency-Key',
    });
  }
  return { status: row.status_code, body: JSON.parse(row.response) };
}

/**
 * Stores the answer in the transaction of the change it answers. SQLite runs one write transaction at
 * a time, so a retry racing its first call waits for it and then finds its answer.
 */
async function remember(trx: Trx, key: PosKey, status: number, body: unknown, at: string) {
  await trx
    .insertInto('pos_idempotency_keys')
    .values({
      key: key.key,
      staff_id: key.staffId,
      request_hash: key.requestHash,
      status_code: status,
      response: JSON.stringify(body),
      created_at: at,
    })
    .execute();
}

export interface Answer<T> {
  readonly status: number;
  readonly body: T;
}

/**
 * Runs a POS change once per key, in one transaction with the answer it gives: a retry gets the first
 * answer and changes nothing (ARCHITECTURE.md). A refusal is not remembered, so a retry runs again.
 */
export async function once<T>(
  db: Kysely<Database>,
  key: PosKey,
  at: string,
  work: (trx: Trx) => Promise<Answer<T> | Failure>,
  durability: Durability = 'disk',
): Promise<Answer<T> | Failure> {
  return transactWith(db, durability, async (trx) => {
    const earlier = await replayed(trx, key);
    if (earlier) return earlier as Answer<T> | Failure;
    const answer = await work(trx);
    if (!isFailure(answer)) await remember(trx, key, answer.status, answer.body, at);
    return answer;
  });
}
