import { describe, expect, it } from 'vitest';
import {
  balances,
  type CreateOrderInput,
  cancelOrder,
  commitCheck,
  createOrder,
  type Delivery,
  type EditOrderInput,
  editOrder,
  lineStatus,
  type NewLine,
  type OrderChange,
  type OrderState,
  pickLines,
  pickUpOrder,
  type StockMovement,
  shipOrder,
} from '../src/index.ts';
import {
  AMSTERDAM,
  accepted,
  allPermissions,
  boots,
  card,
  cardRequired,
  cash,
  committed,
  context,
  DC,
  guide,
  parameters,
  pay,
  plentyOfStock,
  sequentialIds,
  shipment,
  stockOf,
  tent,
  UTRECHT,
} from './fixtures.ts';

type Product = Omit<NewLine, 'delivery' | 'quantity'>;

/** One id generator for every step of an order's life, as a tier would have: ids never repeat. */
const ids = sequentialIds('e');
const at = (iso: string, extra: Parameters<typeof context>[0] = {}) =>
  context({ at: iso, newId: ids, ...extra });
const ctx = at('2026-11-27T10:00:00Z');
const onPickupDay = at('2026-11-30T10:00:00Z');
const atWarehouse = at('2026-12-01T08:00:00Z', { locationId: DC });

const carryOut: Delivery = { kind: 'carryOut' };
const pickupAt = (storeId: string, date = '2026-11-30'): Delivery => ({ kind: 'pickup', storeId, date });
const ship = (shipmentId = 'SH1'): Delivery => ({ kind: 'ship', shipmentId });
const line = (product: Product, quantity: number, delivery: Delivery): NewLine => ({
  ...product,
  quantity,
  delivery,
});

function create(lines: NewLine[], extra: Partial<CreateOrderInput> = {}, c = ctx) {
  return committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-5001',
        lines,
        shipments: [shipment('SH1', 695)],
        availability: plentyOfStock,
        ...extra,
      },
      c,
    ),
  );
}

function edit(state: OrderState, changes: OrderChange[], extra: Partial<EditOrderInput> = {}, c = ctx) {
  return editOrder(state, { changes, availability: plentyOfStock, ...extra }, c);
}

function lineIds(state: OrderState): string[] {
  return state.order.lines.map((l) => l.id);
}

/**
 * The order most edits start from: two pairs of boots to pick up here (259.00), a tent shipped from the
 * warehouse for €6.95 (206.94), a guide carried out (24.95, paid). 100.00 of deposit is held
 * against a required 10 % of 465.94 = 46.59, so small additions need no more.
 */
const hybrid = create(
  [line(boots, 2, pickupAt(AMSTERDAM)), line(tent, 1, ship()), line(guide, 1, carryOut)],
  { payments: [pay(cash(), 12495)] },
);
const [bootsId = '', tentId = '', guideId = ''] = lineIds(hybrid.state);

describe('editing an order: what can change (R-EDT-1)', () => {
  it.each<[string, OrderChange[], StockMovement[], number]>([
    [
      'add a line to pick up at another store',
      [{ kind: 'addLine', line: line(guide, 2, pickupAt(UTRECHT, '2026-12-02')) }],
      [{ kind: 'reserve', locationId: UTRECHT, productId: 'BOOK-WAD', quantity: 2 }],
      49089 + 4990,
    ],
    [
      'add a line to the existing shipment',
      [{ kind: 'addLine', line: line(boots, 1, ship('SH1')) }],
      [{ kind: 'reserve', locationId: DC, productId: 'BOOT-42', quantity: 1 }],
      49089 + 12950,
    ],
    [
      'raise a quantity: 2 → 3 pairs',
      [{ kind: 'changeQuantity', lineId: bootsId, quantity: 3 }],
      [{ kind: 'reserve', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 1 }],
      49089 + 12950,
    ],
    [
      'lower a quantity: 2 → 1 pair',
      [{ kind: 'changeQuantity', lineId: bootsId, quantity: 1 }],
      [{ kind: 'release', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 1 }],
      49089 - 12950,
    ],
    [
      'remove the shipped line: its shipment and charge go too',
      [{ kind: 'removeLine', lineId: tentId }],
      [{ kind: 'release', locationId: DC, productId: 'TENT-2P', quantity: 1 }],
      49089 - 19999 - 695,
    ],
    [
      'pick up at another store instead',
      [{ kind: 'changeDelivery', lineIds: [bootsId], delivery: pickupAt(UTRECHT, '2026-12-02') }],
      [
        { kind: 'release', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 2 },
        { kind: 'reserve', locationId: UTRECHT, productId: 'BOOT-42', quantity: 2 },
      ],
      49089,
    ],
    [
      'ship instead of picking up',
      [{ kind: 'changeDelivery', lineIds: [bootsId], delivery: ship('SH1') }],
      [
        { kind: 'release', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 2 },
        { kind: 'reserve', locationId: DC, productId: 'BOOT-42', quantity: 2 },
      ],
      49089,
    ],
    [
      'another pickup date at the same store: the reservation stays',
      [{ kind: 'changeDelivery', lineIds: [bootsId], delivery: pickupAt(AMSTERDAM, '2026-12-04') }],
      [],
      49089,
    ],
    [
      'a new shipment from Utrecht for the tent: the old shipment and its 6.95 go, 4.95 comes',
      [
        { kind: 'addShipment', shipment: { ...shipment('SH2', 495, '2026-12-03'), shipFrom: UTRECHT } },
        { kind: 'changeDelivery', lineIds: [tentId], delivery: ship('SH2') },
      ],
      [
        { kind: 'release', locationId: DC, productId: 'TENT-2P', quantity: 1 },
        { kind: 'reserve', locationId: UTRECHT, productId: 'TENT-2P', quantity: 1 },
      ],
      49089 - 695 + 495,
    ],
    [
      'a later ship date and a higher shipping charge',
      [{ kind: 'changeShipment', shipmentId: 'SH1', requestedDate: '2026-12-04', charge: 995 }],
      [],
      49089 + 300,
    ],
    [
      'no shipping charge any more',
      [{ kind: 'changeShipment', shipmentId: 'SH1', charge: 0 }],
      [],
      49089 - 695,
    ],
  ])('R-EDT-1 %s', (_title, changes, stock, total) => {
    const edited = committed(edit(hybrid.state, changes));
    expect(edited.stock).toEqual(stock);
    expect(edited.effect.orderTotal).toBe(total);
  });

  it('R-EDT-1 an added line is open and holds its reservation', () => {
    const edited = committed(
      edit(hybrid.state, [{ kind: 'addLine', line: line(guide, 2, pickupAt(UTRECHT, '2026-12-02')) }]),
    );
    expect(edited.state.order.lines).toHaveLength(4);
    expect(edited.state.order.lines[3]).toMatchObject({
      productId: 'BOOK-WAD',
      unitPrice: 2495,
      delivery: { kind: 'pickup', storeId: UTRECHT, date: '2026-12-02' },
      quantities: { ordered: 2, reserved: 2, delivered: 0 },
    });
    // 10 % of 465.94 + 49.90 = 51.584 → 51.58, within the 100.00 held.
    expect(edited.effect.depositRequired).toBe(5158);
  });

  it('R-EDT-1 the shipment changes: date, and the charge line keeps its id under the shipping charge code', () => {
    const before = hybrid.state.order.charges[0];
    const edited = committed(
      edit(hybrid.state, [
        { kind: 'changeShipment', shipmentId: 'SH1', requestedDate: '2026-12-04', charge: 995 },
      ]),
    );
    expect(edited.state.order.shipments[0]?.requestedDate).toBe('2026-12-04');
    expect(edited.state.order.charges).toEqual([
      {
        id: before?.id,
        kind: 'shipping',
        code: 'SHIP',
        amount: 995,
        vatRate: 21,
        status: 'open',
        shipmentId: 'SH1',
      },
    ]);
  });

  it('R-EDT-1 removing the shipped line cancels it and drops its shipment’s charge', () => {
    const edited = committed(edit(hybrid.state, [{ kind: 'removeLine', lineId: tentId }]));
    expect(lineIds(edited.state)).toEqual([bootsId, tentId, guideId]);
    const tentLine = edited.state.order.lines.find((l) => l.id === tentId);
    expect(tentLine && lineStatus(tentLine)).toBe('cancelled');
    expect(edited.state.order.charges.map((c) => [c.kind, c.status])).toEqual([['shipping', 'dropped']]);
    expect(edited.effect.orderTotal).toBe(
      hybrid.effect.orderTotal - tent.unitPrice - 695, // the tent and its €6.95 shipping
    );
  });

  it('R-EDT-1 an edit that leaves nothing to deliver is refused: that is a cancellation (R-CAN-2)', () => {
    const everything = hybrid.state.order.lines
      .filter((l) => l.delivery.kind !== 'carryOut')
      .map((l) => ({ kind: 'removeLine' as const, lineId: l.id }));
    expect(edit(hybrid.state, everything)).toMatchObject({ ok: false, code: 'NO_LINES', field: 'changes' });
  });

  it('R-EDT-1 an added line that finds no stock is refused, naming product and location, unless backordered', () => {
    const noStock = stockOf({});
    const added = [{ kind: 'addLine' as const, line: line(guide, 2, pickupAt(UTRECHT, '2026-12-02')) }];
    expect(edit(hybrid.state, added, { availability: noStock })).toMatchObject({
      ok: false,
      code: 'NOT_ENOUGH_STOCK',
      details: { productId: 'BOOK-WAD', locationId: UTRECHT, available: 0, requested: 2 },
    });
    const backordered = committed(edit(hybrid.state, added, { availability: noStock, backorder: true }));
    expect(backordered.stock).toEqual([]);
    expect(backordered.state.order.lines[3]?.quantities.reserved).toBe(0);
  });

  it.each<[string, OrderChange[], string, string]>([
    [
      'adding a carry-out line',
      [{ kind: 'addLine', line: line(guide, 1, carryOut) }],
      'CARRY_OUT_ONLY_AT_CREATION',
      'changes[0].line.delivery',
    ],
    [
      'changing a line to carry-out',
      [{ kind: 'changeDelivery', lineIds: [bootsId], delivery: carryOut }],
      'CARRY_OUT_ONLY_AT_CREATION',
      'changes[0].delivery',
    ],
    [
      'changing the quantity of the carried-out (delivered, invoiced) line',
      [{ kind: 'changeQuantity', lineId: guideId, quantity: 2 }],
      'QUANTITY_BELOW_FULFILLED',
      'changes[0].quantity',
    ],
    [
      'removing the carried-out line',
      [{ kind: 'removeLine', lineId: guideId }],
      'QUANTITY_BELOW_FULFILLED',
      'changes[0].lineId',
    ],
    [
      'changing the delivery of the carried-out line',
      [{ kind: 'changeDelivery', lineIds: [guideId], delivery: pickupAt(AMSTERDAM) }],
      'LINE_IN_FULFILLMENT',
      'changes[0].lineIds[0]',
    ],
    [
      'a quantity of 0',
      [{ kind: 'changeQuantity', lineId: bootsId, quantity: 0 }],
      'QUANTITY_NOT_POSITIVE',
      'changes[0].quantity',
    ],
    ['an unknown line', [{ kind: 'removeLine', lineId: 'nope' }], 'UNKNOWN_LINE', 'changes[0].lineId'],
    [
      'a bad second change: all or nothing',
      [
        { kind: 'changeQuantity', lineId: bootsId, quantity: 3 },
        { kind: 'changeQuantity', lineId: 'nope', quantity: 1 },
      ],
      'UNKNOWN_LINE',
      'changes[1].lineId',
    ],
    [
      'a pickup date in the past',
      [{ kind: 'changeDelivery', lineIds: [bootsId], delivery: pickupAt(AMSTERDAM, '2026-11-26') }],
      'DATE_IN_PAST',
      'changes[0].delivery.date',
    ],
    [
      'shipping with an unknown shipment',
      [{ kind: 'changeDelivery', lineIds: [bootsId], delivery: ship('SH9') }],
      'UNKNOWN_SHIPMENT',
      'changes[0].delivery.shipmentId',
    ],
    [
      'changing an unknown shipment',
      [{ kind: 'changeShipment', shipmentId: 'SH9', charge: 100 }],
      'UNKNOWN_SHIPMENT',
      'changes[0].shipmentId',
    ],
    [
      'a ship date in the past',
      [{ kind: 'changeShipment', shipmentId: 'SH1', requestedDate: '2026-11-20' }],
      'DATE_IN_PAST',
      'changes[0].requestedDate',
    ],
    [
      'a negative shipping charge',
      [{ kind: 'changeShipment', shipmentId: 'SH1', charge: -1 }],
      'INVALID_AMOUNT',
      'changes[0].charge',
    ],
    [
      'adding a gift card',
      [
        {
          kind: 'addLine',
          line: {
            ...line(
              { productId: 'GIFT-50', description: 'Gift card', unitPrice: 5000, vatRate: 0 },
              1,
              pickupAt(AMSTERDAM),
            ),
            productKind: 'giftCard',
          },
        },
      ],
      'PRODUCT_NOT_SELLABLE',
      'changes[0].line.productId',
    ],
  ])('R-EDT-1 refuses %s', (_title, changes, code, field) => {
    expect(edit(hybrid.state, changes)).toMatchObject({ ok: false, code, field });
  });

  it('R-EDT-1 removing every line is refused: NO_LINES (cancel the order instead)', () => {
    const order = create([line(boots, 2, pickupAt(AMSTERDAM)), line(tent, 1, ship())], {
      payments: [pay(cash(), 4659)],
    });
    const [a = '', b = ''] = lineIds(order.state);
    expect(
      edit(order.state, [
        { kind: 'removeLine', lineId: a },
        { kind: 'removeLine', lineId: b },
      ]),
    ).toMatchObject({ ok: false, code: 'NO_LINES', rule: 'R-CRE-1', field: 'changes' });
  });

  describe('after fulfilment started', () => {
    const pickedOne = committed(
      pickLines(hybrid.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, onPickupDay),
    );
    const pickedUpOne = committed(
      pickUpOrder(
        hybrid.state,
        // 129.50 − 100.00 deposit = 29.50 paid now
        { lines: [{ lineId: bootsId, quantity: 1 }], payments: [pay(cash('cash-2'), 2950)] },
        onPickupDay,
      ),
    );
    const pickedUpBoth = committed(
      pickUpOrder(
        hybrid.state,
        // 259.00 − 100.00 deposit = 159.00 paid now
        { lines: [{ lineId: bootsId, quantity: 2 }], payments: [pay(cash('cash-2'), 15900)] },
        onPickupDay,
      ),
    );

    it('R-EDT-1 a delivered quantity cannot be lowered: QUANTITY_BELOW_FULFILLED names the minimum', () => {
      expect(
        edit(pickedUpBoth.state, [{ kind: 'changeQuantity', lineId: bootsId, quantity: 1 }], {}, onPickupDay),
      ).toMatchObject({
        ok: false,
        code: 'QUANTITY_BELOW_FULFILLED',
        rule: 'R-EDT-1',
        details: { minimum: 2 },
      });
    });

    it('R-EDT-1 a delivered line can still get more units, which are reserved', () => {
      // The 100.00 deposit the pickups applied still counts: 10 % of 3 × 129.50 + 206.94 = 59.544 → 59.54
      // is covered, so nothing more is asked.
      const edited = committed(
        edit(pickedUpBoth.state, [{ kind: 'changeQuantity', lineId: bootsId, quantity: 3 }], {}, onPickupDay),
      );
      expect(edited.effect).toMatchObject({ depositRequired: 5954, toCollect: 0, paidNow: 0 });
      expect(edited.stock).toEqual([
        { kind: 'reserve', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 1 },
      ]);
      expect(edited.state.order.lines[0]?.quantities).toMatchObject({
        ordered: 3,
        delivered: 2,
        reserved: 1,
      });
    });

    it('R-EDT-1 removing a partly delivered line keeps what was delivered and releases the rest', () => {
      // The pickup applied the whole deposit, which still covers 10 % of 129.50 + 206.94 = 33.64.
      const edited = committed(
        edit(pickedUpOne.state, [{ kind: 'removeLine', lineId: bootsId }], {}, onPickupDay),
      );
      expect(edited.effect.toCollect).toBe(0);
      expect(edited.state.order.lines[0]?.quantities).toMatchObject({
        ordered: 2,
        delivered: 1,
        invoiced: 1,
        cancelled: 1,
        reserved: 0,
      });
      expect(edited.stock).toEqual([
        { kind: 'release', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 1 },
      ]);
    });

    it.each<[string, () => OrderState]>([
      ['picked', () => pickedOne.state],
      ['partly picked up', () => pickedUpOne.state],
      ['picked up', () => pickedUpBoth.state],
    ])(
      'R-EDT-1 the delivery of a line being fulfilled (%s) cannot change: LINE_IN_FULFILLMENT',
      (_title, state) => {
        expect(
          edit(
            state(),
            [{ kind: 'changeDelivery', lineIds: [bootsId], delivery: pickupAt(UTRECHT, '2026-12-02') }],
            {},
            onPickupDay,
          ),
        ).toMatchObject({
          ok: false,
          code: 'LINE_IN_FULFILLMENT',
          rule: 'R-EDT-1',
          field: 'changes[0].lineIds[0]',
        });
      },
    );

    it('R-EDT-1 a picked line’s quantity can still change', () => {
      const edited = committed(
        edit(pickedOne.state, [{ kind: 'changeQuantity', lineId: bootsId, quantity: 1 }], {}, onPickupDay),
      );
      expect(edited.state.order.lines[0]?.quantities).toMatchObject({ ordered: 1, picked: 1, reserved: 1 });
      expect(edited.stock).toEqual([
        { kind: 'release', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 1 },
      ]);
    });

    it('R-EDT-1 once the shipment left, its invoiced charge cannot change', () => {
      const shipped = committed(shipOrder(hybrid.state, { shipmentId: 'SH1' }, atWarehouse));
      expect(
        edit(shipped.state, [{ kind: 'changeShipment', shipmentId: 'SH1', charge: 0 }], {}, atWarehouse),
      ).toMatchObject({
        ok: false,
        code: 'LINE_IN_FULFILLMENT',
        field: 'changes[0].charge',
      });
    });
  });

  it.each<[string, () => OrderState, string]>([
    [
      'a cash-and-carry sale',
      () => create([line(guide, 1, carryOut)], { payments: [pay(cash(), 2495)] }).state,
      'delivered',
    ],
    [
      'a customer order picked up and shipped in full',
      () => {
        const picked = committed(
          pickUpOrder(
            hybrid.state,
            { lines: [{ lineId: bootsId, quantity: 2 }], payments: [pay(cash(), 15900)] },
            onPickupDay,
          ),
        );
        return committed(shipOrder(picked.state, { shipmentId: 'SH1' }, atWarehouse)).state;
      },
      'delivered',
    ],
    [
      'a cancelled order',
      () =>
        committed(
          cancelOrder(
            create([line(boots, 2, pickupAt(AMSTERDAM))], { payments: [pay(cash(), 2590)] }).state,
            {},
            ctx,
          ),
        ).state,
      'cancelled',
    ],
  ])('R-EDT-1 an edit of %s is refused: OPERATION_NOT_ALLOWED', (_title, state, status) => {
    expect(edit(state(), [{ kind: 'setCollectors', collectors: ['Piet'] }], {}, atWarehouse)).toMatchObject({
      ok: false,
      code: 'OPERATION_NOT_ALLOWED',
      rule: 'R-EDT-1',
      details: { operation: 'edit', status },
    });
  });

  it('R-EDT-4 (domain part) every accepted edit moves the version on: 1 → 2 → 3', () => {
    expect(hybrid.state.order.version).toBe(1);
    const first = committed(edit(hybrid.state, [{ kind: 'changeQuantity', lineId: bootsId, quantity: 3 }]));
    expect(first.state.order.version).toBe(2);
    const second = committed(edit(first.state, [{ kind: 'setCollectors', collectors: ['Piet Jansen'] }]));
    expect(second.state.order.version).toBe(3);
    expect(second.state.order.collectors).toEqual(['Piet Jansen']);
    // The state edited from is untouched.
    expect(hybrid.state.order.version).toBe(1);
    expect(hybrid.state.order.lines[0]?.quantities.ordered).toBe(2);
  });
});

describe('editing keeps the prices (R-EDT-2)', () => {
  // Two pairs of boots at 129.50 to pick up here; the deposit of 25.90 is paid.
  const order = create([line(boots, 2, pickupAt(AMSTERDAM))], { payments: [pay(cash(), 2590)] });
  const [bootsLine = ''] = lineIds(order.state);
  // Since then the boots went up to 139.50.
  const bootsNow: Product = { ...boots, unitPrice: 13950 };

  it('R-EDT-2 a changed quantity keeps the price locked at creation', () => {
    const edited = accepted(edit(order.state, [{ kind: 'changeQuantity', lineId: bootsLine, quantity: 3 }]));
    expect(edited.state.order.lines[0]?.unitPrice).toBe(12950);
    expect(edited.effect.orderTotal).toBe(3 * 12950);
  });

  it('R-EDT-2 a line added now gets today’s price, the existing one keeps its own', () => {
    const edited = accepted(
      edit(order.state, [{ kind: 'addLine', line: line(bootsNow, 1, pickupAt(AMSTERDAM)) }]),
    );
    expect(edited.state.order.lines.map((l) => l.unitPrice)).toEqual([12950, 13950]);
    expect(edited.effect.orderTotal).toBe(2 * 12950 + 13950);
  });

  it('R-EDT-2 recalculating takes today’s prices, and the deposit follows', () => {
    const edited = accepted(
      edit(order.state, [
        {
          kind: 'recalculatePrices',
          prices: { 'BOOT-42': { unitPrice: 13950, vatRate: 21 }, 'TENT-2P': { unitPrice: 1, vatRate: 21 } },
        },
      ]),
    );
    expect(edited.state.order.lines[0]).toMatchObject({ unitPrice: 13950, vatRate: 21 });
    expect(edited.effect.orderTotal).toBe(27900);
    // 10 % of 279.00 = 27.90; 25.90 is held.
    expect(edited.blockers).toMatchObject([
      { code: 'DEPOSIT_BELOW_REQUIRED', details: { required: 2790, paid: 2590, shortfall: 200 } },
    ]);
  });

  it('R-EDT-2 a product not in the recalculation keeps its price', () => {
    const edited = accepted(
      edit(order.state, [
        { kind: 'recalculatePrices', prices: { 'TENT-2P': { unitPrice: 1, vatRate: 21 } } },
      ]),
    );
    expect(edited.state.order.lines[0]?.unitPrice).toBe(12950);
  });

  it('R-EDT-2 the locked price is what the pickup invoices after an edit', () => {
    const edited = committed(
      edit(order.state, [{ kind: 'changeQuantity', lineId: bootsLine, quantity: 3 }], {
        payments: [pay(cash(), 1295)],
      }),
    );
    const pickedUp = committed(
      pickUpOrder(
        edited.state,
        { lines: [{ lineId: bootsLine, quantity: 3 }], payments: [pay(cash(), 34965)] },
        onPickupDay,
      ),
    );
    expect(pickedUp.invoices[0]?.lines).toMatchObject([{ unitPrice: 12950, quantity: 3, amount: 38850 }]);
  });
});

describe('the deposit after an edit (R-EDT-3)', () => {
  it('R-EDT-3 a shortfall is a blocker with the amount to collect; paying it commits', () => {
    const order = create([line(boots, 2, pickupAt(AMSTERDAM))], { payments: [pay(cash(), 2590)] });
    const [bootsLine = ''] = lineIds(order.state);
    const change: OrderChange[] = [{ kind: 'changeQuantity', lineId: bootsLine, quantity: 3 }];

    // 10 % of 3 × 129.50 = 38.85; 25.90 is held: 12.95 to collect.
    const preview = accepted(edit(order.state, change));
    expect(preview.effect).toMatchObject({ depositRequired: 3885, toCollect: 1295 });
    const shortfall = {
      code: 'DEPOSIT_BELOW_REQUIRED',
      rule: 'R-DEP-3',
      details: { required: 3885, paid: 2590, shortfall: 1295 },
    };
    expect(preview.blockers).toMatchObject([shortfall]);
    expect(commitCheck(preview, allPermissions)).toMatchObject(shortfall);

    const paid = committed(edit(order.state, change, { payments: [pay(card(), 1295)] }));
    expect(paid.effect).toMatchObject({ paidNow: 1295, toCollect: 0 });
    expect(balances(paid.state.ledger).depositAvailable).toBe(3885);
  });

  it('R-EDT-3 paying more than is open after the edit is refused: PAYMENT_ABOVE_TOTAL', () => {
    const order = create([line(boots, 2, pickupAt(AMSTERDAM))], { payments: [pay(cash(), 2590)] });
    const [bootsLine = ''] = lineIds(order.state);
    // 3 × 129.50 = 388.50 open, 25.90 held: at most 362.60 more.
    expect(
      edit(order.state, [{ kind: 'changeQuantity', lineId: bootsLine, quantity: 3 }], {
        payments: [pay(cash(), 36261)],
      }),
    ).toMatchObject({ ok: false, code: 'PAYMENT_ABOVE_TOTAL', details: { open: 36260, paid: 36261 } });
  });

  it('R-EDT-3 what was paid beyond the new open total goes back to the deposit tenders, newest first', () => {
    // Paid in full: 300.00 cash and 165.94 by card. Without the tent, 259.00 is open: 206.94 goes back.
    const order = create([line(boots, 2, pickupAt(AMSTERDAM)), line(tent, 1, ship())], {
      payments: [pay(cash(), 30000), pay(card(), 16594)],
    });
    const [, tentLine = ''] = lineIds(order.state);
    const edited = committed(edit(order.state, [{ kind: 'removeLine', lineId: tentLine }]));
    expect(edited.entries.map((e) => [e.kind, 'tender' in e ? e.tender.id : '', e.amount])).toEqual([
      ['refunded', 'card-1', 16594],
      ['refunded', 'cash-1', 4100],
    ]);
    expect(edited.effect).toMatchObject({ refund: 20694, orderTotal: 25900, balance: 0 });
    const b = balances(edited.state.ledger);
    expect(b.depositAvailable).toBe(25900);
    expect(b.perTender.map((t) => [t.tender.id, t.depositAvailable])).toEqual([
      ['cash-1', 25900],
      ['card-1', 0],
    ]);
  });

  describe('with pay later disabled (CardRequired)', () => {
    const cardCtx = at('2026-11-27T10:00:00Z', { profile: cardRequired });
    // 259.00: 25.90 paid, a card authorized for the other 233.10.
    const order = create(
      [line(boots, 2, pickupAt(AMSTERDAM))],
      { payments: [pay(cash(), 2590)], authorizations: [{ tender: card(), amount: 23310 }] },
      cardCtx,
    );
    const [bootsLine = ''] = lineIds(order.state);

    it('R-EDT-3 an authorization beyond what is still needed is voided', () => {
      // One pair: 129.50 − 25.90 held = 103.60 still needed; 233.10 − 103.60 = 129.50 voided.
      const edited = committed(
        edit(order.state, [{ kind: 'changeQuantity', lineId: bootsLine, quantity: 1 }], {}, cardCtx),
      );
      expect(edited.entries.map((e) => [e.kind, e.amount])).toEqual([['authorizationVoided', 12950]]);
      expect(edited.effect).toMatchObject({ voided: 12950, refund: 0 });
      expect(balances(edited.state.ledger)).toMatchObject({
        authorizationOpen: 10360,
        depositAvailable: 2590,
      });
    });

    it('R-EDT-3 more units need more deposit and a card for the rest; both given, it commits', () => {
      const change: OrderChange[] = [{ kind: 'changeQuantity', lineId: bootsLine, quantity: 3 }];
      // 388.50: deposit 38.85 (12.95 short); 388.50 − 25.90 − 233.10 = 129.50 unsecured.
      const preview = accepted(edit(order.state, change, {}, cardCtx));
      expect(preview.blockers).toMatchObject([
        { code: 'DEPOSIT_BELOW_REQUIRED', details: { shortfall: 1295 } },
        { code: 'CARD_AUTHORIZATION_REQUIRED', details: { amount: 12950 } },
      ]);
      // 12.95 paid and 116.55 more authorized: 388.50 − 38.85 − 349.65 = 0.
      const edited = committed(
        edit(
          order.state,
          change,
          { payments: [pay(cash(), 1295)], authorizations: [{ tender: card(), amount: 11655 }] },
          cardCtx,
        ),
      );
      expect(balances(edited.state.ledger)).toMatchObject({
        depositAvailable: 3885,
        authorizationOpen: 34965,
      });
    });
  });
});

describe('editing what has started to leave (R-EDT-1, R-CRE-3, R-CRE-6)', () => {
  it('R-EDT-1 a shipment that has shipped keeps its charge: adding one afterwards is refused', () => {
    // Two tents in SH1 shipped free of charge, one sent now and one later.
    const order = create([line(tent, 2, ship())], {
      shipments: [shipment('SH1', 0)],
      payments: [pay(cash(), 4000)],
    });
    const [tentId = ''] = lineIds(order.state);
    const partly = committed(
      shipOrder(
        order.state,
        { shipmentId: 'SH1', lines: [{ lineId: tentId, quantity: 1 }], payments: [pay(cash(), 15999)] },
        atWarehouse,
      ),
    );
    expect(edit(partly.state, [{ kind: 'changeShipment', shipmentId: 'SH1', charge: 500 }])).toMatchObject({
      ok: false,
      code: 'LINE_IN_FULFILLMENT',
      field: 'changes[0].charge',
    });
  });

  it('R-CRE-6 a line added with its own backorder consent waits for stock; without it, it is refused', () => {
    const order = create([line(boots, 1, pickupAt(AMSTERDAM))], { payments: [pay(cash(), 1295)] });
    const noGuides = stockOf({ [`${AMSTERDAM}/${boots.productId}`]: 10 });
    const guideLine = line(guide, 2, pickupAt(AMSTERDAM));
    expect(
      edit(order.state, [{ kind: 'addLine', line: guideLine }], { availability: noGuides }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_ENOUGH_STOCK',
    });
    const waiting = committed(
      edit(
        order.state,
        [{ kind: 'addLine', line: { ...guideLine, backorder: true } }],
        { availability: noGuides, payments: [pay(cash(), 499)] }, // 10 % of 2 × 24.95
      ),
    );
    expect(waiting.state.order.lines.at(-1)?.quantities).toMatchObject({ ordered: 2, reserved: 0 });
    expect(waiting.stock).toEqual([]);
  });
});

describe('the deposit agreed at creation (R-DEP-1, R-EDT-3)', () => {
  it('R-EDT-3 head office raising the deposit percent later asks nothing more of an order at its next edit', () => {
    const order = create([line(boots, 2, pickupAt(AMSTERDAM))], { payments: [pay(cash(), 2590)] });
    const later = at('2026-11-28T10:00:00Z', { parameters: { ...parameters, defaultDepositPercent: 20 } });
    const edited = committed(edit(order.state, [{ kind: 'setCollectors', collectors: ['Bram'] }], {}, later));
    // 10 % of 259.00 = 25.90, as agreed; 20 % would have asked 25.90 more.
    expect(edited.effect).toMatchObject({ depositRequired: 2590, toCollect: 0 });
    expect(edited.state.order.depositPercent).toBe(10);
  });
});
