import type { Customer, Location, Product } from '@kassa/contracts';
import { instantText } from '@kassa/domain';
import { uuidv7 } from '@kassa/server-kit';
import { Temporal } from 'temporal-polyfill';
import { isFailure } from '../app/failure.ts';
import { saveChargeCode } from '../app/master-data/save-charge-code.ts';
import { saveCustomer } from '../app/master-data/save-customer.ts';
import { saveLocation } from '../app/master-data/save-location.ts';
import { saveModeOfDelivery } from '../app/master-data/save-mode-of-delivery.ts';
import { savePermissionGroup } from '../app/master-data/save-permission-group.ts';
import { saveProduct } from '../app/master-data/save-product.ts';
import { saveStaff } from '../app/master-data/save-staff.ts';
import { setCommerceParameters } from '../app/master-data/set-commerce-parameters.ts';
import { setCompany } from '../app/master-data/set-company.ts';
import { setFunctionalityProfile } from '../app/master-data/set-functionality-profile.ts';
import { setStock } from '../app/master-data/set-stock.ts';
import { setStoreCredential } from '../app/master-data/set-store-credential.ts';
import { transact } from '../app/transaction.ts';
import type { HqDatabase } from '../db/database.ts';

/** The demo's stores and the secrets they and HQ share (R-SEC-4). */
export const DEMO_STORES = [
  { id: 'S01', name: 'Amsterdam', city: 'Amsterdam', secret: 'S01-demo-secret-change-me' },
  { id: 'S02', name: 'Utrecht', city: 'Utrecht', secret: 'S02-demo-secret-change-me' },
] as const;

/** The demo's sign-ins, printed at start (README). */
export const DEMO_STAFF = [
  { id: 'admin', name: 'Head office', groups: ['HeadOffice'], password: 'kassa-admin' },
  { id: 'S01-cashier', name: 'Sanne (cashier, Amsterdam)', groups: ['Cashier'], password: 'kassa-cashier' },
  { id: 'S01-manager', name: 'Mark (manager, Amsterdam)', groups: ['Manager'], password: 'kassa-manager' },
  { id: 'S02-cashier', name: 'Ugo (cashier, Utrecht)', groups: ['Cashier'], password: 'kassa-cashier' },
  { id: 'S02-manager', name: 'Eva (manager, Utrecht)', groups: ['Manager'], password: 'kassa-manager' },
] as const;

const CASHIER = ['createOrder', 'editOrder', 'findOrders', 'pickUp', 'cancel', 'return'] as const;
const MANAGER = [
  ...CASHIER,
  'overrideDeposit',
  'changeCancellationCharge',
  'approveRefundOverLimit',
] as const;

const address = (street: string, postalCode: string, city: string, name = 'Buiten & Co') => ({
  name,
  street,
  postalCode,
  city,
  country: 'NL',
});

const PRODUCTS: Product[] = [
  ['TENT-2P', '8712345000011', 'Trekking tent for two', 19999, 21],
  ['TENT-4P', '8712345000028', 'Family tent for four', 44900, 21],
  ['BOOT-42', '8712345000035', 'Hiking boots, size 42', 12950, 21],
  ['BOOT-38', '8712345000042', 'Hiking boots, size 38', 12950, 21],
  ['BAG-60L', '8712345000059', 'Backpack 60 litres', 8995, 21],
  ['MAT-SELF', '8712345000066', 'Self-inflating sleeping mat', 5495, 21],
  ['STOVE-GAS', '8712345000073', 'Gas stove', 3995, 21],
  ['LAMP-HEAD', '8712345000080', 'Head lamp', 2495, 21],
  ['BOOK-WAD', '9789012345678', 'Guide to the Wadden islands', 2495, 9],
  ['MAP-VELUWE', '9789012345685', 'Walking map of the Veluwe', 1295, 9],
].map(([sku, barcode, name, price, vatRate]) => ({
  sku: sku as string,
  barcode: barcode as string,
  name: name as string,
  price: price as number,
  vatRate: vatRate as number,
  kind: 'merchandise' as const,
  active: true,
}));

const CUSTOMERS: Customer[] = [
  [
    'C-1001',
    'Anna de Vries',
    'anna@example.nl',
    '+31611111111',
    address('Prinsengracht 263', '1016 GV', 'Amsterdam', 'Anna de Vries'),
  ],
  [
    'C-1002',
    'Bram Jansen',
    'bram@example.nl',
    '+31622222222',
    address('Oudegracht 158', '3511 AZ', 'Utrecht', 'Bram Jansen'),
  ],
  [
    'C-1003',
    'Chantal Bakker',
    'chantal@example.nl',
    '+31633333333',
    address('Witte Singel 12', '2311 BJ', 'Leiden', 'Chantal Bakker'),
  ],
  [
    'C-1004',
    'Daan Visser',
    'daan@example.nl',
    '+31644444444',
    address('Grote Markt 1', '9711 LV', 'Groningen', 'Daan Visser'),
  ],
].map(([number, name, email, phone, home]) => ({
  number: number as string,
  name: name as string,
  email: email as string,
  phone: phone as string,
  addresses: [{ id: `${number}-home`, ...(home as ReturnType<typeof address>) }],
}));

/** The customer of the stores' cash-and-carry sales to nobody in particular. */
const WALK_IN: Customer = {
  number: 'C-0000',
  name: 'Walk-in customer',
  email: null,
  phone: null,
  addresses: [],
};

function must<T>(result: T, what: string): Exclude<T, { ok: false }> {
  if (isFailure(result)) throw new Error(`demo data: ${what}: ${result.message}`);
  return result as Exclude<T, { ok: false }>;
}

/**
 * A Dutch outdoor retailer (ARCHITECTURE.md): two stores and a distribution centre, EUR, VAT 21 % and 9 %,
 * products in stock everywhere, customers with addresses, a cashier and a manager per store. Written
 * through the back office's own use cases, so every change is numbered for the distribution jobs.
 * Returns false when the company exists already: demo data is made once.
 */
export async function seedDemoData(
  database: HqDatabase,
  storeUrl: (storeId: string) => string,
): Promise<boolean> {
  const db = database.db;
  if (await db.selectFrom('company').select('id').executeTakeFirst()) return false;
  const at = instantText(Temporal.Now.instant());
  await transact(db, async (trx) => {
    await setCompany(trx, { name: 'Buiten & Co', currency: 'EUR', timeZone: 'Europe/Amsterdam' }, at);
    for (const customer of [WALK_IN, ...CUSTOMERS]) {
      must(await saveCustomer(trx, customer, at), customer.number);
    }
    const dc: Location = {
      id: 'DC1',
      kind: 'warehouse',
      name: 'Distribution centre Tilburg',
      address: address('Ringbaan-Oost 100', '5013 CD', 'Tilburg'),
      timeZone: 'Europe/Amsterdam',
      shipsFrom: null,
      defaultCustomer: null,
    };
    must(await saveLocation(trx, dc, at), 'DC1');
    for (const store of DEMO_STORES) {
      const location: Location = {
        id: store.id,
        kind: 'store',
        name: store.name,
        address: address(
          store.id === 'S01' ? 'Kalverstraat 1' : 'Vredenburg 9',
          store.id === 'S01' ? '1012 NX' : '3511 BA',
          store.city,
        ),
        timeZone: 'Europe/Amsterdam',
        shipsFrom: 'DC1',
        defaultCustomer: WALK_IN.number,
      };
      must(await saveLocation(trx, location, at), store.id);
    }
    for (const mode of [
      { code: 'POSTNL', name: 'PostNL parcel', kind: 'shipping' as const },
      { code: 'DHL', name: 'DHL parcel', kind: 'shipping' as const },
      { code: 'PICKUP', name: 'Pick up in store', kind: 'pickup' as const },
      { code: 'CARRYOUT', name: 'Carry out', kind: 'carryOut' as const },
    ]) {
      must(await saveModeOfDelivery(trx, mode, at), mode.code);
    }
    await saveChargeCode(trx, { code: 'SHIP', description: 'Shipping', vatRate: 21 }, at);
    await saveChargeCode(trx, { code: 'CANC', description: 'Cancellation', vatRate: 21 }, at);
    must(
      await setCommerceParameters(
        trx,
        {
          defaultDepositPercent: 10,
          cancellationChargePercent: 5,
          cancellationChargeCode: 'CANC',
          shippingChargeCode: 'SHIP',
          refundShippingCharges: true,
          maxShippingRefundWithoutApproval: 1000,
          quoteExpirationDays: 14,
          pickupModeOfDelivery: 'PICKUP',
          carryOutModeOfDelivery: 'CARRYOUT',
        },
        at,
      ),
      'Commerce parameters',
    );
    for (const store of DEMO_STORES) {
      must(
        await setFunctionalityProfile(
          trx,
          store.id,
          {
            requirePaymentForFulfillment: 'NotRequired',
            createCustomerOrderInAsyncMode: false,
            fallbackToAsyncWhenHqUnreachable: true,
          },
          at,
        ),
        `profile of ${store.id}`,
      );
    }
    for (const product of PRODUCTS) must(await saveProduct(trx, product, at), product.sku);
    for (const locationId of ['DC1', ...DEMO_STORES.map((s) => s.id)]) {
      for (const product of PRODUCTS) {
        const onHand = locationId === 'DC1' ? 200 : 12;
        must(
          await setStock(
            trx,
            database.engine,
            { locationId, sku: product.sku, onHand },
            { at, staffId: 'demo', newId: uuidv7 },
          ),
          `stock of ${product.sku} at ${locationId}`,
        );
      }
    }
    await savePermissionGroup(trx, { name: 'Cashier', permissions: [...CASHIER] }, at);
    await savePermissionGroup(trx, { name: 'Manager', permissions: [...MANAGER] }, at);
    await savePermissionGroup(trx, { name: 'HeadOffice', permissions: [...MANAGER, 'backOffice'] }, at);
    for (const store of DEMO_STORES) {
      await trx
        .updateTable('locations')
        .set({ endpoint_url: storeUrl(store.id), endpoint_secret: store.secret })
        .where('id', '=', store.id)
        .execute();
    }
    return true;
  });
  for (const staff of DEMO_STAFF)
    must(await saveStaff(db, { ...staff, groups: [...staff.groups] }, at), staff.id);
  for (const store of DEMO_STORES)
    must(await setStoreCredential(db, store.id, store.secret, at), `credential of ${store.id}`);
  return true;
}
