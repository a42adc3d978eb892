import { type FindOrdersReply, RtsOrder } from '@kassa/contracts';
import {
  type CommerceParameters,
  nextDeliveryDate,
  type OrderState,
  orderStatus,
  orderTotal,
  orderView,
} from '@kassa/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database, LocalOrderTable } from '../../db/schema.ts';

export type LocalOrder = Selectable<LocalOrderTable>;

/** An order this store made itself (R-ASY-2), by its id or its confirmation number. */
export async function findLocalOrder(
  db: Kysely<Database>,
  idOrNumber: string,
): Promise<LocalOrder | undefined> {
  return db
    .selectFrom('local_orders')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrNumber), eb('confirmation_number', '=', idOrNumber)]))
    .executeTakeFirst();
}

/** The store's copy of the order, as the domain decides on it. */
export function localOrderState(order: LocalOrder): OrderState {
  return JSON.parse(order.document) as OrderState;
}

/**
 * The order as the register reads HQ's (R-ASY-5), in `state` when given (the outcome of an operation on it):
 * HQ's number once the store has learnt it, else none yet. Its invoices and return orders have no HQ
 * numbers before HQ has them, like the order.
 */
export function localOrderView(
  order: LocalOrder,
  parameters: CommerceParameters,
  state: OrderState = localOrderState(order),
): RtsOrder {
  return RtsOrder.parse(
    orderView(
      state,
      {
        number: order.hq_order_number ?? '',
        confirmationNumber: order.confirmation_number,
        customerName: order.customer_name,
        invoiceNumbers: new Map(),
        returnNumbers: new Map(),
      },
      parameters,
    ),
  );
}

/**
 * Whether HQ's copy of an order this store made has everything the store did to it (R-ASY-5): HQ applies
 * the store's pickups and cancellations after the order, in order, each moving the version on as it did
 * here. Until then the store's copy is the order: it is shown, and operations on it happen here, so that
 * once the store did one locally it keeps doing them locally until HQ has them all. An operation sent to
 * HQ past one still in the outbox would reach HQ before it, on an order HQ holds at an older state.
 */
export function hqHasCaughtUp(local: LocalOrder, atHq: { readonly version: number } | undefined): boolean {
  return atHq !== undefined && atHq.version >= localOrderState(local).order.version;
}

export function localOrderSummary(order: LocalOrder): FindOrdersReply['orders'][number] {
  const { order: made } = localOrderState(order);
  return {
    id: made.id,
    number: order.hq_order_number ?? '',
    type: made.type,
    status: orderStatus(made),
    storeId: made.storeId,
    customerNumber: made.customerId,
    customerName: order.customer_name,
    confirmationNumber: order.confirmation_number,
    total: orderTotal(made),
    deliveryDate: nextDeliveryDate(made),
    createdAt: made.createdAt,
  };
}

/** The store learns the sales order number HQ gave an order it made itself. */
export async function rememberHqNumber(
  db: Kysely<Database>,
  orderId: string,
  number: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('local_orders')
    .set({ hq_order_number: number, updated_at: at })
    .where('id', '=', orderId)
    .where('hq_order_number', 'is', null)
    .execute();
}
