import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * The customer's name as written, beside the lower-cased one searches use: receipts and screens show
 * "Anna de Vries", not "anna de vries". Orders stored before keep showing the search form.
 */
export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('orders').addColumn('customer_display_name', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
