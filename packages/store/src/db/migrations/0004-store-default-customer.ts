import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/** A store's default customer (job 1070): whom a cash-and-carry sale to nobody in particular is for. */
export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('locations').addColumn('default_customer', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
