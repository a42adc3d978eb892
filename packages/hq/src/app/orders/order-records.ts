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
import type { Engine } from '../../db/database.ts';
import type { Trx } from '../transaction.ts';
import { nextNumber } from './numbers.ts';
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

/**
 * Stores an outcome: the order row and its search rows, the new ledger entries, invoices and return
 * orders with their numbers, the stock movements and one history entry (R-SEC-3). The caller's
 * transaction makes it all or nothing. Returns the numbers given.
 */
export async function saveOutcome(
  trx: Trx,
  outcome: Outcome,
  meta: SaveMeta,
  created?: { customerName: string; confirmationNumber?: string },
): Promise<{ number: string; invoiceNumbers: Map<string, string>; returnNumbers: Map<string, string> }> {
  // Locks in one order everywhere: the order row, then stock rows (sorted), then the number
  // sequences last. Taking a sequence before stock let a pickup and a carry-out sale deadlock.
  await applyStockMovements(trx, outcome.stock, meta.at);
  const { order } = outcome.state;
  const row = {
    type: order.type,
    status: orderStatus(order),
    pickup_code: order.pickupCode ?? null,
    total: orderTotal(order),
    delivery_date: nextDeliveryDate(order),
    version: order.version,
    document: JSON.stringify(order),
    updated_at: meta.at,
  };
  let number: string;
  if (created) {
    number = await nextNumber(trx, 'order');
    await trx
      .insertInto('orders')
      .values({
        ...row,
        id: order.id,
        number,
        store_id: order.storeId,
        customer_number: order.customerId,
        customer_name: created.customerName.toLowerCase(),
        customer_display_name: created.customerName,
        confirmation_number: created.confirmationNumber ?? null,
        created_at: meta.at,
      })
      .execute();
  } else {
    const updated = await trx
      .updateTable('orders')
      .set(row)
      .where('id', '=', order.id)
      .where('version', '=', order.version - 1)
      .returning('number')
      .executeTakeFirst();
    if (!updated) throw new Error(`order ${order.id} changed under a held lock`);
    number = updated.number;
    await trx.deleteFrom('order_lines').where('order_id', '=', order.id).execute();
  }
  await trx
    .insertInto('order_lines')
    .values(
      order.lines.map((line) => ({
        order_id: order.id,
        line_id: line.id,
        sku: line.productId,
        delivery_kind: line.delivery.kind,
        location_id: fulfillingLocation(order, line),
        open_quantity: order.type === 'quote' ? 0 : openQuantity(line),
      })),
    )
    .execute();

  const firstSeq = outcome.state.ledger.length - outcome.entries.length;
  if (outcome.entries.length > 0) {
    await trx
      .insertInto('ledger_entries')
      .values(
        outcome.entries.map((entry, index) => ({
          id: entry.id,
          order_id: order.id,
          seq: firstSeq + index,
          kind: entry.kind,
          amount: entry.amount,
          tender_id: 'tender' in entry ? entry.tender.id : null,
          invoice_id: 'invoiceId' in entry ? (entry.invoiceId ?? null) : null,
          entry: JSON.stringify(entry),
          at: entry.at,
        })),
      )
      .execute();
  }
  const invoiceNumbers = new Map<string, string>();
  for (const invoice of outcome.invoices) {
    const invoiceNumber = await nextNumber(trx, 'invoice');
    invoiceNumbers.set(invoice.id, invoiceNumber);
    await trx
      .insertInto('invoices')
      .values({
        id: invoice.id,
        number: invoiceNumber,
        order_id: order.id,
        kind: invoice.kind,
        total: invoice.total,
        document: JSON.stringify(invoice),
        issued_at: invoice.issuedAt,
      })
      .execute();
  }
  const returnNumbers = new Map<string, string>();
  for (const returned of outcome.returnOrders) {
    const returnNumber = await nextNumber(trx, 'returnOrder');
    returnNumbers.set(returned.id, returnNumber);
    await trx
      .insertInto('return_orders')
      .values({
        id: returned.id,
        number: returnNumber,
        order_id: order.id,
        invoice_id: returned.invoiceId,
        total: returned.total,
        document: JSON.stringify(returned),
        created_at: returned.createdAt,
      })
      .execute();
  }
  await trx
    .insertInto('order_history')
    .values({
      id: meta.newId(),
      order_id: order.id,
      at: meta.at,
      operation: meta.operation,
      staff_id: meta.actor.staffId,
      approved_by: meta.actor.approvedBy ?? null,
      location_id: meta.locationId,
      register_id: meta.actor.registerId ?? null,
      details: JSON.stringify(meta.details ?? {}),
    })
    .execute();
  return { number, invoiceNumbers, returnNumbers };
}

/** The order as the API shows it: the domain's view with the numbers HQ gave it. */
export function orderView(record: OrderRecord, parameters: CommerceParameters): OrderView {
  return domainOrderView(record.state, record, parameters);
}
