import { AsyncCreateOrder, type BatchJobRun } from '@kassa/contracts';
import { type CreateOrderOutcome, instantText, isRefusal } from '@kassa/domain';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { PaymentSession } from '../../payments/payment-session.ts';
import { claimJobStart } from '../distribution/job-schedules.ts';
import { type Failure, fromRefusal, isFailure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import { withJobLock } from '../job-lock.ts';
import { checkPermission, clearForCommit, historyDetails } from '../orders/commit-outcome.ts';
import {
  decideOrder,
  orderDetails,
  type ResolvedCart,
  resolveCart,
} from '../orders/create-customer-order.ts';
import { type NewOrder, saveNewOrders } from '../orders/order-records.ts';
import { OrderSources } from '../orders/order-sources.ts';
import { type HeldStock, lockStock } from '../orders/stock.ts';
import { type Trx, transact } from '../transaction.ts';
import { applyStoreOperations } from './apply-store-operations.ts';
import { recordBatchJobRun } from './batch-jobs.ts';
import { parseStaged, recordSettled, refusedByDatabase, type Settled } from './staged-rows.ts';

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
      // Then what the stores did to their orders, which may wait on orders just made.
      rows += await applyStoreOperations(hq);
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

interface StagedOrder {
  readonly transaction_id: string;
  readonly store_id: string;
  readonly order_id: string;
  readonly payload: string;
}

/**
 * One transaction of up to BATCH staged orders; answers how many it settled (succeeded or failed). The
 * batch is decided in memory and written in a few multi-row statements. Should the database refuse one
 * of them (a row breaking a constraint), the batch is done again one order at a time, each behind a
 * savepoint, so the order at fault fails alone with the database's reason.
 */
async function synchronizeBatch(hq: Hq): Promise<number> {
  try {
    return await transact(hq.database.db, async (trx) => {
      const staged = await pendingOrders(trx);
      await recordSettled(hq, trx, await settleOrders(hq, trx, staged));
      return staged.length;
    });
  } catch {
    return transact(hq.database.db, async (trx) => {
      const staged = await pendingOrders(trx);
      const settled: Settled[] = [];
      for (const row of staged) {
        await sql`savepoint staged_order`.execute(trx);
        try {
          settled.push(...(await settleOrders(hq, trx, [row])));
        } catch (thrown) {
          // On PostgreSQL a refused statement poisons the transaction up to the savepoint.
          await sql`rollback to savepoint staged_order`.execute(trx);
          settled.push({ transactionId: row.transaction_id, failure: refusedByDatabase(thrown) });
        }
        await sql`release savepoint staged_order`.execute(trx);
      }
      await recordSettled(hq, trx, settled);
      return staged.length;
    });
  }
}

function pendingOrders(trx: Trx): Promise<StagedOrder[]> {
  return trx
    .selectFrom('staged_transactions')
    .select(['transaction_id', 'store_id', 'order_id', 'payload'])
    .where('status', '=', 'pending')
    .where('kind', '=', 'createOrder')
    .orderBy('store_id')
    .orderBy('sequence')
    .limit(BATCH)
    .execute();
}

/**
 * Decides the staged orders in the order the stores wrote them and stores the sales orders made. What
 * the orders name is read once for all of them (customers, products, stores, configuration), their stock
 * rows locked once, and each order reserves from what the ones before it left. An order that exists
 * already (made by RTS under the cart's key before the store fell back, or by a run that stopped between
 * commit and answer) is linked, not made again.
 */
async function settleOrders(hq: Hq, trx: Trx, staged: readonly StagedOrder[]): Promise<Settled[]> {
  const requests = staged.map((row) => parseStagedOrder(row.payload));
  const ordered = requests.flatMap((request) => (isFailure(request) ? [] : [request]));
  const ids = staged.map((row) => row.order_id);
  const keys = ordered.flatMap((request) => (request.idempotencyKey ? [request.idempotencyKey] : []));
  const sources = new OrderSources(trx);
  const [existing, madeUnderKey] = await Promise.all([
    ids.length > 0
      ? trx.selectFrom('orders').select('id').where('id', 'in', ids).execute()
      : Promise.resolve([]),
    ordersMadeUnder(trx, keys),
    sources.load({
      customers: ordered.map((request) => request.customerNumber),
      products: ordered.flatMap((request) => request.lines.map((line) => line.sku)),
      locations: [
        ...staged.map((row) => row.store_id),
        ...ordered.flatMap((request) =>
          request.lines.flatMap((line) => (line.delivery.kind === 'pickup' ? [line.delivery.storeId] : [])),
        ),
      ],
    }),
  ]);
  const known = new Set(existing.map((row) => row.id));
  const carts = await Promise.all(
    staged.map((row, index) => {
      const request = requests[index] as AsyncCreateOrder | Failure;
      return isFailure(request) ? request : resolveCart(sources, row.store_id, request);
    }),
  );
  const stock = await lockStock(
    trx,
    hq.database.engine,
    carts.flatMap((cart) => (isFailure(cart) ? [] : cart.stockKeys)),
  );
  const at = instantText(hq.clock());
  const made: NewOrder[] = [];
  const settled: Settled[] = [];
  for (const [index, row] of staged.entries()) {
    const transactionId = row.transaction_id;
    const request = requests[index] as AsyncCreateOrder | Failure;
    const cart = carts[index] as ResolvedCart | Failure;
    const linked = known.has(row.order_id)
      ? row.order_id
      : isFailure(request) || !request.idempotencyKey
        ? undefined
        : madeUnderKey.get(request.idempotencyKey);
    if (linked) {
      settled.push({ transactionId, orderId: row.order_id, salesOrderId: linked });
      continue;
    }
    if (isFailure(request) || isFailure(cart)) {
      settled.push({ transactionId, failure: isFailure(request) ? request : (cart as Failure) });
      continue;
    }
    const decided = await decideStagedOrder(hq, sources, row.store_id, request, cart, stock);
    if (isFailure(decided)) {
      settled.push({ transactionId, failure: decided });
      continue;
    }
    stock.take(decided.stock);
    known.add(row.order_id);
    made.push({
      outcome: decided,
      meta: {
        operation: decided.saleKind,
        actor: request.actor,
        locationId: row.store_id,
        at,
        newId: hq.newId,
        details: historyDetails(decided, request.actor, orderDetails(request)),
      },
      created: { customerName: cart.customer.name, confirmationNumber: request.confirmationNumber },
    });
    settled.push({ transactionId, orderId: row.order_id, salesOrderId: row.order_id });
  }
  await saveNewOrders(trx, made);
  return settled;
}

/** The rules decide a staged order as of when the store made it, with the id the store gave it. */
async function decideStagedOrder(
  hq: Hq,
  sources: OrderSources,
  storeId: string,
  request: AsyncCreateOrder,
  cart: ResolvedCart,
  stock: HeldStock,
): Promise<CreateOrderOutcome | Failure> {
  const denied = checkPermission(request.actor, 'create');
  if (denied) return denied;
  const ctx = await sources.context(storeId, Temporal.Instant.from(request.createdAt), hq.newId, request);
  if (isFailure(ctx)) return ctx;
  const session = new PaymentSession(hq.payments, hq.newId, false);
  const tenders = await session.tenders(request.payments, request.authorizations);
  if (isFailure(tenders)) return tenders;
  const decision = decideOrder(
    request,
    cart,
    { ...tenders, availability: stock.availability, orderId: request.orderId, lineIds: request.lineIds },
    ctx,
  );
  if (isRefusal(decision)) return fromRefusal(decision);
  return (await clearForCommit(decision, request.actor, session)) ?? decision;
}

/** The staged payload as an order request; the customer has a receipt for its goods, so HQ backorders
 * what it cannot reserve (R-CRE-6). */
function parseStagedOrder(payload: string): AsyncCreateOrder | Failure {
  const order = parseStaged(AsyncCreateOrder, payload, 'order');
  if (isFailure(order)) return order;
  return { ...order, lines: order.lines.map((line) => ({ ...line, backorder: true })) };
}

/** The orders RTS made under carts' keys before their stores fell back to making them (R-PRO-3). */
async function ordersMadeUnder(trx: Trx, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await trx
    .selectFrom('idempotency_keys')
    .select(['key', 'response'])
    .where('key', 'in', keys)
    .where('status_code', '=', 201)
    .execute();
  const made = new Map<string, string>();
  for (const row of rows) {
    const id = (JSON.parse(row.response) as { order?: { id?: string } }).order?.id;
    if (id) made.set(row.key, id);
  }
  return made;
}
