import { type Kysely, sql } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Indexes the find-order benchmark asked for (npm run bench, 1,000,000 orders):
 * - `orders_customer_name`, `orders_customer_number` gain the order id: a search by the beginning of a
 *   name that matches thousands of orders picks its page's ids from the index alone, and reads only
 *   those orders (find-orders.ts).
 * - `orders_open_created`: the orders with something still to pick up or ship (a next delivery date),
 *   newest first. The presets walk it and check each order's open lines, so "to pick up here" reads a
 *   page of open orders instead of joining and sorting every open line of the store (180 ms on SQLite).
 * - `customers_email`, `customers_phone`: finding orders by a customer's e-mail or phone number looks the
 *   customer up first; without them that is a scan of every customer on each search.
 */
export async function up(db: Db): Promise<void> {
  for (const [name, column] of [
    ['orders_customer_name', 'customer_name'],
    ['orders_customer_number', 'customer_number'],
  ] as const) {
    await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on('orders').columns([column, 'created_at', 'id']).execute();
  }
  await db.schema
    .createIndex('orders_open_created')
    .on('orders')
    .columns(['created_at', 'id'])
    .where(sql.ref('delivery_date'), 'is not', null)
    .execute();
  await db.schema.createIndex('customers_email').on('customers').column('email').execute();
  await db.schema.createIndex('customers_phone').on('customers').column('phone').execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
