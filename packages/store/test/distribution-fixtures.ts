import {
  type DistributedEntityName,
  type DistributionJobId,
  type DistributionPackage,
  JOB_OF_ENTITY,
} from '@kassa/contracts';
import { STORE_ID } from './store-server.ts';

export interface Entry {
  readonly entity: DistributedEntityName;
  readonly key: string;
  readonly payload: unknown;
}

const hash = (n: number) => `scrypt$c2FsdC0${n}$aGFzaC1vZi1hLXBhc3N3b3Jk${n}`;

/**
 * One entity of each kind as HQ's master-data use cases record it, and the same entity after a change at
 * HQ. Typed by kind, so a new kind of distributed entity fails to compile until it has a fixture here.
 */
export const ENTITIES: Record<DistributedEntityName, { created: Entry; updated: Entry }> = {
  customer: {
    created: {
      entity: 'customer',
      key: 'C-1001',
      payload: {
        number: 'C-1001',
        name: 'Anna de Vries',
        email: 'anna@example.nl',
        phone: '+31 20 555 0101',
        addresses: [
          {
            id: 'C-1001-HOME',
            name: 'Anna de Vries',
            street: 'Prinsengracht 1',
            postalCode: '1015 DK',
            city: 'Amsterdam',
            country: 'NL',
          },
          {
            id: 'C-1001-WORK',
            name: 'Anna de Vries',
            street: 'Damrak 70',
            postalCode: '1012 LM',
            city: 'Amsterdam',
            country: 'NL',
          },
        ],
      },
    },
    updated: {
      entity: 'customer',
      key: 'C-1001',
      payload: {
        number: 'C-1001',
        name: 'Anna de Vries-Bakker',
        email: null,
        phone: '+31 20 555 0101',
        addresses: [
          {
            id: 'C-1001-WORK',
            name: 'A. de Vries',
            street: 'Damrak 72',
            postalCode: '1012 LM',
            city: 'Amsterdam',
            country: 'NL',
          },
          {
            id: 'C-1001-CABIN',
            name: 'Anna de Vries',
            street: 'Heideweg 3',
            postalCode: '6871 NA',
            city: 'Renkum',
            country: 'NL',
          },
        ],
      },
    },
  },
  product: {
    created: {
      entity: 'product',
      key: 'TENT-2P',
      payload: {
        sku: 'TENT-2P',
        barcode: '8712345000011',
        name: 'Tent, 2 persons',
        price: 19995,
        vatRate: 21,
        kind: 'merchandise',
        active: true,
      },
    },
    updated: {
      entity: 'product',
      key: 'TENT-2P',
      payload: {
        sku: 'TENT-2P',
        barcode: null,
        name: 'Tent, 2 persons (2027)',
        price: 17450,
        vatRate: 9,
        kind: 'merchandise',
        active: false,
      },
    },
  },
  chargeCode: {
    created: {
      entity: 'chargeCode',
      key: 'SHIP',
      payload: { code: 'SHIP', description: 'Shipping', vatRate: 21 },
    },
    updated: {
      entity: 'chargeCode',
      key: 'SHIP',
      payload: { code: 'SHIP', description: 'Shipping and handling', vatRate: 12.5 },
    },
  },
  staff: {
    created: {
      entity: 'staff',
      key: 'S01-CASHIER',
      payload: { id: 'S01-CASHIER', name: 'Amsterdam cashier', groups: ['Cashier'], passwordHash: hash(1) },
    },
    updated: {
      entity: 'staff',
      key: 'S01-CASHIER',
      payload: {
        id: 'S01-CASHIER',
        name: 'Amsterdam head cashier',
        groups: ['Manager', 'Cashier'],
        passwordHash: hash(2),
      },
    },
  },
  permissionGroup: {
    created: {
      entity: 'permissionGroup',
      key: 'Cashier',
      payload: { name: 'Cashier', permissions: ['createOrder', 'findOrders', 'pickUp'] },
    },
    updated: {
      entity: 'permissionGroup',
      key: 'Cashier',
      payload: { name: 'Cashier', permissions: ['findOrders', 'pickUp', 'cancel'] },
    },
  },
  company: {
    created: {
      entity: 'company',
      key: 'company',
      payload: { name: 'Buitenhuis Outdoor', currency: 'EUR', timeZone: 'Europe/Amsterdam' },
    },
    updated: {
      entity: 'company',
      key: 'company',
      payload: { name: 'Buitenhuis Outdoor B.V.', currency: 'EUR', timeZone: 'Europe/Brussels' },
    },
  },
  location: {
    created: {
      entity: 'location',
      key: 'S02',
      payload: {
        id: 'S02',
        kind: 'store',
        name: 'Utrecht',
        address: {
          name: 'Buitenhuis Utrecht',
          street: 'Oudegracht 100',
          postalCode: '3511 AX',
          city: 'Utrecht',
          country: 'NL',
        },
        timeZone: 'Europe/Amsterdam',
        shipsFrom: 'DC1',
      },
    },
    updated: {
      entity: 'location',
      key: 'S02',
      payload: {
        id: 'S02',
        kind: 'store',
        name: 'Utrecht Centrum',
        address: {
          name: 'Buitenhuis Utrecht',
          street: 'Oudegracht 120',
          postalCode: '3511 AX',
          city: 'Utrecht',
          country: 'NL',
        },
        timeZone: 'Europe/Amsterdam',
        shipsFrom: null,
      },
    },
  },
  modeOfDelivery: {
    created: {
      entity: 'modeOfDelivery',
      key: 'STANDARD',
      payload: { code: 'STANDARD', name: 'Standard shipping', kind: 'shipping' },
    },
    updated: {
      entity: 'modeOfDelivery',
      key: 'STANDARD',
      payload: { code: 'STANDARD', name: 'Standard (2-3 days)', kind: 'shipping' },
    },
  },
  commerceParameters: {
    created: {
      entity: 'commerceParameters',
      key: 'company',
      payload: {
        defaultDepositPercent: 20,
        cancellationChargePercent: 10,
        cancellationChargeCode: 'CANCEL',
        shippingChargeCode: 'SHIP',
        refundShippingCharges: true,
        maxShippingRefundWithoutApproval: 1500,
        quoteExpirationDays: 14,
        pickupModeOfDelivery: 'PICKUP',
        carryOutModeOfDelivery: 'CARRYOUT',
      },
    },
    updated: {
      entity: 'commerceParameters',
      key: 'company',
      payload: {
        defaultDepositPercent: 12.5,
        cancellationChargePercent: 0,
        cancellationChargeCode: 'CANCEL',
        shippingChargeCode: 'SHIP',
        refundShippingCharges: false,
        maxShippingRefundWithoutApproval: 0,
        quoteExpirationDays: 30,
        pickupModeOfDelivery: 'PICKUP',
        carryOutModeOfDelivery: 'CARRYOUT',
      },
    },
  },
  functionalityProfile: {
    created: {
      entity: 'functionalityProfile',
      key: STORE_ID,
      payload: {
        requirePaymentForFulfillment: 'NotRequired',
        createCustomerOrderInAsyncMode: false,
        fallbackToAsyncWhenHqUnreachable: false,
      },
    },
    updated: {
      entity: 'functionalityProfile',
      key: STORE_ID,
      payload: {
        requirePaymentForFulfillment: 'CardRequired',
        createCustomerOrderInAsyncMode: true,
        fallbackToAsyncWhenHqUnreachable: true,
      },
    },
  },
};

export const entriesOfJob = (job: DistributionJobId, version: 'created' | 'updated'): Entry[] =>
  Object.values(ENTITIES)
    .map((entity) => entity[version])
    .filter((entry) => JOB_OF_ENTITY[entry.entity] === job);

/**
 * A package as HQ builds it: the changes after `after`, numbered upwards from `first` (HQ numbers every
 * change of every job in one sequence, so a job's numbers have holes), `upTo` the last of them.
 */
export function packageOf(
  job: DistributionJobId,
  after: number,
  entries: readonly Entry[],
  { first = after + 1, storeId = STORE_ID }: { first?: number; storeId?: string } = {},
): DistributionPackage {
  const changes = entries.map((entry, index) => ({ number: first + index * 2, ...entry }));
  return { job, storeId, after, upTo: changes.at(-1)?.number ?? after, changes };
}

/** This store as job 1070 describes it, with its name. */
export const AMSTERDAM: Entry = {
  entity: 'location',
  key: STORE_ID,
  payload: {
    id: STORE_ID,
    kind: 'store',
    name: 'Amsterdam',
    address: {
      name: 'Buitenhuis Amsterdam',
      street: 'Kalverstraat 1',
      postalCode: '1012 NX',
      city: 'Amsterdam',
      country: 'NL',
    },
    timeZone: 'Europe/Amsterdam',
    shipsFrom: null,
  },
};
/** A profile that makes orders at the store when HQ is out of reach (R-PRO-3). */
export const FALLS_BACK: Entry = {
  entity: 'functionalityProfile',
  key: STORE_ID,
  payload: {
    requirePaymentForFulfillment: 'NotRequired',
    createCustomerOrderInAsyncMode: false,
    fallbackToAsyncWhenHqUnreachable: true,
  },
};
