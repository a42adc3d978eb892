import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Distribution (SPEC §1, ARCHITECTURE.md): every change to configuration at HQ is numbered and kept, so
 * a distribution job can send each store exactly the changes since the number it last applied.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('configuration_changes')
    .addColumn('number', 'bigint', (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    // For one store only (its functionality profile), or null for every store.
    .addColumn('store_id', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('configuration_changes_job')
    .on('configuration_changes')
    .columns(['job', 'number'])
    .execute();
  await db.insertInto('sequences').values({ name: 'configurationChange', next_value: 0 }).execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
