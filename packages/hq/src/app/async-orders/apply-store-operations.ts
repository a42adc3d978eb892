import { AsyncCancelOrder, AsyncPickUpOrder, type StoreTransactionKind } from '@kassa/contracts';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
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
const PAGE = 200;

interface StagedOperation {
  readonly transaction_id: string;
  readonly store_id: string;
  readonly order_id: string;
  readonly sequence: number;
  readonly kind: StoreTransactionKind;
  readonly payload: string;
}

/**
 * Applies pickups and cancellations a store did to orders it made itself before HQ had them (R-ASY-5),
 * after their order and in the order the store did them: an operation waits while its order is not a
 * sales order yet, or an earlier operation on it is not applied (a failed one included, until it is
 * corrected). Each is decided by the rules as of when the store did it, on the order as HQ has it; one the
 * rules refuse fails alone with its reason. Goes through every pending operation once, a page per
 * transaction; answers how many it settled.
 */
export async function applyStoreOperations(hq: Hq): Promise<number> {
  let settled = 0;
  let after: Pick<StagedOperation, 'store_id' | 'sequence'> | undefined;
  for (;;) {
    const page = await pendingOperations(hq.database.db, after);
    const last = page.at(-1);
    if (!last) return settled;
    settled += await transact(hq.database.db, (trx) => applyPage(hq, trx, page));
    after = last;
  }
}

function pendingOperations(
  db: Kysely<Database>,
  after: Pick<StagedOperation, 'store_id' | 'sequence'> | undefined,
): Promise<StagedOperation[]> {
  let query = db
    .selectFrom('staged_transactions')
    .select(['transaction_id', 'store_id', 'order_id', 'sequence', 'kind', 'payload'])
    .where('status', '=', 'pending')
    .where('kind', '!=', 'createOrder');
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('store_id', '>', after.store_id),
        eb.and([eb('store_id', '=', after.store_id), eb('sequence', '>', after.sequence)]),
      ]),
    );
  }
  return query.orderBy('store_id').orderBy('sequence').limit(PAGE).execute();
}

/** The page's operations that may go now, each behind a savepoint; answers how many it settled. */
async function applyPage(hq: Hq, trx: Trx, page: readonly StagedOperation[]): Promise<number> {
  const keyOf = (row: Pick<StagedOperation, 'store_id' | 'order_id'>) =>
    `${row.store_id}\u0000${row.order_id}`;
  const orders = [...new Map(page.map((row) => [keyOf(row), row])).values()];
  const same = (eb: ExpressionBuilder<Database, 'staged_transactions'>) =>
    eb(
      eb.refTuple('store_id', 'order_id'),
      'in',
      orders.map((row) => eb.tuple(row.store_id, row.order_id)),
    );
  const [made, open] = await Promise.all([
    trx
      .selectFrom('staged_transactions')
      .select(['store_id', 'order_id', 'sales_order_id'])
      .where(same)
      .where('kind', '=', 'createOrder')
      .where('status', '=', 'succeeded')
      .execute(),
    trx
      .selectFrom('staged_transactions')
      .select(['store_id', 'order_id', 'sequence'])
      .where(same)
      .where('kind', '!=', 'createOrder')
      .where('status', '!=', 'succeeded')
      .orderBy('sequence')
      .execute(),
  ]);
  const salesOrders = new Map(made.map((row) => [keyOf(row), row.sales_order_id]));
  // Per order, the operations not applied yet, in the store's order: only the first of them may go.
  const waiting = new Map<string, number[]>();
  for (const row of open) waiting.set(keyOf(row), [...(waiting.get(keyOf(row)) ?? []), row.sequence]);

  const sources = new OrderSources(trx);
  const settled: Settled[] = [];
  for (const row of page) {
    const salesOrder = salesOrders.get(keyOf(row));
    const queue = waiting.get(keyOf(row)) ?? [];
    if (!salesOrder || queue[0] !== row.sequence) continue;
    await sql`savepoint store_operation`.execute(trx);
    let applied: Failure | undefined;
    try {
      applied = await applyOne(hq, trx, sources, row, salesOrder);
    } catch (thrown) {
      applied = refusedByDatabase(thrown);
    }
    if (applied) await sql`rollback to savepoint store_operation`.execute(trx);
    await sql`release savepoint store_operation`.execute(trx);
    // A failed one stays first in line: the ones after it wait until it is corrected.
    if (!applied) queue.shift();
    settled.push(
      applied
        ? { transactionId: row.transaction_id, failure: applied }
        : { transactionId: row.transaction_id, orderId: row.order_id, salesOrderId: salesOrder },
    );
  }
  await recordSettled(hq, trx, settled);
  return settled.length;
}

async function applyOne(
  hq: Hq,
  trx: Trx,
  sources: OrderSources,
  row: StagedOperation,
  salesOrderId: string,
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
    orderId: salesOrderId,
    request,
    preview: false,
    session: new PaymentSession(hq.payments, hq.newId, false),
    at: Temporal.Instant.from(request.createdAt),
    expectedVersion: undefined,
  });
  return isFailure(done) ? done : undefined;
}
