import { describe, expect, it } from 'vitest';
import {
  balances,
  type CreateOrderInput,
  createOrder,
  type Delivery,
  lineStatus,
  type NewLine,
  orderStatus,
  pickUpOrder,
  reserveForBackorders,
} from '../src/index.ts';
import {
  AMSTERDAM,
  accepted,
  boots,
  cash,
  chargeCodes,
  committed,
  context,
  DC,
  guide,
  parameters,
  pay,
  plentyOfStock,
  shipment,
  stockOf,
  tent,
  UTRECHT,
} from './fixtures.ts';

type Product = Omit<NewLine, 'delivery' | 'quantity'>;

const carryOut: Delivery = { kind: 'carryOut' };
const pickupAt = (storeId: string, date = '2026-11-30'): Delivery => ({ kind: 'pickup', storeId, date });
const ship = (shipmentId = 'SH1'): Delivery => ({ kind: 'ship', shipmentId });
const line = (
  product: Product,
  quantity: number,
  delivery: Delivery,
  extra: Partial<NewLine> = {},
): NewLine => ({
  ...product,
  quantity,
  delivery,
  ...extra,
});

function cart(lines: NewLine[], extra: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return { type: 'customerOrder', customerId: 'C-2001', lines, availability: plentyOfStock, ...extra };
}

// Unless a test says otherwise it is 2026-11-27 11:00 in Amsterdam (10:00 UTC), at store S01.
const ctx = context();

describe('creating an order: customer and lines (R-CRE-1)', () => {
  it.each<[string, CreateOrderInput, string, string]>([
    [
      'a customer order without a customer',
      cart([line(boots, 1, pickupAt(AMSTERDAM))], { customerId: '' }),
      'CUSTOMER_REQUIRED',
      'customerId',
    ],
    [
      'a quote without a customer',
      cart([line(boots, 1, pickupAt(AMSTERDAM))], { type: 'quote', customerId: '' }),
      'CUSTOMER_REQUIRED',
      'customerId',
    ],
    ['no lines', cart([]), 'NO_LINES', 'lines'],
    [
      'a quantity of 0',
      cart([line(boots, 0, pickupAt(AMSTERDAM))]),
      'QUANTITY_NOT_POSITIVE',
      'lines[0].quantity',
    ],
    ['a negative quantity', cart([line(boots, -2, ship())]), 'QUANTITY_NOT_POSITIVE', 'lines[0].quantity'],
    [
      'a fractional quantity on the second line',
      cart([line(tent, 1, pickupAt(AMSTERDAM)), line(boots, 1.5, pickupAt(AMSTERDAM))]),
      'QUANTITY_NOT_POSITIVE',
      'lines[1].quantity',
    ],
    [
      'a gift card',
      cart([
        line(
          { productId: 'GIFT-50', description: 'Gift card €50', unitPrice: 5000, vatRate: 0 },
          1,
          pickupAt(AMSTERDAM),
          { productKind: 'giftCard' },
        ),
      ]),
      'PRODUCT_NOT_SELLABLE',
      'lines[0].productId',
    ],
    [
      'a gift card carried out',
      cart([
        line(
          { productId: 'GIFT-25', description: 'Gift card €25', unitPrice: 2500, vatRate: 0 },
          1,
          carryOut,
          {
            productKind: 'giftCard',
          },
        ),
      ]),
      'PRODUCT_NOT_SELLABLE',
      'lines[0].productId',
    ],
  ])('R-CRE-1 refuses %s', (_title, input, code, field) => {
    expect(createOrder(input, ctx)).toMatchObject({ ok: false, code, rule: 'R-CRE-1', field });
  });

  it('R-CRE-1 accepts a customer with positive whole quantities of merchandise', () => {
    const created = accepted(
      createOrder(
        cart([line(boots, 2, pickupAt(AMSTERDAM), { productKind: 'merchandise' }), line(tent, 1, ship())], {
          shipments: [shipment('SH1', 0)],
        }),
        ctx,
      ),
    );
    expect(created.state.order.customerId).toBe('C-2001');
    expect(created.state.order.lines.map((l) => [l.productId, l.quantities.ordered])).toEqual([
      ['BOOT-42', 2],
      ['TENT-2P', 1],
    ]);
  });

  it('R-CRE-1 the gift card refusal names the product', () => {
    const refused = createOrder(
      cart([
        line(
          { productId: 'GIFT-50', description: 'Gift card €50', unitPrice: 5000, vatRate: 0 },
          1,
          pickupAt(AMSTERDAM),
          { productKind: 'giftCard' },
        ),
      ]),
      ctx,
    );
    expect(refused).toMatchObject({ details: { productId: 'GIFT-50' } });
  });
});

describe('creating an order: deliveries and dates (R-CRE-2)', () => {
  it('R-CRE-2 each line gets its delivery: shipped, picked up here or at another store, or carried out', () => {
    const created = accepted(
      createOrder(
        cart(
          [
            line(tent, 1, ship('SH1')),
            line(boots, 1, pickupAt(AMSTERDAM, '2026-11-28')),
            line(boots, 1, pickupAt(UTRECHT, '2026-12-02')),
            line(guide, 1, carryOut),
          ],
          { shipments: [shipment('SH1', 695, '2026-12-01')] },
        ),
        ctx,
      ),
    );
    expect(created.state.order.lines.map((l) => l.delivery)).toEqual([
      { kind: 'ship', shipmentId: 'SH1' },
      { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-28' },
      { kind: 'pickup', storeId: UTRECHT, date: '2026-12-02' },
      { kind: 'carryOut' },
    ]);
    expect(created.state.order.shipments).toEqual([
      {
        id: 'SH1',
        address: shipment('SH1', 0).address,
        modeOfDelivery: 'POSTNL',
        requestedDate: '2026-12-01',
        shipFrom: DC,
      },
    ]);
  });

  it('R-CRE-2 a date of today in the store’s time zone is not in the past', () => {
    // 23:30 UTC on the 27th is already 00:30 on the 28th in Amsterdam: the 28th is today there.
    const late = context({ at: '2026-11-27T23:30:00Z' });
    const created = accepted(createOrder(cart([line(boots, 1, pickupAt(AMSTERDAM, '2026-11-28'))]), late));
    expect(created.state.order.lines[0]?.delivery).toMatchObject({ date: '2026-11-28' });
  });

  it.each<[string, string, string, CreateOrderInput, string, Record<string, string>]>([
    [
      'a pickup date yesterday',
      '2026-11-27T10:00:00Z',
      'Europe/Amsterdam',
      cart([line(boots, 1, pickupAt(AMSTERDAM, '2026-11-26'))]),
      'lines[0].delivery.date',
      { date: '2026-11-26', today: '2026-11-27' },
    ],
    [
      // Still the 27th in UTC, but already the 28th in Amsterdam.
      'a pickup date that is still today in UTC but yesterday in Amsterdam',
      '2026-11-27T23:30:00Z',
      'Europe/Amsterdam',
      cart([line(boots, 1, pickupAt(AMSTERDAM, '2026-11-27'))]),
      'lines[0].delivery.date',
      { date: '2026-11-27', today: '2026-11-28' },
    ],
    [
      'a requested ship date in the past',
      '2026-11-27T10:00:00Z',
      'Europe/Amsterdam',
      cart([line(tent, 1, ship())], { shipments: [shipment('SH1', 695, '2026-11-20')] }),
      'shipments[0].requestedDate',
      { date: '2026-11-20', today: '2026-11-27' },
    ],
    [
      'a pickup date in the past on the second line',
      '2026-11-27T10:00:00Z',
      'Europe/Amsterdam',
      cart([line(tent, 1, pickupAt(AMSTERDAM)), line(boots, 1, pickupAt(UTRECHT, '2025-11-30'))]),
      'lines[1].delivery.date',
      { date: '2025-11-30', today: '2026-11-27' },
    ],
  ])('R-CRE-2 refuses %s: DATE_IN_PAST', (_title, at, timeZone, input, field, details) => {
    expect(createOrder(input, context({ at, timeZone }))).toMatchObject({
      ok: false,
      code: 'DATE_IN_PAST',
      rule: 'R-CRE-2',
      field,
      details,
    });
  });

  it('R-CRE-2 the same instant is still the 27th in a store in New York, so the 27th is accepted there', () => {
    const newYork = context({ at: '2026-11-27T23:30:00Z', timeZone: 'America/New_York' });
    expect(accepted(createOrder(cart([line(boots, 1, pickupAt(AMSTERDAM, '2026-11-27'))]), newYork)).ok).toBe(
      true,
    );
  });

  it.each(['2026-02-30', '2026-13-01', '30-11-2026', '2026-11-30T10:00', '', 'tomorrow'])(
    'R-CRE-2 refuses the date string %j: INVALID_DATE',
    (date) => {
      expect(createOrder(cart([line(boots, 1, pickupAt(AMSTERDAM, date))]), ctx)).toMatchObject({
        ok: false,
        code: 'INVALID_DATE',
        rule: 'R-CRE-2',
        field: 'lines[0].delivery.date',
      });
      expect(
        createOrder(cart([line(tent, 1, ship())], { shipments: [shipment('SH1', 695, date)] }), ctx),
      ).toMatchObject({ ok: false, code: 'INVALID_DATE', field: 'shipments[0].requestedDate' });
    },
  );

  it.each<[string, CreateOrderInput]>([
    ['no shipments at all', cart([line(tent, 1, ship('SH1'))])],
    ['another shipment', cart([line(tent, 1, ship('SH2'))], { shipments: [shipment('SH1', 695)] })],
  ])('R-CRE-2 a ship line naming an unknown shipment is refused: %s', (_title, input) => {
    expect(createOrder(input, ctx)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_SHIPMENT',
      rule: 'R-CRE-2',
      field: 'lines[0].delivery.shipmentId',
    });
  });
});

describe('creating an order: the shipping charge (R-CRE-3)', () => {
  it('R-CRE-3 the shipping charge is a charge line under shippingChargeCode, on its shipment, in the total', () => {
    const created = accepted(
      createOrder(
        cart([line(tent, 1, ship()), line(boots, 1, pickupAt(AMSTERDAM))], {
          shipments: [shipment('SH1', 695)],
        }),
        ctx,
      ),
    );
    expect(created.state.order.charges).toEqual([
      {
        id: expect.any(String),
        kind: 'shipping',
        code: 'SHIP',
        amount: 695,
        vatRate: 21,
        status: 'open',
        shipmentId: 'SH1',
      },
    ]);
    // 199.99 + 129.50 + 6.95
    expect(created.effect.orderTotal).toBe(33644);
  });

  it('R-CRE-3 the charge takes the code configured as shippingChargeCode and that code’s VAT rate', () => {
    const ctxLowVat = context({
      parameters: { ...parameters, shippingChargeCode: 'SHIPLOW' },
      chargeCodes: {
        ...chargeCodes,
        SHIPLOW: { code: 'SHIPLOW', description: 'Shipping of books', vatRate: 9 },
      },
    });
    const created = accepted(
      createOrder(cart([line(guide, 1, ship())], { shipments: [shipment('SH1', 450)] }), ctxLowVat),
    );
    expect(created.state.order.charges).toMatchObject([
      { kind: 'shipping', code: 'SHIPLOW', vatRate: 9, amount: 450, shipmentId: 'SH1' },
    ]);
    // 24.95 + 4.50
    expect(created.effect.orderTotal).toBe(2945);
  });

  it('R-CRE-3 each shipment has its own charge, attached to it', () => {
    const fromUtrecht = { ...shipment('SH2', 495, '2026-12-03'), shipFrom: UTRECHT };
    const created = accepted(
      createOrder(
        cart([line(tent, 1, ship('SH1')), line(boots, 1, ship('SH2')), line(guide, 1, ship('SH2'))], {
          shipments: [shipment('SH1', 695), fromUtrecht],
        }),
        ctx,
      ),
    );
    expect(created.state.order.charges.map((c) => [c.shipmentId, c.code, c.amount])).toEqual([
      ['SH1', 'SHIP', 695],
      ['SH2', 'SHIP', 495],
    ]);
    // 199.99 + 129.50 + 24.95 + 6.95 + 4.95
    expect(created.effect.orderTotal).toBe(36634);
  });

  it('R-CRE-3 a zero shipping charge gives no charge line', () => {
    const created = accepted(
      createOrder(cart([line(tent, 1, ship())], { shipments: [shipment('SH1', 0)] }), ctx),
    );
    expect(created.state.order.charges).toEqual([]);
    expect(created.state.order.shipments.map((s) => s.id)).toEqual(['SH1']);
    expect(created.effect.orderTotal).toBe(19999);
  });

  it('R-CRE-3 a shipment no line is shipped with carries no charge', () => {
    const created = accepted(
      createOrder(
        cart([line(tent, 1, ship('SH1'))], { shipments: [shipment('SH1', 695), shipment('SH9', 995)] }),
        ctx,
      ),
    );
    expect(created.state.order.shipments.map((s) => s.id)).toEqual(['SH1']);
    expect(created.state.order.charges.map((c) => c.shipmentId)).toEqual(['SH1']);
    expect(created.effect.orderTotal).toBe(20694);
  });

  it.each([-1, 6.95])('R-CRE-3 a shipping charge of %d is refused: INVALID_AMOUNT', (charge) => {
    expect(
      createOrder(cart([line(tent, 1, ship())], { shipments: [shipment('SH1', charge)] }), ctx),
    ).toMatchObject({ ok: false, code: 'INVALID_AMOUNT', field: 'shipments[0].charge' });
  });
});

describe('creating an order: cash and carry and hybrid sales (R-CRE-4)', () => {
  it('R-CRE-4 when every line is carried out, it is a cash-and-carry sale: invoiced, paid in full, delivered', () => {
    // 2 × 24.95 + 129.50 = 179.40
    const sale = committed(
      createOrder(
        cart([line(guide, 2, carryOut), line(boots, 1, carryOut)], { payments: [pay(cash(), 17940)] }),
        ctx,
      ),
    );
    expect(sale.saleKind).toBe('cashAndCarry');
    expect(orderStatus(sale.state.order)).toBe('delivered');
    expect(sale.state.order.lines.map(lineStatus)).toEqual(['delivered', 'delivered']);
    expect(sale.state.order.lines.map((l) => l.quantities)).toMatchObject([
      { ordered: 2, delivered: 2, invoiced: 2, reserved: 0 },
      { ordered: 1, delivered: 1, invoiced: 1, reserved: 0 },
    ]);
    expect(sale.invoices).toHaveLength(1);
    expect(sale.invoices[0]).toMatchObject({
      kind: 'carryOut',
      total: 17940,
      // 49.90 × 9/109 = 4.1202 → 4.12; 129.50 × 21/121 = 22.475 → 22.48
      vat: [
        { rate: 9, gross: 4990, vat: 412, net: 4578 },
        { rate: 21, gross: 12950, vat: 2248, net: 10702 },
      ],
    });
    expect(sale.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['invoiced', 17940],
      ['balancePaid', 17940],
    ]);
    expect(balances(sale.state.ledger)).toMatchObject({ paid: 17940, due: 0, depositPaid: 0 });
    expect(sale.effect).toMatchObject({ depositRequired: 0, balance: 0, toCollect: 0 });
    expect(sale.stock).toEqual([
      { kind: 'sell', locationId: AMSTERDAM, productId: 'BOOK-WAD', quantity: 2 },
      { kind: 'sell', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 1 },
    ]);
  });

  it('R-CRE-4 an ordinary cash-and-carry sale needs no customer', () => {
    const sale = committed(
      createOrder(cart([line(guide, 1, carryOut)], { customerId: '', payments: [pay(cash(), 2495)] }), ctx),
    );
    expect(sale.saleKind).toBe('cashAndCarry');
  });

  it('R-CRE-4 a cash-and-carry sale is not complete until it is paid in full', () => {
    const short = accepted(
      createOrder(
        cart([line(guide, 2, carryOut), line(boots, 1, carryOut)], { payments: [pay(cash(), 17000)] }),
        ctx,
      ),
    );
    expect(short.blockers).toMatchObject([
      { code: 'PAYMENT_REQUIRED', details: { required: 17940, paid: 17000, shortfall: 940 } },
    ]);
    expect(short.effect.toCollect).toBe(940);
  });

  it('R-CRE-4 in a hybrid order the carry-out lines are invoiced and paid at once, the rest is a customer order', () => {
    // Carry-out 2 × 24.95 = 49.90 is paid in full; the deposit is 10 % of 129.50 = 12.95.
    const created = committed(
      createOrder(
        cart([line(guide, 2, carryOut), line(boots, 1, pickupAt(UTRECHT))], {
          payments: [pay(cash(), 6285)],
        }),
        ctx,
      ),
    );
    expect(created.saleKind).toBe('customerOrder');
    expect(created.invoices).toHaveLength(1);
    expect(created.invoices[0]).toMatchObject({ kind: 'carryOut', total: 4990 });
    expect(created.invoices[0]?.lines.map((l) => [l.productId, l.quantity])).toEqual([['BOOK-WAD', 2]]);
    expect(created.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['invoiced', 4990],
      ['balancePaid', 4990],
      ['depositPaid', 1295],
    ]);
    expect(created.state.order.lines.map(lineStatus)).toEqual(['delivered', 'open']);
    expect(orderStatus(created.state.order)).toBe('partiallyDelivered');
    expect(created.effect).toMatchObject({ orderTotal: 17940, depositRequired: 1295, balance: 11655 });
    expect(created.stock).toEqual([
      { kind: 'sell', locationId: AMSTERDAM, productId: 'BOOK-WAD', quantity: 2 },
      { kind: 'reserve', locationId: UTRECHT, productId: 'BOOT-42', quantity: 1 },
    ]);
  });
});

describe('creating an order: stock (R-CRE-6)', () => {
  it.each<[string, CreateOrderInput, Record<string, string | number>, string]>([
    [
      'carry-out with too little stock at this store',
      cart([line(guide, 2, carryOut)], { availability: stockOf({ 'S01/BOOK-WAD': 1 }) }),
      { productId: 'BOOK-WAD', locationId: AMSTERDAM, available: 1, requested: 2 },
      'lines[0].quantity',
    ],
    [
      'carry-out with stock only at another store',
      cart([line(guide, 1, carryOut)], { availability: stockOf({ 'S02/BOOK-WAD': 10 }) }),
      { productId: 'BOOK-WAD', locationId: AMSTERDAM, available: 0, requested: 1 },
      'lines[0].quantity',
    ],
    [
      'carry-out even when the associate accepts backorders',
      cart([line(guide, 2, carryOut, { backorder: true })], { availability: stockOf({ 'S01/BOOK-WAD': 1 }) }),
      { productId: 'BOOK-WAD', locationId: AMSTERDAM, available: 1, requested: 2 },
      'lines[0].quantity',
    ],
    [
      'a pickup at Utrecht when the stock is in Amsterdam',
      cart([line(boots, 1, pickupAt(UTRECHT))], { availability: stockOf({ 'S01/BOOT-42': 5 }) }),
      { productId: 'BOOT-42', locationId: UTRECHT, available: 0, requested: 1 },
      'lines[0].quantity',
    ],
    [
      'a shipment from the warehouse when the stock is in the store',
      cart([line(tent, 2, ship())], {
        shipments: [shipment('SH1', 695)],
        availability: stockOf({ 'S01/TENT-2P': 5, 'DC1/TENT-2P': 1 }),
      }),
      { productId: 'TENT-2P', locationId: DC, available: 1, requested: 2 },
      'lines[0].quantity',
    ],
    [
      'two lines of the same product that together need more than there is',
      cart([line(tent, 2, pickupAt(AMSTERDAM)), line(tent, 2, pickupAt(AMSTERDAM, '2026-12-05'))], {
        availability: stockOf({ 'S01/TENT-2P': 3 }),
      }),
      { productId: 'TENT-2P', locationId: AMSTERDAM, available: 1, requested: 2 },
      'lines[1].quantity',
    ],
    [
      'a carry-out and a pickup here of the same product sharing the shelf',
      cart([line(tent, 2, carryOut), line(tent, 2, pickupAt(AMSTERDAM))], {
        availability: stockOf({ 'S01/TENT-2P': 3 }),
      }),
      { productId: 'TENT-2P', locationId: AMSTERDAM, available: 1, requested: 2 },
      'lines[1].quantity',
    ],
  ])('R-CRE-6 refuses %s: NOT_ENOUGH_STOCK naming product and location', (_title, input, details, field) => {
    const refused = createOrder(input, ctx);
    expect(refused).toMatchObject({ ok: false, code: 'NOT_ENOUGH_STOCK', rule: 'R-CRE-6', field, details });
    expect(refused).toMatchObject({
      message: expect.stringContaining(`${details.productId} at ${details.locationId}`),
    });
  });

  it.each<[string, Delivery, string]>([
    ['a pickup here', pickupAt(AMSTERDAM), AMSTERDAM],
    ['a pickup at another store', pickupAt(UTRECHT), UTRECHT],
    ['a shipment from the warehouse', ship('SH1'), DC],
    ['a shipment from the shipping store', ship('SH2'), UTRECHT],
  ])('R-CRE-6 %s reserves at its fulfilling location', (_title, delivery, locationId) => {
    const created = accepted(
      createOrder(
        cart([line(boots, 2, delivery)], {
          shipments: [shipment('SH1', 0), { ...shipment('SH2', 0), shipFrom: UTRECHT }],
          // Exactly two pairs, and only where the line is fulfilled.
          availability: stockOf({ [`${locationId}/BOOT-42`]: 2 }),
        }),
        ctx,
      ),
    );
    expect(created.stock).toEqual([{ kind: 'reserve', locationId, productId: 'BOOT-42', quantity: 2 }]);
    expect(created.state.order.lines[0]?.quantities.reserved).toBe(2);
  });

  it('R-CRE-6 a carry-out line sells from this store’s shelf and reserves nothing', () => {
    const created = accepted(
      createOrder(cart([line(guide, 1, carryOut)], { availability: stockOf({ 'S01/BOOK-WAD': 1 }) }), ctx),
    );
    expect(created.stock).toEqual([
      { kind: 'sell', locationId: AMSTERDAM, productId: 'BOOK-WAD', quantity: 1 },
    ]);
    expect(created.state.order.lines[0]?.quantities.reserved).toBe(0);
  });

  it('R-CRE-6 with a backorder accepted, what is there is reserved and the rest waits', () => {
    const created = committed(
      createOrder(
        cart([line(boots, 3, pickupAt(UTRECHT), { backorder: true })], {
          availability: stockOf({ 'S02/BOOT-42': 1 }),
          // 10 % of 3 × 129.50 = 38.85
          payments: [pay(cash(), 3885)],
        }),
        ctx,
      ),
    );
    expect(created.stock).toEqual([
      { kind: 'reserve', locationId: UTRECHT, productId: 'BOOT-42', quantity: 1 },
    ]);
    expect(created.state.order.lines[0]?.quantities).toMatchObject({ ordered: 3, reserved: 1 });

    // A backordered unit cannot be picked up before it is reserved.
    const lineId = created.state.order.lines[0]?.id ?? '';
    const atUtrecht = context({ locationId: UTRECHT, at: '2026-11-30T10:00:00Z' });
    expect(pickUpOrder(created.state, { lines: [{ lineId, quantity: 2 }] }, atUtrecht)).toMatchObject({
      ok: false,
      code: 'LINE_BACKORDERED',
      rule: 'R-CRE-6',
      details: { reserved: 1, requested: 2 },
    });
    expect(accepted(pickUpOrder(created.state, { lines: [{ lineId, quantity: 1 }] }, atUtrecht)).ok).toBe(
      true,
    );
  });

  it('R-CRE-6 with a backorder accepted and nothing in stock, nothing is reserved', () => {
    const created = accepted(
      createOrder(
        cart([line(tent, 1, ship(), { backorder: true })], {
          shipments: [shipment('SH1', 695)],
          availability: stockOf({}),
        }),
        ctx,
      ),
    );
    expect(created.stock).toEqual([]);
    expect(created.state.order.lines[0]?.quantities.reserved).toBe(0);
  });

  it('R-CRE-6 two lines of the same product share availability: the second gets what the first left', () => {
    const created = accepted(
      createOrder(
        cart(
          [
            line(tent, 2, pickupAt(AMSTERDAM)),
            line(tent, 2, pickupAt(AMSTERDAM, '2026-12-05'), { backorder: true }),
            line(tent, 1, pickupAt(UTRECHT)),
          ],
          { availability: stockOf({ 'S01/TENT-2P': 3, 'S02/TENT-2P': 1 }) },
        ),
        ctx,
      ),
    );
    expect(created.state.order.lines.map((l) => l.quantities.reserved)).toEqual([2, 1, 1]);
    expect(created.stock).toEqual([
      { kind: 'reserve', locationId: AMSTERDAM, productId: 'TENT-2P', quantity: 2 },
      { kind: 'reserve', locationId: AMSTERDAM, productId: 'TENT-2P', quantity: 1 },
      { kind: 'reserve', locationId: UTRECHT, productId: 'TENT-2P', quantity: 1 },
    ]);
  });

  const waiting = [
    { orderId: 'o-1', lineId: 'l-1', backordered: 2 },
    { orderId: 'o-2', lineId: 'l-2', backordered: 0 },
    { orderId: 'o-3', lineId: 'l-3', backordered: 4 },
    { orderId: 'o-4', lineId: 'l-4', backordered: 1 },
  ];
  it.each<[number, { orderId: string; lineId: string; quantity: number }[]]>([
    [0, []],
    [1, [{ orderId: 'o-1', lineId: 'l-1', quantity: 1 }]],
    [
      5,
      [
        { orderId: 'o-1', lineId: 'l-1', quantity: 2 },
        { orderId: 'o-3', lineId: 'l-3', quantity: 3 },
      ],
    ],
    [
      7,
      [
        { orderId: 'o-1', lineId: 'l-1', quantity: 2 },
        { orderId: 'o-3', lineId: 'l-3', quantity: 4 },
        { orderId: 'o-4', lineId: 'l-4', quantity: 1 },
      ],
    ],
    [
      20, // more than is waiting: the rest stays available
      [
        { orderId: 'o-1', lineId: 'l-1', quantity: 2 },
        { orderId: 'o-3', lineId: 'l-3', quantity: 4 },
        { orderId: 'o-4', lineId: 'l-4', quantity: 1 },
      ],
    ],
  ])(
    'R-CRE-6 a stock receipt of %i reserves for the waiting lines, oldest order first',
    (received, expected) => {
      expect(reserveForBackorders(received, waiting)).toEqual(expected);
    },
  );
});

describe('amounts beyond exact arithmetic and shipments named twice (R-MON-1, R-CRE-3)', () => {
  it('R-MON-1 an order whose total cannot be computed exactly is refused, not rounded', () => {
    const huge = { ...tent, unitPrice: 9_000_000_000_000_000 / 2 };
    expect(
      createOrder(
        {
          type: 'customerOrder',
          customerId: 'C-1',
          lines: [
            { ...huge, quantity: 3, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' } },
          ],
          availability: plentyOfStock,
        },
        context(),
      ),
    ).toMatchObject({ ok: false, code: 'INVALID_AMOUNT', rule: 'R-MON-1', field: 'lines' });
  });

  it('R-CRE-3 two shipments with one id are refused: the customer would pay shipping twice', () => {
    expect(
      createOrder(
        {
          type: 'customerOrder',
          customerId: 'C-1',
          lines: [{ ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } }],
          shipments: [shipment('SH1', 500), shipment('SH1', 700)],
          availability: plentyOfStock,
        },
        context(),
      ),
    ).toMatchObject({ ok: false, code: 'DUPLICATE_SHIPMENT', rule: 'R-CRE-3', field: 'shipments[1].id' });
  });
});

describe('an order a store made itself (R-ASY-2)', () => {
  it("R-ASY-2 keeps the id the store gave it, and with it the pickup code on the customer's receipt", () => {
    const atStore = accepted(
      createOrder(cart([line(boots, 1, pickupAt(AMSTERDAM))], { orderId: 'store-order-1' }), ctx),
    );
    expect(atStore.state.order.id).toBe('store-order-1');
    const again = accepted(
      createOrder(cart([line(boots, 1, pickupAt(AMSTERDAM))], { orderId: 'store-order-1' }), context()),
    );
    expect(again.state.order.pickupCode).toBe(atStore.state.order.pickupCode);
    const other = accepted(createOrder(cart([line(boots, 1, pickupAt(AMSTERDAM))]), ctx));
    expect(other.state.order.id).not.toBe('store-order-1');
  });
});
