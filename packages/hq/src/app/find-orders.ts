import type { FindOrdersQuery } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../db/schema.ts';
import { type Failure, fail } from './failure.ts';

/** The start of a local date in the company's time zone, as the UTC instant orders are stamped with. */
function startOf(date: string, timeZone: string): string {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).toInstant().toString();
}

function cursorOf(row: { created_at: string; id: string }): string {
  return Buffer.from(`${row.created_at}|${row.id}`).toString('base64url');
}

function parseCursor(cursor: string): { createdAt: string; id: string } | undefined {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  return createdAt && id ? { createdAt, id } : undefined;
}

/**
 * R-FND-1: finds orders company-wide by any of their numbers, the customer, the store, the status, the
 * created or delivery dates, or a preset, newest first, a page at a time. Every filter is answered by an
 * index; pages continue from the last row seen (keyset), so page 1,000 costs what page 1 does.
 */
export async function findOrders(
  db: Kysely<Database>,
  query: FindOrdersQuery,
  context: { locationId: string; timeZone: string },
): Promise<
  | {
      orders: {
        id: string;
        number: string;
        type: string;
        status: string;
        storeId: string;
        customerNumber: string;
        customerName: string;
        confirmationNumber: string | null;
        total: number;
        deliveryDate: string | null;
        createdAt: string;
      }[];
      next: string | null;
    }
  | Failure
> {
  let q = db.selectFrom('orders').selectAll();
  if (query.number) q = q.where('number', '=', query.number);
  if (query.confirmationNumber) q = q.where('confirmation_number', '=', query.confirmationNumber);
  if (query.pickupCode) q = q.where('pickup_code', '=', query.pickupCode.toUpperCase());
  if (query.invoiceNumber) {
    const invoiceNumber = query.invoiceNumber;
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('invoices').select('order_id').where('number', '=', invoiceNumber),
    );
  }
  if (query.customer) {
    const text = query.customer.trim().toLowerCase();
    // A number, an e-mail, a phone number, or the beginning of a name.
    const byContact = db
      .selectFrom('customers')
      .select('number')
      .where((eb) => eb.or([eb('email', '=', query.customer ?? ''), eb('phone', '=', query.customer ?? '')]));
    q = q.where((eb) =>
      eb.or([
        eb('customer_number', '=', query.customer ?? ''),
        eb.and([eb('customer_name', '>=', text), eb('customer_name', '<', `${text}\uffff`)]),
        eb('customer_number', 'in', byContact),
      ]),
    );
  }
  if (query.storeId) q = q.where('store_id', '=', query.storeId);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.createdFrom) q = q.where('created_at', '>=', startOf(query.createdFrom, context.timeZone));
  if (query.createdTo) {
    const end = Temporal.PlainDate.from(query.createdTo).add({ days: 1 }).toString();
    q = q.where('created_at', '<', startOf(end, context.timeZone));
  }
  if (query.deliveryFrom) q = q.where('delivery_date', '>=', query.deliveryFrom);
  if (query.deliveryTo) q = q.where('delivery_date', '<=', query.deliveryTo);
  if (query.preset) {
    const presets: Record<NonNullable<FindOrdersQuery['preset']>, ('pickup' | 'ship')[]> = {
      toPickUpHere: ['pickup'],
      toShip: ['ship'],
      toFulfil: ['pickup', 'ship'],
    };
    const kinds = presets[query.preset];
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('order_lines')
        .select('order_id')
        .where('location_id', '=', context.locationId)
        .where('delivery_kind', 'in', kinds)
        .where('open_quantity', '>', 0),
    );
  }
  if (query.after) {
    const cursor = parseCursor(query.after);
    if (!cursor)
      return fail('VALIDATION_FAILED', 'after is not a page cursor this API gave', { field: 'after' });
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', cursor.createdAt),
        eb.and([eb('created_at', '=', cursor.createdAt), eb('id', '<', cursor.id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    orders: page.map((row) => ({
      id: row.id,
      number: row.number,
      type: row.type,
      status: row.status,
      storeId: row.store_id,
      customerNumber: row.customer_number,
      customerName: row.customer_name,
      confirmationNumber: row.confirmation_number,
      total: row.total,
      deliveryDate: row.delivery_date,
      createdAt: row.created_at,
    })),
    next: rows.length > query.limit && last ? cursorOf(last) : null,
  };
}
