import { instantText } from '@kassa/domain';
import type { z } from 'zod';
import { type Failure, fail } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { Trx } from '../transaction.ts';

/** How a staged transaction ended in a run of Synchronize orders: its sales order, or why not. */
export type Settled =
  | { readonly transactionId: string; readonly orderId: string; readonly salesOrderId: string }
  | { readonly transactionId: string; readonly failure: Failure };

/** A staged row's payload as its kind's contract reads it, or why it is not one. */
export function parseStaged<T>(schema: z.ZodType<T>, payload: string, kind: string): T | Failure {
  const parsed = schema.safeParse(JSON.parse(payload));
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  return fail('VALIDATION_FAILED', issue?.message ?? `the staged ${kind} is not one`, {
    field: issue?.path.join('.') || 'payload',
  });
}

/** A statement the database refused, as the reason a staged transaction failed. */
export function refusedByDatabase(thrown: unknown): Failure {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { ok: false, status: 422, code: 'VALIDATION_FAILED', message, field: 'payload' };
}

/**
 * The staged rows' new status, with the reason of a failure for the back office (R-ASY-4): one statement
 * for all that became (or are on) the sales order of their own order id.
 */
export async function recordSettled(hq: Hq, trx: Trx, settled: readonly Settled[]): Promise<void> {
  const at = instantText(hq.clock());
  const asThemselves = (s: Settled) => 'salesOrderId' in s && s.salesOrderId === s.orderId;
  const together = settled.filter(asThemselves).map((s) => s.transactionId);
  if (together.length > 0) {
    await trx
      .updateTable('staged_transactions')
      .set((eb) => ({
        status: 'succeeded',
        reason: null,
        sales_order_id: eb.ref('order_id'),
        updated_at: at,
      }))
      .where('transaction_id', 'in', together)
      .execute();
  }
  for (const s of settled) {
    if (asThemselves(s)) continue;
    await trx
      .updateTable('staged_transactions')
      .set(
        'failure' in s
          ? {
              status: 'failed',
              reason: `${s.failure.code}: ${s.failure.message}${s.failure.field ? ` (${s.failure.field})` : ''}`,
              sales_order_id: null,
              updated_at: at,
            }
          : { status: 'succeeded', reason: null, sales_order_id: s.salesOrderId, updated_at: at },
      )
      .where('transaction_id', '=', s.transactionId)
      .execute();
  }
}
