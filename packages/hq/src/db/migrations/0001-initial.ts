import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

// biome-ignore lint/suspicious/noExplicitAny: any table gets the same two columns.
function timestamps<T extends string>(table: CreateTableBuilder<T, any>) {
  return table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

export async function up(db: Db): Promise<void> {
  await timestamps(
    db.schema
      .createTable('company')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull()),
  ).execute();

  await timestamps(
    db.schema
      .createTable('locations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('ships_from', 'text', (c) => c.references('locations.id'))
      .addColumn('credential_hash', 'text'),
  ).execute();

  await timestamps(
    db.schema
      .createTable('modes_of_delivery')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull()),
  ).execute();

  await timestamps(
    db.schema
      .createTable('charge_codes')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('vat_rate_bp', 'integer', (c) => c.notNull()),
  ).execute();

  await timestamps(
    db.schema
      .createTable('commerce_parameters')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('default_deposit_percent_bp', 'integer', (c) => c.notNull())
      .addColumn('cancellation_charge_percent_bp', 'integer', (c) => c.notNull())
      .addColumn('cancellation_charge_code', 'text', (c) => c.notNull().references('charge_codes.code'))
      .addColumn('shipping_charge_code', 'text', (c) => c.notNull().references('charge_codes.code'))
      .addColumn('refund_shipping_charges', 'integer', (c) => c.notNull())
      .addColumn('max_shipping_refund_without_approval', 'bigint', (c) => c.notNull())
      .addColumn('quote_expiration_days', 'integer', (c) => c.notNull())
      .addColumn('pickup_mode_of_delivery', 'text', (c) => c.notNull().references('modes_of_delivery.code'))
      .addColumn('carry_out_mode_of_delivery', 'text', (c) =>
        c.notNull().references('modes_of_delivery.code'),
      ),
  ).execute();

  await timestamps(
    db.schema
      .createTable('functionality_profiles')
      .addColumn('store_id', 'text', (c) => c.primaryKey().references('locations.id'))
      .addColumn('require_payment_for_fulfillment', 'text', (c) => c.notNull())
      .addColumn('create_customer_order_in_async_mode', 'integer', (c) => c.notNull())
      .addColumn('fallback_to_async_when_hq_unreachable', 'integer', (c) => c.notNull()),
  ).execute();

  await timestamps(
    db.schema
      .createTable('products')
      .addColumn('sku', 'text', (c) => c.primaryKey())
      .addColumn('barcode', 'text', (c) => c.unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('price', 'bigint', (c) => c.notNull())
      .addColumn('vat_rate_bp', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull()),
  ).execute();

  // The check is the last line of defence of R-CRE-6: whatever a bug does, stock is never oversold.
  await timestamps(
    db.schema
      .createTable('stock')
      .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
      .addColumn('sku', 'text', (c) => c.notNull().references('products.sku'))
      .addColumn('on_hand', 'integer', (c) => c.notNull())
      .addColumn('reserved', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('stock_pk', ['location_id', 'sku'])
      .addCheckConstraint('stock_not_oversold', sql`reserved >= 0 and reserved <= on_hand`),
  ).execute();

  await timestamps(
    db.schema
      .createTable('customers')
      .addColumn('number', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text'),
  ).execute();
  await db.schema.createIndex('customers_name').on('customers').column('name').execute();

  await timestamps(
    db.schema
      .createTable('customer_addresses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('customer_number', 'text', (c) => c.notNull().references('customers.number'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('street', 'text', (c) => c.notNull())
      .addColumn('postal_code', 'text', (c) => c.notNull())
      .addColumn('city', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('customer_addresses_customer')
    .on('customer_addresses')
    .column('customer_number')
    .execute();

  await timestamps(
    db.schema
      .createTable('permission_groups')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('permissions', 'text', (c) => c.notNull()),
  ).execute();

  await timestamps(
    db.schema
      .createTable('staff')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('groups', 'text', (c) => c.notNull()),
  ).execute();

  await db.schema
    .createTable('sequences')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('next_value', 'bigint', (c) => c.notNull())
    .execute();
  // Seeded, so taking a number is always an update that locks its row, never a racing insert.
  await db
    .insertInto('sequences')
    .values(['order', 'invoice', 'returnOrder'].map((name) => ({ name, next_value: 0 })))
    .execute();

  await timestamps(
    db.schema
      .createTable('orders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('store_id', 'text', (c) => c.notNull().references('locations.id'))
      .addColumn('customer_number', 'text', (c) => c.notNull())
      .addColumn('customer_name', 'text', (c) => c.notNull())
      .addColumn('confirmation_number', 'text', (c) => c.unique())
      .addColumn('pickup_code', 'text')
      .addColumn('total', 'bigint', (c) => c.notNull())
      .addColumn('delivery_date', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull()),
  ).execute();
  // R-FND-1: each way of finding an order has an index that answers it without a scan.
  await db.schema
    .createIndex('orders_customer_name')
    .on('orders')
    .columns(['customer_name', 'created_at'])
    .execute();
  await db.schema
    .createIndex('orders_customer_number')
    .on('orders')
    .columns(['customer_number', 'created_at'])
    .execute();
  await db.schema
    .createIndex('orders_store_created')
    .on('orders')
    .columns(['store_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('orders_status_created')
    .on('orders')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema.createIndex('orders_created').on('orders').column('created_at').execute();
  await db.schema.createIndex('orders_pickup_code').on('orders').column('pickup_code').execute();
  await db.schema.createIndex('orders_delivery_date').on('orders').column('delivery_date').execute();

  await db.schema
    .createTable('order_lines')
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('line_id', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('delivery_kind', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('open_quantity', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_lines_pk', ['order_id', 'line_id'])
    .execute();
  // The presets ("to pick up here", "to ship", "to fulfil") look only at open lines: a partial index
  // stays small however many orders are closed.
  await db.schema
    .createIndex('order_lines_open')
    .on('order_lines')
    .columns(['location_id', 'delivery_kind', 'order_id'])
    .where(sql.ref('open_quantity'), '>', 0)
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('tender_id', 'text')
    .addColumn('invoice_id', 'text')
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_entries_order_seq', ['order_id', 'seq'])
    .execute();

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invoices_order').on('invoices').column('order_id').execute();

  await db.schema
    .createTable('return_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('return_orders_order').on('return_orders').column('order_id').execute();

  await db.schema
    .createTable('order_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('register_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_history_order')
    .on('order_history')
    .columns(['order_id', 'at'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('caller', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
