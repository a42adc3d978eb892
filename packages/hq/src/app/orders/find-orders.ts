import type { FindOrdersQuery } from '@kassa/contracts';
import { instantText, isLocalDate, normalizePickupCode } from '@kassa/domain';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';

/** The start of a local date in the company's time zone, as the UTC instant orders are stamped with. */
function startOf(date: string, timeZone: string): string {
  return instantText(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).toInstant());
}

function cursorOf(row: { created_at: string; id: string }): string {
  return Buffer.from(`${row.created_at}|${row.id}`).toString('base64url');
}

/**
 * Only what `cursorOf` makes: an instant and an order id. Anything else decoded from a forged cursor
 * (a NUL byte made PostgreSQL fail with a 500) is not a cursor.
 */
function parseCursor(cursor: string): { createdAt: string; id: string } | undefined {
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!createdAt || !id || rest.length > 0) return undefined;
  return /^[\dT:.Z+-]+$/.test(createdAt) && /^[\w-]+$/.test(id) ? { createdAt, id } : undefined;
}

/**
 * R-FND-1: finds orders company-wide by any of their numbers, the customer, the store, the status, the
 * created or delivery dates, or a preset, newest first, a page at a time. Every filter is answered by an
 * index; pages continue from the last row seen (keyset), so page 1,000 costs what page 1 does.
 */
export async function findOrders(
  db: Kysely<Database>,
  query: FindOrdersQuery,
  /** The location the presets are about (a store asking "to pick up here"); the back office asks about all. */
  context: { locationId?: string | undefined },
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
  // The contract checks the YYYY-MM-DD shape only; a date that does not exist (2026-13-01) made
  // Temporal throw in startOf, a 500 for bad input.
  for (const field of ['createdFrom', 'createdTo', 'deliveryFrom', 'deliveryTo'] as const) {
    const date = query[field];
    if (date !== undefined && !isLocalDate(date)) {
      return fail('VALIDATION_FAILED', `${field} ${date} is not a date (YYYY-MM-DD)`, {
        field,
        rule: 'R-FND-1',
      });
    }
  }
  let q = db.selectFrom('orders').selectAll();
  if (query.number) q = q.where('number', '=', query.number);
  if (query.confirmationNumber) q = q.where('confirmation_number', '=', query.confirmationNumber);
  if (query.pickupCode) q = q.where('pickup_code', '=', normalizePickupCode(query.pickupCode));
  if (query.invoiceNumber) {
    const invoiceNumber = query.invoiceNumber;
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('invoices').select('order_id').where('number', '=', invoiceNumber),
    );
  }
  type Match = (eb: ExpressionBuilder<Database, 'orders'>) => Expression<SqlBool>;
  /** The two ways an order matches `customer`, each answered by its own index; the page takes the union. */
  let customerMatches: [byNumber: Match, byName: Match] | undefined;
  if (query.customer) {
    const customer = query.customer;
    const text = customer.trim().toLowerCase();
    // A number, an e-mail, a phone number, or the beginning of a name. The customers an e-mail or a
    // phone number names are looked up first: as a subquery inside an OR, PostgreSQL could not use the
    // indexes and filtered every order newest first instead (seconds over a million orders).
    const byContact = (
      await db
        .selectFrom('customers')
        .select('number')
        .where((eb) => eb.or([eb('email', '=', customer), eb('phone', '=', customer)]))
        .execute()
    ).map((row) => row.number);
    customerMatches = [
      (eb) => eb('customer_number', 'in', [customer, ...byContact]),
      (eb) => eb.and([eb('customer_name', '>=', text), eb('customer_name', '<', `${text}\uffff`)]),
    ];
  }
  if (query.storeId) q = q.where('store_id', '=', query.storeId);
  if (query.status) q = q.where('status', '=', query.status);
  // Created dates are the company's local dates; its time zone is read only when a search asks by date.
  const timeZone =
    query.createdFrom || query.createdTo
      ? ((await db.selectFrom('company').select('time_zone').executeTakeFirst())?.time_zone ?? 'UTC')
      : 'UTC';
  if (query.createdFrom) q = q.where('created_at', '>=', startOf(query.createdFrom, timeZone));
  if (query.createdTo) {
    const end = Temporal.PlainDate.from(query.createdTo).add({ days: 1 }).toString();
    q = q.where('created_at', '<', startOf(end, timeZone));
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
    // An order with an open pickup or ship line always has a next delivery date (saveOutcome). So the
    // orders with one are walked newest first (the partial index orders_open_created) and each is
    // checked against the store's open lines until the page is full: the cost is bounded by the open
    // orders, not by all orders. Joining every open line of the store to its order and sorting them
    // all took 180 ms on SQLite with 13,000 orders waiting at S01.
    q = q.where('delivery_date', 'is not', null).where(({ exists, selectFrom }) =>
      exists(
        selectFrom('order_lines')
          .select('order_lines.order_id')
          .whereRef('order_lines.order_id', '=', 'orders.id')
          .$if(context.locationId !== undefined, (lines) =>
            lines.where('order_lines.location_id', '=', context.locationId ?? ''),
          )
          .where('order_lines.delivery_kind', 'in', kinds)
          .where('order_lines.open_quantity', '>', 0),
      ),
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
  if (customerMatches) {
    // The beginning of a name can match thousands of orders ("anna va"), and only the newest make the
    // page. Each way of matching reads just the id and creation instant of its orders from a covering
    // index (orders_customer_name, orders_customer_number), the union is sorted, and only the page's
    // orders are read whole. Sorting the whole matching orders took 40 ms and more at p95.
    const keys = q.clearSelect().select(['orders.id', 'orders.created_at']);
    const [byNumber, byName] = customerMatches;
    const matches = keys.where(byNumber).union(keys.where(byName)).as('matches');
    q = db
      .selectFrom('orders')
      .selectAll()
      .where('id', 'in', (eb) =>
        eb
          .selectFrom(matches)
          .select('matches.id')
          .orderBy('matches.created_at', 'desc')
          .orderBy('matches.id', 'desc')
          .limit(query.limit + 1),
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
      customerName: row.customer_display_name ?? row.customer_name,
      confirmationNumber: row.confirmation_number,
      total: row.total,
      deliveryDate: row.delivery_date,
      createdAt: row.created_at,
    })),
    next: rows.length > query.limit && last ? cursorOf(last) : null,
  };
}
