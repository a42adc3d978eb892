import type { CreateTableBuilder, Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

// biome-ignore lint/suspicious/noExplicitAny: any replica table gets the same three columns.
function replicated<T extends string>(table: CreateTableBuilder<T, any>) {
  return table
    .addColumn('change_number', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/**
 * The replica of what HQ distributes to this store (SPEC §1), and where each distribution job stands.
 * No foreign keys between entities: jobs run independently and a package lists each entity at its last
 * change, so a product may arrive before its charge code, a store before its warehouse, staff before
 * their permission group. Only the parts of one entity (a customer's addresses) are tied to it.
 */
export async function up(db: Db): Promise<void> {
  await replicated(
    db.schema
      .createTable('company')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull()),
  ).execute();

  await replicated(
    db.schema
      .createTable('locations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('address_name', 'text', (c) => c.notNull())
      .addColumn('street', 'text', (c) => c.notNull())
      .addColumn('postal_code', 'text', (c) => c.notNull())
      .addColumn('city', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('ships_from', 'text'),
  ).execute();

  await replicated(
    db.schema
      .createTable('modes_of_delivery')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull()),
  ).execute();

  await replicated(
    db.schema
      .createTable('charge_codes')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('vat_rate_bp', 'integer', (c) => c.notNull()),
  ).execute();

  await replicated(
    db.schema
      .createTable('commerce_parameters')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('default_deposit_percent_bp', 'integer', (c) => c.notNull())
      .addColumn('cancellation_charge_percent_bp', 'integer', (c) => c.notNull())
      .addColumn('cancellation_charge_code', 'text', (c) => c.notNull())
      .addColumn('shipping_charge_code', 'text', (c) => c.notNull())
      .addColumn('refund_shipping_charges', 'integer', (c) => c.notNull())
      .addColumn('max_shipping_refund_without_approval', 'integer', (c) => c.notNull())
      .addColumn('quote_expiration_days', 'integer', (c) => c.notNull())
      .addColumn('pickup_mode_of_delivery', 'text', (c) => c.notNull())
      .addColumn('carry_out_mode_of_delivery', 'text', (c) => c.notNull()),
  ).execute();

  await replicated(
    db.schema
      .createTable('functionality_profile')
      .addColumn('store_id', 'text', (c) => c.primaryKey())
      .addColumn('require_payment_for_fulfillment', 'text', (c) => c.notNull())
      .addColumn('create_customer_order_in_async_mode', 'integer', (c) => c.notNull())
      .addColumn('fallback_to_async_when_hq_unreachable', 'integer', (c) => c.notNull()),
  ).execute();

  // A barcode finds one product at HQ, but not unique here: within a package a barcode may move from
  // one product to another before the first product's own change arrives.
  await replicated(
    db.schema
      .createTable('products')
      .addColumn('sku', 'text', (c) => c.primaryKey())
      .addColumn('barcode', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('price', 'integer', (c) => c.notNull())
      .addColumn('vat_rate_bp', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('products_barcode').on('products').column('barcode').execute();
  await db.schema.createIndex('products_name').on('products').column('name').execute();

  await replicated(
    db.schema
      .createTable('customers')
      .addColumn('number', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text'),
  ).execute();
  await db.schema.createIndex('customers_name').on('customers').column('name').execute();

  await replicated(
    db.schema
      .createTable('customer_addresses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('customer_number', 'text', (c) =>
        c.notNull().references('customers.number').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('street', 'text', (c) => c.notNull())
      .addColumn('postal_code', 'text', (c) => c.notNull())
      .addColumn('city', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('customer_addresses_customer')
    .on('customer_addresses')
    .columns(['customer_number', 'position'])
    .execute();

  await replicated(
    db.schema.createTable('permission_groups').addColumn('name', 'text', (c) => c.primaryKey()),
  ).execute();
  await db.schema
    .createTable('permission_group_permissions')
    .addColumn('group_name', 'text', (c) =>
      c.notNull().references('permission_groups.name').onDelete('cascade'),
    )
    .addColumn('permission', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('permission_group_permissions_pk', ['group_name', 'permission'])
    .execute();

  await replicated(
    db.schema
      .createTable('staff')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull()),
  ).execute();
  // No reference to permission_groups: a group may arrive after the staff who are in it.
  await db.schema
    .createTable('staff_groups')
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_groups_pk', ['staff_id', 'group_name'])
    .execute();

  await db.schema
    .createTable('distribution_applied')
    .addColumn('job', 'text', (c) => c.primaryKey())
    .addColumn('applied_up_to', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
