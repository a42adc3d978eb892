import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/** A store's default customer: the walk-in a cash-and-carry sale is made for when nobody is named. */
export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('locations').addColumn('default_customer', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
