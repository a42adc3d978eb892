import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { quantities } from '@kassa/web-kit/testing/quantities.ts';

/**
 * An order of Anna's at S01: two tents and a book to ship in SH1 (two of the three books on backorder), boots picked
 * up at S01, and a second shipment SH2 of a map, already shipped.
 */
export const ORDER: OrderDetails = {
  id: 'order-1',
  number: 'SO-000123',
  confirmationNumber: null,
  type: 'customerOrder',
  status: 'processing',
  storeId: 'S01',
  customer: { number: 'C-1001', name: 'Anna de Vries' },
  version: 3,
  pickupCode: 'K7Q2',
  quoteExpiresOn: null,
  collectors: [],
  lines: [
    {
      id: 'L1',
      productId: 'TENT-4P',
      description: 'Tent 4 persons',
      unitPrice: 44900,
      vatRate: 21,
      delivery: { kind: 'ship', shipmentId: 'SH1' },
      quantities: quantities({ ordered: 2, reserved: 2 }),
    },
    {
      id: 'L2',
      productId: 'BOOT-42',
      description: 'Hiking boots 42',
      unitPrice: 12950,
      vatRate: 21,
      delivery: { kind: 'pickup', storeId: 'S01', date: '2026-12-01' },
      quantities: quantities({ ordered: 1, reserved: 1 }),
    },
    {
      id: 'L3',
      productId: 'BOOK-WAD',
      description: 'Wadden guide',
      unitPrice: 2495,
      vatRate: 9,
      delivery: { kind: 'ship', shipmentId: 'SH1' },
      quantities: quantities({ ordered: 3, reserved: 1 }),
    },
    {
      id: 'L4',
      productId: 'MAP-VELUWE',
      description: 'Map of the Veluwe',
      unitPrice: 1295,
      vatRate: 9,
      delivery: { kind: 'ship', shipmentId: 'SH2' },
      quantities: quantities({ ordered: 1, delivered: 1, invoiced: 1 }),
    },
  ],
  shipments: [
    {
      id: 'SH1',
      address: {
        name: 'Anna de Vries',
        street: 'Prinsengracht 263',
        postalCode: '1016 GV',
        city: 'Amsterdam',
        country: 'NL',
      },
      modeOfDelivery: 'POSTNL',
      requestedDate: '2026-11-30',
    },
    {
      id: 'SH2',
      address: {
        name: 'Anna de Vries',
        street: 'Prinsengracht 263',
        postalCode: '1016 GV',
        city: 'Amsterdam',
        country: 'NL',
      },
      modeOfDelivery: 'POSTNL',
      requestedDate: '2026-11-30',
    },
  ],
  charges: [
    { id: 'C1', kind: 'shipping', code: 'SHIP', amount: 695, vatRate: 21, status: 'open', shipmentId: 'SH1' },
  ],
  money: {
    total: 114215,
    depositRequired: 11422,
    paid: 11422,
    depositAvailable: 11422,
    authorizationOpen: 0,
    refunded: 0,
    due: 0,
    balance: 102793,
    perTender: [{ tender: { method: 'cash' }, depositPaid: 11422 }],
  },
  invoices: [],
  returnOrders: [],
  ledger: [],
} as unknown as OrderDetails;
