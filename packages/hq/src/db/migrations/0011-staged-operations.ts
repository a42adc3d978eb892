import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Pickups and cancellations a store did to its own orders are staged too (R-ASY-5); Synchronize orders
 * finds each one's order, and the earlier operations on it, by the store and the order id.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createIndex('staged_transactions_order')
    .on('staged_transactions')
    .columns(['store_id', 'order_id', 'sequence'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
