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

/** The order as the register reads HQ's (R-ASY-5): HQ's number once the store has learnt it, else none yet. */
export function localOrderView(order: LocalOrder, parameters: CommerceParameters): RtsOrder {
  const state = JSON.parse(order.document) as OrderState;
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

export function localOrderSummary(order: LocalOrder): FindOrdersReply['orders'][number] {
  const { order: made } = JSON.parse(order.document) as OrderState;
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
