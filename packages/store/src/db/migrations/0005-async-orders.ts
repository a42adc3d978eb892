import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Orders the store makes on its own (async mode, R-ASY-2) and the outbox HQ's P-job pulls (R-ASY-3): an
 * order and its outbox row are written in one transaction, so neither exists without the other. The
 * outbox is numbered by SQLite in the order rows are written; HQ pulls after the last number it staged.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('local_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('confirmation_number', 'text', (c) => c.notNull().unique())
    .addColumn('register_id', 'text', (c) => c.notNull())
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('hq_order_number', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('sequence', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('transaction_id', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('confirmation_number', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Confirmation numbers per register (S01-R1-000045): registers of one store never collide, offline too.
  await db.schema
    .createTable('register_sequences')
    .addColumn('register_id', 'text', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
