import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/** Where each store server answers HQ's jobs, and the record of every distribution job run per store. */
export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('locations').addColumn('endpoint_url', 'text').execute();
  await db.schema.alterTable('locations').addColumn('endpoint_secret', 'text').execute();
  await db.schema
    .createTable('distribution_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('store_id', 'text', (c) => c.notNull().references('locations.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('after_number', 'bigint', (c) => c.notNull())
    .addColumn('up_to', 'bigint', (c) => c.notNull())
    .addColumn('changes', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('distribution_runs_store_job')
    .on('distribution_runs')
    .columns(['store_id', 'job', 'started_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
