import type { Actor } from '@kassa/contracts';
import {
  type CommerceParameters,
  orderView as domainOrderView,
  fulfillingLocation,
  type Invoice,
  type LedgerEntry,
  nextDeliveryDate,
  type Order,
  type OrderNames,
  type OrderState,
  type OrderView,
  type Outcome,
  openQuantity,
  orderStatus,
  orderTotal,
  type ReturnOrder,
} from '@kassa/domain';
import type { InsertObject } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Trx } from '../transaction.ts';
import { nextNumbers } from './numbers.ts';
import { applyStockMovements } from './stock.ts';

export interface OrderRecord extends OrderNames {
  readonly state: OrderState;
}

/** Loads an order with its ledger, invoices and return orders; `lock` holds the row until commit (PostgreSQL). */
export async function loadOrder(
  trx: Trx,
  engine: Engine,
  orderId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<OrderRecord | undefined> {
  let query = trx.selectFrom('orders').selectAll().where('id', '=', orderId);
  if (lock && engine === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const [ledger, invoices, returns] = await Promise.all([
    trx.selectFrom('ledger_entries').select('entry').where('order_id', '=', orderId).orderBy('seq').execute(),
    trx
      .selectFrom('invoices')
      .select(['document', 'number'])
      .where('order_id', '=', orderId)
      .orderBy('issued_at')
      .orderBy('number')
      .execute(),
    trx
      .selectFrom('return_orders')
      .select(['document', 'number'])
      .where('order_id', '=', orderId)
      .orderBy('number')
      .execute(),
  ]);
  const invoiceDocs = invoices.map((i) => JSON.parse(i.document) as Invoice);
  const returnDocs = returns.map((r) => JSON.parse(r.document) as ReturnOrder);
  return {
    number: row.number,
    customerName: row.customer_display_name ?? row.customer_name,
    confirmationNumber: row.confirmation_number,
    state: {
      order: { ...(JSON.parse(row.document) as Order), version: row.version },
      ledger: ledger.map((e) => JSON.parse(e.entry) as LedgerEntry),
      invoices: invoiceDocs,
      returnOrders: returnDocs,
    },
    invoiceNumbers: new Map(invoices.map((i, index) => [invoiceDocs[index]?.id ?? '', i.number])),
    returnNumbers: new Map(returns.map((r, index) => [returnDocs[index]?.id ?? '', r.number])),
  };
}

export interface SaveMeta {
  readonly operation: string;
  readonly actor: Actor | { staffId: string; registerId?: undefined; approvedBy?: undefined };
  readonly locationId: string;
  readonly at: string;
  readonly newId: () => string;
  readonly details: unknown;
}

/** An order just made, to be stored. */
export interface NewOrder {
  readonly outcome: Outcome;
  readonly meta: SaveMeta;
  readonly created: { readonly customerName: string; readonly confirmationNumber?: string };
}

/**
 * Stores an outcome: the order row and its search rows, the new ledger entries, invoices and return
 * orders with their numbers, the stock movements and one history entry (R-SEC-3). The caller's
 * transaction makes it all or nothing.
 */
export async function saveOutcome(
  trx: Trx,
  outcome: Outcome,
  meta: SaveMeta,
  created?: NewOrder['created'],
): Promise<void> {
  if (created) return saveNewOrders(trx, [{ outcome, meta, created }]);
  // Locks in one order everywhere: the order row, then stock rows (sorted), then the number
  // sequences last. Taking a sequence before stock let a pickup and a carry-out sale deadlock.
  await applyStockMovements(trx, outcome.stock, meta.at);
  const { order } = outcome.state;
  const updated = await trx
    .updateTable('orders')
    .set(orderColumns(order, meta.at))
    .where('id', '=', order.id)
    .where('version', '=', order.version - 1)
    .returning('number')
    .executeTakeFirst();
  if (!updated) throw new Error(`order ${order.id} changed under a held lock`);
  await trx.deleteFrom('order_lines').where('order_id', '=', order.id).execute();
  await insertDocuments(trx, [{ outcome, meta }]);
}

/**
 * Stores orders just made, any number of them, in a few multi-row statements: the stock they moved, one
 * range of numbers per sequence, then every table's rows at once. Synchronize orders stores a whole batch
 * this way; RTS stores its one order the same way.
 */
export async function saveNewOrders(trx: Trx, made: readonly NewOrder[]): Promise<void> {
  const [first] = made;
  if (!first) return;
  await applyStockMovements(
    trx,
    made.flatMap((m) => m.outcome.stock),
    first.meta.at,
  );
  const numbers = await nextNumbers(trx, 'order', made.length);
  await insertAll(
    trx,
    'orders',
    made.map(({ outcome: { state }, meta, created }, index) => ({
      ...orderColumns(state.order, meta.at),
      id: state.order.id,
      number: numbers[index] as string,
      store_id: state.order.storeId,
      customer_number: state.order.customerId,
      customer_name: created.customerName.toLowerCase(),
      customer_display_name: created.customerName,
      confirmation_number: created.confirmationNumber ?? null,
      created_at: meta.at,
    })),
  );
  await insertDocuments(trx, made);
}

/** The order row's columns an operation changes. */
function orderColumns(order: Order, at: string) {
  return {
    type: order.type,
    status: orderStatus(order),
    pickup_code: order.pickupCode ?? null,
    total: orderTotal(order),
    delivery_date: nextDeliveryDate(order),
    version: order.version,
    document: JSON.stringify(order),
    updated_at: at,
  };
}

/**
 * The rows an outcome adds besides the order's own: its lines for the search, the new ledger entries,
 * invoices and return orders with numbers from one range per sequence, and its history entry.
 */
async function insertDocuments(
  trx: Trx,
  saved: readonly Pick<NewOrder, 'outcome' | 'meta'>[],
): Promise<void> {
  const invoices = saved.flatMap(({ outcome }) =>
    outcome.invoices.map((invoice) => ({ invoice, orderId: outcome.state.order.id })),
  );
  const returns = saved.flatMap(({ outcome }) =>
    outcome.returnOrders.map((returned) => ({ returned, orderId: outcome.state.order.id })),
  );
  const invoiceNumbers = await nextNumbers(trx, 'invoice', invoices.length);
  const returnNumbers = await nextNumbers(trx, 'returnOrder', returns.length);
  await insertAll(
    trx,
    'order_lines',
    saved.flatMap(({ outcome: { state } }) =>
      state.order.lines.map((line) => ({
        order_id: state.order.id,
        line_id: line.id,
        sku: line.productId,
        delivery_kind: line.delivery.kind,
        location_id: fulfillingLocation(state.order, line),
        open_quantity: state.order.type === 'quote' ? 0 : openQuantity(line),
      })),
    ),
  );
  await insertAll(
    trx,
    'ledger_entries',
    saved.flatMap(({ outcome }) => {
      const firstSeq = outcome.state.ledger.length - outcome.entries.length;
      return outcome.entries.map((entry, index) => ({
        id: entry.id,
        order_id: outcome.state.order.id,
        seq: firstSeq + index,
        kind: entry.kind,
        amount: entry.amount,
        tender_id: 'tender' in entry ? entry.tender.id : null,
        invoice_id: 'invoiceId' in entry ? (entry.invoiceId ?? null) : null,
        entry: JSON.stringify(entry),
        at: entry.at,
      }));
    }),
  );
  await insertAll(
    trx,
    'invoices',
    invoices.map(({ invoice, orderId }, index) => ({
      id: invoice.id,
      number: invoiceNumbers[index] as string,
      order_id: orderId,
      kind: invoice.kind,
      total: invoice.total,
      document: JSON.stringify(invoice),
      issued_at: invoice.issuedAt,
    })),
  );
  await insertAll(
    trx,
    'return_orders',
    returns.map(({ returned, orderId }, index) => ({
      id: returned.id,
      number: returnNumbers[index] as string,
      order_id: orderId,
      invoice_id: returned.invoiceId,
      total: returned.total,
      document: JSON.stringify(returned),
      created_at: returned.createdAt,
    })),
  );
  await insertAll(
    trx,
    'order_history',
    saved.map(({ outcome, meta }) => ({
      id: meta.newId(),
      order_id: outcome.state.order.id,
      at: meta.at,
      operation: meta.operation,
      staff_id: meta.actor.staffId,
      approved_by: meta.actor.approvedBy ?? null,
      location_id: meta.locationId,
      register_id: meta.actor.registerId ?? null,
      details: JSON.stringify(meta.details ?? {}),
    })),
  );
}

/** Bound parameters per statement, under SQLite's limit of 32,766 (PostgreSQL allows 65,535). */
const MAX_PARAMETERS = 30_000;

/** Multi-row inserts of any number of rows, as few statements as the parameter limit allows. */
async function insertAll<T extends keyof Database & string>(
  trx: Trx,
  table: T,
  rows: readonly InsertObject<Database, T>[],
): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += perStatement) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + perStatement))
      .execute();
  }
}

/** The order as the API shows it: the domain's view with the numbers HQ gave it. */
export function orderView(record: OrderRecord, parameters: CommerceParameters): OrderView {
  return domainOrderView(record.state, record, parameters);
}
