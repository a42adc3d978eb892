import type { StagedTransaction, StagedTransactionPage, StoreTransactionPayload } from '@kassa/contracts';
import type { StagedStatus } from '@kassa/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database, StagedTransactionTable } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';

/** A staged transaction as the back office reads it (R-ASY-4): its status, and why it failed. */
export function stagedTransactionView(row: Selectable<StagedTransactionTable>): StagedTransaction {
  return {
    transactionId: row.transaction_id,
    storeId: row.store_id,
    sequence: row.sequence,
    kind: row.kind,
    orderId: row.order_id,
    confirmationNumber: row.confirmation_number,
    status: row.status,
    reason: row.reason,
    salesOrderId: row.sales_order_id,
    payload: JSON.parse(row.payload) as StoreTransactionPayload,
    stagedAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One staged transaction by its id (the store's transaction id). */
export async function getStagedTransaction(
  db: Kysely<Database>,
  transactionId: string,
): Promise<StagedTransaction | Failure> {
  const row = await db
    .selectFrom('staged_transactions')
    .selectAll()
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst();
  if (!row)
    return fail('NOT_FOUND', `there is no staged transaction ${transactionId}`, { field: 'transactionId' });
  return stagedTransactionView(row);
}

/**
 * Staged transactions by store and sequence, the order Synchronize orders takes them in, filtered by
 * status and store. A page continues after a transaction id (the `next` of the one before), which keeps
 * its place even when the rows around it change status in between.
 */
export async function listStagedTransactions(
  db: Kysely<Database>,
  filter: {
    status?: StagedStatus | undefined;
    storeId?: string | undefined;
    after?: string | undefined;
    limit: number;
  },
): Promise<StagedTransactionPage | Failure> {
  let query = db.selectFrom('staged_transactions').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.storeId) query = query.where('store_id', '=', filter.storeId);
  if (filter.after) {
    const from = await db
      .selectFrom('staged_transactions')
      .select(['store_id', 'sequence'])
      .where('transaction_id', '=', filter.after)
      .executeTakeFirst();
    if (!from) {
      return fail('VALIDATION_FAILED', `no staged transaction ${filter.after} to continue after`, {
        field: 'after',
      });
    }
    // The transaction id breaks ties: a store restored from an older copy numbers new rows again.
    query = query.where((eb) =>
      eb(
        eb.refTuple('store_id', 'sequence', 'transaction_id'),
        '>',
        eb.tuple(from.store_id, from.sequence, filter.after as string),
      ),
    );
  }
  const rows = await query
    .orderBy('store_id')
    .orderBy('sequence')
    .orderBy('transaction_id')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  return {
    transactions: page.map(stagedTransactionView),
    next: rows.length > filter.limit ? (page.at(-1)?.transaction_id ?? null) : null,
  };
}
