import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { quantities } from '@kassa/web-kit/testing/quantities.ts';
import { describe, expect, it } from 'vitest';
import {
  canEdit,
  type EditDraft,
  EMPTY_DRAFT,
  editableLines,
} from '../src/features/order-edit/edit-draft.ts';
import { buildEdit, inputOfError, quantityOf } from '../src/features/order-edit/edit-request.ts';

const PICKUP = { kind: 'pickup', storeId: 'S01', date: '2026-12-01' } as const;
const SHIP = { kind: 'ship', shipmentId: 'SH1' } as const;

const order = (given: Partial<OrderDetails> = {}): OrderDetails =>
  ({
    id: 'O1',
    version: 3,
    type: 'customerOrder',
    status: 'open',
    quoteExpiresOn: null,
    lines: [
      {
        id: 'L1',
        productId: 'BOOT-42',
        description: 'Boots',
        unitPrice: 12950,
        delivery: PICKUP,
        quantities: quantities({ ordered: 2 }),
      },
      {
        id: 'L2',
        productId: 'TENT-2P',
        description: 'Tent',
        unitPrice: 19999,
        delivery: SHIP,
        quantities: quantities({ ordered: 3, delivered: 1 }),
      },
      {
        id: 'L3',
        productId: 'MAP',
        description: 'Map',
        unitPrice: 1295,
        delivery: { kind: 'carryOut' },
        quantities: quantities({ ordered: 1, delivered: 1 }),
      },
    ],
    shipments: [{ id: 'SH1', address: {}, modeOfDelivery: 'POSTNL', requestedDate: '2026-12-02' }],
    charges: [
      {
        id: 'C1',
        kind: 'shipping',
        code: 'SHIP',
        amount: 495,
        vatRate: 21,
        status: 'open',
        shipmentId: 'SH1',
      },
    ],
    ...given,
  }) as unknown as OrderDetails;

const draft = (given: Partial<EditDraft>): EditDraft => ({ ...EMPTY_DRAFT, ...given });

describe('R-EDT-1: what an edit can change', () => {
  it('offers the open lines that were not carried out', () => {
    expect(editableLines(order()).map((line) => line.id)).toEqual(['L1', 'L2']);
  });

  it('offers an open order and an unexpired quote, not a closed order or an expired quote', () => {
    expect(canEdit(order(), '2026-11-27')).toBe(true);
    expect(canEdit(order({ status: 'cancelled' }), '2026-11-27')).toBe(false);
    const quote = order({ type: 'quote', status: 'quote', quoteExpiresOn: '2026-11-27' });
    expect(canEdit(quote, '2026-11-27')).toBe(true);
    expect(canEdit(quote, '2026-11-28')).toBe(false);
    // Without the store's date HQ decides.
    expect(canEdit(quote, undefined)).toBe(true);
  });

  it('R-ASY-5: does not offer an order this store made that HQ does not hold yet (no HQ number)', () => {
    expect(canEdit(order({ number: '' }), '2026-11-27')).toBe(false);
  });

  it('reads a typed quantity as a whole number above 0', () => {
    expect(['3', ' 12 ', '0', '-1', '1.5', 'x', ''].map(quantityOf)).toEqual([
      3,
      12,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('R-EDT-1, R-EDT-2: the changes sent for a draft', () => {
  it('sends nothing for an untouched draft or a quantity typed back to what it was', () => {
    expect(buildEdit(order(), EMPTY_DRAFT).changes).toEqual([]);
    expect(buildEdit(order(), draft({ lines: { L1: { quantity: '2' } } })).changes).toEqual([]);
  });

  it('orders the changes so HQ can apply them one after the other: new shipment, shipment, quantities and removals, delivery, added line, prices', () => {
    const built = buildEdit(
      order(),
      draft({
        lines: {
          L1: { quantity: '4', delivery: { kind: 'ship', shipmentId: 'E-1' } },
          L2: { removed: true },
        },
        newShipments: [
          {
            id: 'E-1',
            addressId: 'C-1001-home',
            addressLabel: 'home',
            modeOfDelivery: 'DHL',
            requestedDate: '2026-12-03',
            charge: 695,
          },
          {
            id: 'E-2',
            addressId: 'C-1001-home',
            addressLabel: 'home',
            modeOfDelivery: 'DHL',
            requestedDate: '2026-12-03',
            charge: 0,
          },
        ],
        shipments: { SH1: { charge: '5,95', requestedDate: '2026-12-02' } },
        added: [
          {
            key: 'new-1',
            sku: 'BAG-60L',
            description: 'Bag',
            unitPrice: 8995,
            quantity: '2',
            delivery: PICKUP,
          },
        ],
        recalculatePrices: true,
      }),
    );
    expect(built.invalid).toEqual([]);
    expect(built.changes).toEqual([
      // E-2 has no line going in it: it is not sent.
      {
        kind: 'addShipment',
        shipment: {
          id: 'E-1',
          addressId: 'C-1001-home',
          modeOfDelivery: 'DHL',
          requestedDate: '2026-12-03',
          charge: 695,
        },
      },
      { kind: 'changeShipment', shipmentId: 'SH1', charge: 595 },
      { kind: 'changeQuantity', lineId: 'L1', quantity: 4 },
      { kind: 'removeLine', lineId: 'L2' },
      { kind: 'changeDelivery', lineIds: ['L1'], delivery: { kind: 'ship', shipmentId: 'E-1' } },
      { kind: 'addLine', line: { sku: 'BAG-60L', quantity: 2, delivery: PICKUP } },
      { kind: 'recalculatePrices' },
    ]);
  });

  it('moves lines going the same new way in one change', () => {
    const to = { kind: 'pickup', storeId: 'S02', date: '2026-12-05' } as const;
    const built = buildEdit(order(), draft({ lines: { L1: { delivery: to }, L2: { delivery: to } } }));
    expect(built.changes).toEqual([{ kind: 'changeDelivery', lineIds: ['L1', 'L2'], delivery: to }]);
  });

  it('names what is typed wrong and sends nothing for it', () => {
    const built = buildEdit(
      order({ type: 'quote', quoteExpiresOn: '2026-12-01' }),
      draft({
        lines: { L1: { quantity: '0' } },
        shipments: { SH1: { charge: '4.999' } },
        added: [
          {
            key: 'new-1',
            sku: 'BAG-60L',
            description: 'Bag',
            unitPrice: 8995,
            quantity: 'x',
            delivery: PICKUP,
          },
        ],
        quoteExpiresOn: '',
      }),
    );
    expect(built.invalid).toEqual(['charge:SH1', 'quantity:L1', 'quantity:new-1', 'quoteExpiry']);
    expect(built.changes).toEqual([]);
  });

  it('R-CRE-2: sends another address of the customer and another shipping mode, not the ones the shipment has', () => {
    expect(
      buildEdit(order(), draft({ shipments: { SH1: { addressId: 'C-1001-office', modeOfDelivery: 'DHL' } } }))
        .changes,
    ).toEqual([
      { kind: 'changeShipment', shipmentId: 'SH1', addressId: 'C-1001-office', modeOfDelivery: 'DHL' },
    ]);
    // Chosen back to what the shipment has: nothing to send.
    expect(
      buildEdit(order(), draft({ shipments: { SH1: { addressId: undefined, modeOfDelivery: 'POSTNL' } } }))
        .changes,
    ).toEqual([]);
  });

  it('changes a quote’s expiry date', () => {
    const built = buildEdit(
      order({ type: 'quote', quoteExpiresOn: '2026-12-01' }),
      draft({ quoteExpiresOn: '2026-12-10' }),
    );
    expect(built.changes).toEqual([{ kind: 'changeQuoteExpiry', date: '2026-12-10' }]);
  });
});

describe('R-CRE-2: a refusal of a shipment’s address or mode is shown at that input', () => {
  const built = buildEdit(order(), draft({ shipments: { SH1: { addressId: 'A2', modeOfDelivery: 'DHL' } } }));
  it.each([
    ['changes[0].addressId', 'address:SH1'],
    ['changes[0].modeOfDelivery', 'mode:SH1'],
    ['changes[0].charge', 'charge:SH1'],
  ])('%s → %s', (field, input) => {
    expect(inputOfError(field, built)).toBe(input);
  });
});

describe('R-EDT-1: a refusal is shown at the input that caused it', () => {
  const built = buildEdit(
    order(),
    draft({
      lines: {
        L1: { quantity: '1' },
        L2: { delivery: { kind: 'pickup', storeId: 'S01', date: '2026-12-09' } },
      },
      shipments: { SH1: { requestedDate: '2026-12-09' } },
      added: [
        { key: 'new-1', sku: 'NOPE', description: 'Nope', unitPrice: 0, quantity: '1', delivery: PICKUP },
      ],
    }),
  );
  it.each([
    ['changes[0].requestedDate', 'date:SH1'],
    ['changes[1].quantity', 'quantity:L1'],
    ['changes[2].lineIds[0]', 'line:L2'],
    ['changes[2].delivery.date', 'line:L2'],
    ['changes[3].line.sku', 'line:new-1'],
    ['changes[3].line.quantity', 'quantity:new-1'],
    // HQ's stock refusal names the order's lines after the edit: the three it had, then the added one.
    ['lines[1]', 'line:L2'],
    ['lines[3]', 'line:new-1'],
    ['payments', undefined],
    ['version', undefined],
    [undefined, undefined],
  ])('%s → %s', (field, input) => {
    expect(inputOfError(field, built)).toBe(input);
  });
});
