import { AsyncCancelOrder, AsyncPickUpOrder } from '@kassa/contracts';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { PaymentSession } from '../../payments/payment-session.ts';
import { type Failure, isFailure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import { cancel } from '../orders/cancel-customer-order.ts';
import { checkPermission } from '../orders/commit-outcome.ts';
import { OrderSources } from '../orders/order-sources.ts';
import { pickUp } from '../orders/pick-up-customer-order.ts';
import { operateOnOrder } from '../orders/run-order-operation.ts';
import { type Trx, transact } from '../transaction.ts';
import { parseStaged, recordSettled, refusedByDatabase, type Settled } from './staged-rows.ts';

/** Operations per transaction; they are few beside the orders, so each has a savepoint of its own. */
const BATCH = 200;

interface StagedOperation {
  readonly transaction_id: string;
  readonly store_id: string;
  readonly order_id: string;
  readonly kind: 'pickUp' | 'cancel';
  readonly payload: string;
  /** The sales order the store's order became. */
  readonly sales_order_id: string;
}

/**
 * Applies pickups and cancellations a store did to orders it made itself before HQ had them (R-ASY-5),
 * after their order and in the order the store did them: an operation waits while its order is not a
 * sales order yet, or an earlier operation on it is not applied (failed ones included, until corrected).
 * Each is decided by the rules as of when the store did it, on the order as HQ has it; one the rules
 * refuse fails alone with its reason. Answers how many it settled; 0 when none can go yet.
 */
export async function applyStoreOperations(hq: Hq): Promise<number> {
  return transact(hq.database.db, async (trx) => {
    const staged = await applicableOperations(trx);
    const sources = new OrderSources(trx);
    const settled: Settled[] = [];
    for (const row of staged) {
      await sql`savepoint store_operation`.execute(trx);
      let applied: Failure | undefined;
      try {
        applied = await applyOne(hq, trx, sources, row);
      } catch (thrown) {
        applied = refusedByDatabase(thrown);
      }
      if (applied) await sql`rollback to savepoint store_operation`.execute(trx);
      await sql`release savepoint store_operation`.execute(trx);
      settled.push(
        applied
          ? { transactionId: row.transaction_id, failure: applied }
          : { transactionId: row.transaction_id, orderId: row.order_id, salesOrderId: row.sales_order_id },
      );
    }
    await recordSettled(hq, trx, settled);
    return staged.length;
  });
}

function applicableOperations(trx: Trx): Promise<StagedOperation[]> {
  return trx
    .selectFrom('staged_transactions as s')
    .innerJoin('staged_transactions as made', (join) =>
      join
        .onRef('made.store_id', '=', 's.store_id')
        .onRef('made.order_id', '=', 's.order_id')
        .on('made.kind', '=', 'createOrder')
        .on('made.status', '=', 'succeeded'),
    )
    .select(['s.transaction_id', 's.store_id', 's.order_id', 's.kind', 's.payload', 'made.sales_order_id'])
    .where('s.status', '=', 'pending')
    .where('s.kind', '!=', 'createOrder')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('staged_transactions as earlier')
            .select('earlier.transaction_id')
            .whereRef('earlier.store_id', '=', 's.store_id')
            .whereRef('earlier.order_id', '=', 's.order_id')
            .whereRef('earlier.sequence', '<', 's.sequence')
            .where('earlier.kind', '!=', 'createOrder')
            .where('earlier.status', '!=', 'succeeded'),
        ),
      ),
    )
    .orderBy('s.store_id')
    .orderBy('s.sequence')
    .limit(BATCH)
    .execute() as Promise<StagedOperation[]>;
}

async function applyOne(
  hq: Hq,
  trx: Trx,
  sources: OrderSources,
  row: StagedOperation,
): Promise<Failure | undefined> {
  const request =
    row.kind === 'pickUp'
      ? parseStaged(AsyncPickUpOrder, row.payload, row.kind)
      : parseStaged(AsyncCancelOrder, row.payload, row.kind);
  if (isFailure(request)) return request;
  const spec = 'lines' in request ? pickUp(request) : cancel(request);
  const denied = checkPermission(request.actor, spec.operation);
  if (denied) return denied;
  const done = await operateOnOrder(hq, trx, sources, {
    ...spec,
    locationId: row.store_id,
    orderId: row.sales_order_id,
    request,
    preview: false,
    session: new PaymentSession(hq.payments, hq.newId, false),
    at: Temporal.Instant.from(request.createdAt),
    expectedVersion: undefined,
  });
  return isFailure(done) ? done : undefined;
}
