import type { Order } from '@kassa/domain';
import type { Kysely } from 'kysely';
import type { HqDatabase } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { loadCommerceParameters } from '../configuration.ts';
import { type Failure, fail } from '../failure.ts';
import { transact } from '../transaction.ts';
import { loadOrder, orderView } from './order-records.ts';

/** An order with its lines, deliveries, statuses, charges, ledger, invoices, returns and history (R-SEC-3). */
export async function getOrder(database: HqDatabase, orderId: string) {
  return transact(database.db, async (trx) => {
    const record = await loadOrder(trx, database.engine, orderId);
    if (!record) return fail('NOT_FOUND', `order ${orderId} does not exist`, { field: 'orderId' });
    const parameters = await loadCommerceParameters(trx);
    if (!parameters) return fail('NOT_CONFIGURED', 'the Commerce parameters are not set up yet');
    const history = await trx
      .selectFrom('order_history')
      .selectAll()
      .where('order_id', '=', orderId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return {
      ...orderView(record, parameters),
      history: history.map((h) => ({
        at: h.at,
        operation: h.operation,
        staffId: h.staff_id,
        approvedBy: h.approved_by,
        locationId: h.location_id,
        registerId: h.register_id,
        details: JSON.parse(h.details) as unknown,
      })),
    };
  });
}

/** Finds an order by its id or its number, so the POS can look one up either way. */
export async function resolveOrderId(db: Kysely<Database>, idOrNumber: string): Promise<string | Failure> {
  const row = await db
    .selectFrom('orders')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', idOrNumber), eb('number', '=', idOrNumber)]))
    .executeTakeFirst();
  return row?.id ?? fail('NOT_FOUND', `order ${idOrNumber} does not exist`, { field: 'orderId' });
}

/**
 * Where a shipment of an order leaves from, read from the order alone: shipping runs at that location,
 * and the operation itself loads and locks the whole order afterwards.
 */
export async function shipmentOrigin(
  db: Kysely<Database>,
  orderId: string,
  shipmentId: string,
): Promise<string | Failure> {
  const row = await db.selectFrom('orders').select('document').where('id', '=', orderId).executeTakeFirst();
  if (!row) return fail('NOT_FOUND', `order ${orderId} does not exist`, { field: 'orderId' });
  const shipment = (JSON.parse(row.document) as Order).shipments.find((s) => s.id === shipmentId);
  return (
    shipment?.shipFrom ??
    fail('NOT_FOUND', `shipment ${shipmentId} is not on the order`, { field: 'shipmentId', rule: 'R-PCK-5' })
  );
}
