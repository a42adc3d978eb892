import { AsyncCreateOrder } from '@kassa/contracts';
import { instantText } from '@kassa/domain';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { PaymentSession } from '../../payments/payment-session.ts';
import { claimJobStart } from '../distribution/job-schedules.ts';
import { type Failure, isFailure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import { withJobLock } from '../job-lock.ts';
import { checkPermission } from '../orders/commit-outcome.ts';
import { makeOrder } from '../orders/create-customer-order.ts';
import { type Trx, transact } from '../transaction.ts';
import { type BatchJobRun, recordBatchJobRun } from './batch-jobs.ts';

/**
 * Orders per database transaction. A commit waits for the disk, which caps one order per transaction
 * near 700/s on PostgreSQL (ARCHITECTURE.md); a savepoint per order keeps a bad one from failing the rest.
 */
const BATCH = 200;

export type SynchronizeStarted =
  | { readonly kind: 'ran'; readonly run: BatchJobRun }
  | { readonly kind: 'running' }
  | { readonly kind: 'notDue' };

/**
 * Synchronize orders (R-ASY-4): makes each pending staged order a sales order, exactly once, in the order
 * its store wrote them, with the id, confirmation number and instant the store gave it. Many orders go in
 * one transaction, each behind a savepoint: an order the rules refuse (an unknown customer, a product no
 * longer sold) is rolled back alone and staged as Failed with the reason, for the back office to correct;
 * the others go on. A staged order whose sales order exists already (HQ made it through RTS before the
 * store fell back, or a run stopped between commit and answer) succeeds without a second one. Runs once
 * at a time under the job lock; `dueAfterSeconds` makes it a scheduled start (see claimJobStart).
 */
export async function synchronizeOrders(
  hq: Hq,
  options: { now: Temporal.Instant; dueAfterSeconds?: number } = { now: hq.clock() },
): Promise<SynchronizeStarted> {
  const locked = await withJobLock(hq, 'synchronize-orders', async (): Promise<SynchronizeStarted> => {
    if (!(await claimJobStart(hq.database.db, 'synchronize-orders', options))) return { kind: 'notDue' };
    const startedAt = instantText(hq.clock());
    let rows = 0;
    let error: string | null = null;
    try {
      for (;;) {
        const done = await synchronizeBatch(hq);
        rows += done;
        if (done < BATCH) break;
      }
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    const run: BatchJobRun = {
      id: hq.newId(),
      job: 'synchronize-orders',
      storeId: null,
      startedAt,
      finishedAt: instantText(hq.clock()),
      status: error ? 'failed' : 'succeeded',
      rows,
      error,
    };
    await recordBatchJobRun(hq.database.db, run);
    return { kind: 'ran', run };
  });
  return locked.ran ? locked.value : { kind: 'running' };
}

/** One transaction of up to BATCH staged orders; answers how many it settled (succeeded or failed). */
async function synchronizeBatch(hq: Hq): Promise<number> {
  return transact(hq.database.db, async (trx) => {
    const staged = await trx
      .selectFrom('staged_transactions')
      .select(['transaction_id', 'store_id', 'order_id', 'payload'])
      .where('status', '=', 'pending')
      .where('kind', '=', 'createOrder')
      .orderBy('store_id')
      .orderBy('sequence')
      .limit(BATCH)
      .execute();
    for (const row of staged) {
      await sql`savepoint staged_order`.execute(trx);
      let made: string | Failure;
      try {
        made = await synchronizeOne(hq, trx, row.store_id, row.order_id, row.payload);
      } catch (thrown) {
        // A statement the database refused (on PostgreSQL it poisons the transaction up to the savepoint).
        const message = thrown instanceof Error ? thrown.message : String(thrown);
        made = { ok: false, status: 422, code: 'VALIDATION_FAILED', message, field: 'payload' };
      }
      if (isFailure(made)) await sql`rollback to savepoint staged_order`.execute(trx);
      await sql`release savepoint staged_order`.execute(trx);
      await trx
        .updateTable('staged_transactions')
        .set({
          status: isFailure(made) ? 'failed' : 'succeeded',
          reason: isFailure(made)
            ? `${made.code}: ${made.message}${made.field ? ` (${made.field})` : ''}`
            : null,
          sales_order_id: isFailure(made) ? null : made,
          updated_at: instantText(hq.clock()),
        })
        .where('transaction_id', '=', row.transaction_id)
        .execute();
    }
    return staged.length;
  });
}

/** Makes one staged order a sales order, or finds the one that exists; answers its id. */
async function synchronizeOne(
  hq: Hq,
  trx: Trx,
  storeId: string,
  orderId: string,
  payload: string,
): Promise<string | Failure> {
  const exists = await trx.selectFrom('orders').select('id').where('id', '=', orderId).executeTakeFirst();
  if (exists) return exists.id;
  const parsed = AsyncCreateOrder.safeParse(JSON.parse(payload));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      ok: false,
      status: 422,
      code: 'VALIDATION_FAILED',
      message: issue?.message ?? 'the staged order is not an order',
      field: issue?.path.join('.') ?? 'payload',
    };
  }
  const { orderId: _id, confirmationNumber, createdAt, idempotencyKey, ...request } = parsed.data;
  if (idempotencyKey) {
    const viaRts = await orderMadeUnder(trx, idempotencyKey);
    if (viaRts) return viaRts;
  }
  const denied = checkPermission(request.actor, 'create');
  if (denied) return denied;
  // The customer has a receipt for these goods: HQ backorders what it cannot reserve (R-CRE-6).
  const lines = request.lines.map((line) => ({ ...line, backorder: true }));
  const made = await makeOrder(
    hq,
    trx,
    storeId,
    { ...request, lines },
    {
      preview: false,
      session: new PaymentSession(hq.payments, hq.newId, false),
      madeAtStore: { orderId, confirmationNumber, at: Temporal.Instant.from(createdAt) },
    },
  );
  return isFailure(made) ? made : made.order.id;
}

/** The order RTS made under the cart's key before the store fell back to making it itself (R-PRO-3). */
async function orderMadeUnder(trx: Trx, key: string): Promise<string | undefined> {
  const row = await trx
    .selectFrom('idempotency_keys')
    .select(['status_code', 'response'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (row?.status_code !== 201) return undefined;
  const answered = JSON.parse(row.response) as { order?: { id?: string } };
  return answered.order?.id;
}
