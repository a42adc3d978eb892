import type { Kysely } from 'kysely';
import { hashSecret } from '../src/app/passwords.ts';
import type { Database } from '../src/db/schema.ts';

export const SECRETS = { S01: 'S01-secret-for-the-tests', S02: 'S02-secret-for-the-tests' } as const;
export const CASHIER = ['createOrder', 'editOrder', 'findOrders', 'pickUp', 'cancel', 'return'] as const;
export const MANAGER = [
  ...CASHIER,
  'overrideDeposit',
  'changeCancellationCharge',
  'approveRefundOverLimit',
] as const;

/**
 * The master data the HQ tests start from, written straight into the database: a Dutch outdoor retailer
 * with stores S01 Amsterdam and S02 Utrecht, the distribution centre DC1 that ships for both, 10 %
 * deposit, 5 % cancellation charge, shipping refunds up to €10 without approval.
 */
export async function seedMasterData(
  db: Kysely<Database>,
  { at = '2026-11-01T00:00:00Z' } = {},
): Promise<void> {
  const stamp = { created_at: at, updated_at: at };
  const address = (city: string) =>
    JSON.stringify({
      name: `Kassa ${city}`,
      street: 'Hoofdstraat 1',
      postalCode: '1000 AA',
      city,
      country: 'NL',
    });
  await db
    .insertInto('company')
    .values({ id: 1, name: 'Buiten BV', currency: 'EUR', time_zone: 'Europe/Amsterdam', ...stamp })
    .execute();
  await db
    .insertInto('locations')
    .values({
      id: 'DC1',
      kind: 'warehouse',
      name: 'Distribution centre',
      address: address('Tilburg'),
      time_zone: 'Europe/Amsterdam',
      ships_from: null,
      credential_hash: null,
      ...stamp,
    })
    .execute();
  await db
    .insertInto('locations')
    .values([
      {
        id: 'S01',
        kind: 'store',
        name: 'Amsterdam',
        address: address('Amsterdam'),
        time_zone: 'Europe/Amsterdam',
        ships_from: 'DC1',
        credential_hash: await hashSecret(SECRETS.S01),
        ...stamp,
      },
      {
        id: 'S02',
        kind: 'store',
        name: 'Utrecht',
        address: address('Utrecht'),
        time_zone: 'Europe/Amsterdam',
        ships_from: 'DC1',
        credential_hash: await hashSecret(SECRETS.S02),
        ...stamp,
      },
    ])
    .execute();
  await db
    .insertInto('modes_of_delivery')
    .values([
      { code: 'POSTNL', name: 'PostNL', kind: 'shipping', ...stamp },
      { code: 'PICKUP', name: 'Pick up in store', kind: 'pickup', ...stamp },
      { code: 'CARRYOUT', name: 'Carry out', kind: 'carryOut', ...stamp },
    ])
    .execute();
  await db
    .insertInto('charge_codes')
    .values([
      { code: 'SHIP', description: 'Shipping', vat_rate_bp: 2100, ...stamp },
      { code: 'CANC', description: 'Cancellation', vat_rate_bp: 2100, ...stamp },
    ])
    .execute();
  await db
    .insertInto('commerce_parameters')
    .values({
      id: 1,
      default_deposit_percent_bp: 1000,
      cancellation_charge_percent_bp: 500,
      cancellation_charge_code: 'CANC',
      shipping_charge_code: 'SHIP',
      refund_shipping_charges: 1,
      max_shipping_refund_without_approval: 1000,
      quote_expiration_days: 14,
      pickup_mode_of_delivery: 'PICKUP',
      carry_out_mode_of_delivery: 'CARRYOUT',
      ...stamp,
    })
    .execute();
  await db
    .insertInto('functionality_profiles')
    .values(
      ['S01', 'S02'].map((store_id) => ({
        store_id,
        require_payment_for_fulfillment: 'NotRequired' as const,
        create_customer_order_in_async_mode: 0,
        fallback_to_async_when_hq_unreachable: 0,
        ...stamp,
      })),
    )
    .execute();
  await db
    .insertInto('products')
    .values([
      {
        sku: 'TENT-2P',
        barcode: '8710000000011',
        name: 'Tent for two',
        price: 19999,
        vat_rate_bp: 2100,
        kind: 'merchandise',
        active: 1,
        ...stamp,
      },
      {
        sku: 'BOOT-42',
        barcode: '8710000000028',
        name: 'Hiking boots, size 42',
        price: 12950,
        vat_rate_bp: 2100,
        kind: 'merchandise',
        active: 1,
        ...stamp,
      },
      {
        sku: 'BOOK-WAD',
        barcode: '8710000000035',
        name: 'Guide to the Wadden',
        price: 2495,
        vat_rate_bp: 900,
        kind: 'merchandise',
        active: 1,
        ...stamp,
      },
      {
        sku: 'GIFT-50',
        barcode: null,
        name: 'Gift card €50',
        price: 5000,
        vat_rate_bp: 0,
        kind: 'giftCard',
        active: 1,
        ...stamp,
      },
      {
        sku: 'OLD-1',
        barcode: null,
        name: 'Discontinued lamp',
        price: 999,
        vat_rate_bp: 2100,
        kind: 'merchandise',
        active: 0,
        ...stamp,
      },
    ])
    .execute();
  const stock = [
    ['S01', 'TENT-2P', 5],
    ['S01', 'BOOT-42', 10],
    ['S01', 'BOOK-WAD', 20],
    ['S02', 'TENT-2P', 3],
    ['S02', 'BOOT-42', 4],
    ['S02', 'BOOK-WAD', 10],
    ['DC1', 'TENT-2P', 50],
    ['DC1', 'BOOT-42', 50],
    ['DC1', 'BOOK-WAD', 100],
  ] as const;
  await db
    .insertInto('stock')
    .values(
      stock.map(([location_id, sku, on_hand]) => ({ location_id, sku, on_hand, reserved: 0, ...stamp })),
    )
    .execute();
  await db
    .insertInto('customers')
    .values([
      { number: 'C-1001', name: 'Anna de Vries', email: 'anna@example.nl', phone: '+31611111111', ...stamp },
      { number: 'C-1002', name: 'Bram Jansen', email: 'bram@example.nl', phone: '+31622222222', ...stamp },
    ])
    .execute();
  await db
    .insertInto('customer_addresses')
    .values([
      {
        id: 'A-1',
        customer_number: 'C-1001',
        name: 'Anna de Vries',
        street: 'Prinsengracht 1',
        postal_code: '1015 AA',
        city: 'Amsterdam',
        country: 'NL',
        ...stamp,
      },
      {
        id: 'A-2',
        customer_number: 'C-1002',
        name: 'Bram Jansen',
        street: 'Oudegracht 9',
        postal_code: '3511 AA',
        city: 'Utrecht',
        country: 'NL',
        ...stamp,
      },
    ])
    .execute();
  await db
    .insertInto('permission_groups')
    .values([
      { name: 'Cashier', permissions: JSON.stringify(CASHIER), ...stamp },
      { name: 'Manager', permissions: JSON.stringify(MANAGER), ...stamp },
      { name: 'HeadOffice', permissions: JSON.stringify([...MANAGER, 'backOffice']), ...stamp },
    ])
    .execute();
  await db
    .insertInto('staff')
    .values([
      {
        id: 'HQ-ADMIN',
        name: 'Head office',
        password_hash: await hashSecret('admin-password'),
        groups: JSON.stringify(['HeadOffice']),
        ...stamp,
      },
      {
        id: 'S01-CASHIER',
        name: 'Cas Hier',
        password_hash: await hashSecret('cashier-password'),
        groups: JSON.stringify(['Cashier']),
        ...stamp,
      },
    ])
    .execute();
}
