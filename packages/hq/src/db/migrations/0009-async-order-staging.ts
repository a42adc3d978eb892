import { type Kysely, sql } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Async orders at HQ (R-ASY-3, R-ASY-4): the staged store transactions the P-job pulls, keyed by their
 * transaction id so pulling twice stages once; each store's watermark, the last sequence staged, moved
 * in the transaction that stages the rows up to it; and the record of every batch job run. The P-job
 * joins the job schedule, manual only like every job at first.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('staged_transactions')
    .addColumn('transaction_id', 'text', (c) => c.primaryKey())
    .addColumn('store_id', 'text', (c) => c.notNull().references('locations.id'))
    .addColumn('sequence', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('confirmation_number', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('sales_order_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'staged_transaction_status',
      sql`status in ('pending', 'succeeded', 'failed', 'editing')`,
    )
    .execute();
  // Synchronize orders takes the pending ones of a store in sequence order; the back office filters so.
  await db.schema
    .createIndex('staged_transactions_status')
    .on('staged_transactions')
    .columns(['status', 'store_id', 'sequence'])
    .execute();
  // The back office's list without a status filter, in the same order.
  await db.schema
    .createIndex('staged_transactions_store')
    .on('staged_transactions')
    .columns(['store_id', 'sequence'])
    .execute();

  await db.schema
    .createTable('p_job_watermarks')
    .addColumn('store_id', 'text', (c) => c.primaryKey().references('locations.id'))
    .addColumn('sequence', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('batch_job_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull())
    // Null for a run that is not per store (Synchronize orders).
    .addColumn('store_id', 'text', (c) => c.references('locations.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await db.schema
    .createIndex('batch_job_runs_job')
    .on('batch_job_runs')
    .columns(['job', 'started_at'])
    .execute();

  const now = new Date().toISOString();
  await db
    .insertInto('job_schedules')
    .values({
      job: 'p-job',
      interval_seconds: null,
      enabled: 1,
      last_started_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
