import { type Kysely, sql } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Indexes for finding orders by store and status together (R-FND-1), measured on 1,000,000 orders:
 * - `orders_store_status_created`: a store with few orders and a common status made SQLite walk every
 *   order of that status and check its store (2.6 s); with it, a page is read straight off (0.1 ms).
 *   PostgreSQL's statistics had avoided the walk, but the index serves it as well.
 * - `orders_store_open_created`: a preset ("to ship") with a store made SQLite leave the small index of
 *   open orders for the store's whole history (900 ms when the store ships nothing); with it, 6 ms.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createIndex('orders_store_status_created')
    .on('orders')
    .columns(['store_id', 'status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('orders_store_open_created')
    .on('orders')
    .columns(['store_id', 'created_at', 'id'])
    .where(sql.ref('delivery_date'), 'is not', null)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
