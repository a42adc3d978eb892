import {
  type StagedTransaction,
  type StoreTransactionPayload,
  StoreTransactionPayloads,
} from '@kassa/contracts';
import { checkStagedTransition, instantText, type StagedStatus } from '@kassa/domain';
import type { Temporal } from 'temporal-polyfill';
import { type Failure, fail, fromRefusal } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import { transact } from '../transaction.ts';
import { stagedTransactionView } from './list-staged-transactions.ts';

/**
 * The back office works on a staged transaction that failed (R-ASY-4): opens it for editing (Synchronize
 * orders leaves it alone meanwhile), saves a corrected order, or sends it back unchanged once the cause
 * went away (a product sold again). Only the moves of `STAGED_TRANSITIONS` are allowed; a corrected order
 * keeps the id and confirmation number the store gave it, which the customer's receipt names.
 */
export async function correctStagedTransaction(
  hq: Hq,
  transactionId: string,
  change: { readonly to: 'editing' } | { readonly to: 'pending'; readonly payload?: StoreTransactionPayload },
  now: Temporal.Instant,
): Promise<StagedTransaction | Failure> {
  return transact(hq.database.db, async (trx) => {
    const row = await trx
      .selectFrom('staged_transactions')
      .selectAll()
      .where('transaction_id', '=', transactionId)
      .executeTakeFirst();
    if (!row) {
      return fail('NOT_FOUND', `there is no staged transaction ${transactionId}`, { field: 'transactionId' });
    }
    const refused = checkStagedTransition(row.status, change.to);
    if (refused) return fromRefusal(refused);
    const given = change.to === 'pending' ? change.payload : undefined;
    if (given && row.status !== 'editing') {
      return fail('VALIDATION_FAILED', 'open the transaction for editing before saving a corrected order', {
        field: 'status',
        rule: 'R-ASY-4',
      });
    }
    // A corrected transaction stays what it was: a pickup is corrected as a pickup, not made an order.
    const parsed = given && StoreTransactionPayloads[row.kind].safeParse(given);
    if (parsed && !parsed.success) {
      const [issue] = parsed.error.issues;
      return fail('VALIDATION_FAILED', `not a corrected ${row.kind}: ${issue?.message ?? 'invalid'}`, {
        field: ['payload', ...(issue?.path ?? [])].join('.'),
        rule: 'R-ASY-4',
      });
    }
    const payload = parsed?.data;
    for (const [field, kept] of [
      ['orderId', row.order_id],
      ['confirmationNumber', row.confirmation_number],
    ] as const) {
      if (payload && payload[field] !== kept) {
        return fail(
          'VALIDATION_FAILED',
          `a corrected order keeps its ${field} ${kept}, which its receipt names`,
          {
            field: `payload.${field}`,
            rule: 'R-ASY-4',
          },
        );
      }
    }
    const status: StagedStatus = change.to;
    await trx
      .updateTable('staged_transactions')
      .set({
        status,
        ...(status === 'pending' ? { reason: null } : {}),
        ...(payload ? { payload: JSON.stringify(payload) } : {}),
        updated_at: instantText(now),
      })
      .where('transaction_id', '=', transactionId)
      .execute();
    const saved = await trx
      .selectFrom('staged_transactions')
      .selectAll()
      .where('transaction_id', '=', transactionId)
      .executeTakeFirstOrThrow();
    return stagedTransactionView(saved);
  });
}
