import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Carts of the registers, the receipts the store printed, and the POS's idempotency keys. A cart is one
 * JSON document: the register builds it change by change and only the whole of it is ever read; it is
 * kept here rather than in the browser so that a refresh, a crash or HQ being down loses nothing typed.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('carts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('register_id', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text')
    .addColumn('order_number', 'text')
    .addColumn('receipt_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('carts_open_per_register')
    .on('carts')
    .columns(['register_id', 'status', 'updated_at'])
    .execute();

  await db.schema
    .createTable('receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text')
    // One receipt per operation: the retry of an operation finds the receipt of its first answer.
    .addColumn('operation_key', 'text', (c) => c.notNull().unique())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('receipts_order').on('receipts').columns(['order_id', 'created_at']).execute();

  // The order as read before an operation that prints a receipt, kept under the operation's key: a retry
  // after HQ's answer was lost prints the receipt from the same starting point.
  await db.schema
    .createTable('operation_snapshots')
    .addColumn('operation_key', 'text', (c) => c.primaryKey())
    .addColumn('order_document', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pos_idempotency_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
