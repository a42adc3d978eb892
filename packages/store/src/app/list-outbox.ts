import type { StoreTransaction, StoreTransactionPage } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * A page of the outbox for HQ's P-job (R-ASY-3): the store transactions numbered after `after`, in the
 * order the store wrote them. Reading changes nothing: the store never deletes an outbox row, because
 * HQ's watermark alone decides what is new, so a page HQ lost in a crash is simply asked for again.
 *
 * Rows are served as they were written, not checked against the contract here: HQ checks each one and
 * refuses a malformed row with its reason in the job's history, where someone will read it, instead of
 * this endpoint failing with a 500 that names nothing.
 */
export async function listOutbox(
  db: Kysely<Database>,
  storeId: string,
  { after, limit }: { after: number; limit: number },
): Promise<StoreTransactionPage> {
  // One row more than asked tells whether more follow, without counting the rest.
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('sequence', '>', after)
    .orderBy('sequence')
    .limit(limit + 1)
    .execute();
  const highest = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.max('sequence').as('sequence'))
    .executeTakeFirst();
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const transactions = page.map(
    (row) =>
      ({
        sequence: row.sequence,
        transactionId: row.transaction_id,
        kind: row.kind,
        orderId: row.order_id,
        confirmationNumber: row.confirmation_number,
        createdAt: row.created_at,
        payload: parsePayload(row.payload),
      }) as StoreTransaction,
  );
  return {
    storeId,
    transactions,
    last: page.at(-1)?.sequence ?? after,
    more,
    highest: Number(highest?.sequence ?? 0),
  };
}

/** A payload that is not even JSON travels as its text, so HQ can say so and name the row. */
function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
