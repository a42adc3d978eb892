import { describe, expect, it } from 'vitest';
import {
  type Authorization,
  balances,
  commitCheck,
  createOrder,
  findLine,
  type LineQuantity,
  lineStatus,
  type NewLine,
  type OperationContext,
  type OrderState,
  orderStatus,
  type Payment,
  type ShipOrderInput,
  type StockAvailability,
  shipOrder,
} from '../src/index.ts';
import {
  AMSTERDAM,
  accepted,
  boots,
  card,
  cardRequired,
  cash,
  committed,
  context,
  DC,
  guide,
  pay,
  plentyOfStock,
  sequentialIds,
  shipment,
  stockOf,
  tent,
  UTRECHT,
} from './fixtures.ts';

type At = (overrides?: Partial<OperationContext> & { at?: string }) => OperationContext;

interface Created {
  readonly state: OrderState;
  readonly at: At;
  readonly line: (productId: string) => string;
}

const inShipment = (product: typeof boots, quantity: number, shipmentId: string): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'ship', shipmentId },
});

/**
 * SH1 from the DC: two tents and a guide, €6.95 shipping. SH2 from the Utrecht store: a pair of boots,
 * €4.95 shipping. Total 2 × 199.99 + 24.95 + 6.95 + 129.50 + 4.95 = 566.33; 10 % deposit = 56.633 → 56.63.
 */
function created(
  args: {
    payments?: readonly Payment[];
    authorizations?: readonly Authorization[];
    profile?: OperationContext['profile'];
    lines?: readonly NewLine[];
    availability?: StockAvailability;
  } = {},
): Created {
  const newId = sequentialIds();
  const at: At = (overrides = {}) =>
    context({ newId, ...(args.profile ? { profile: args.profile } : {}), ...overrides });
  const outcome = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-4001',
        lines: args.lines ?? [
          inShipment(tent, 2, 'SH1'),
          inShipment(guide, 1, 'SH1'),
          inShipment(boots, 1, 'SH2'),
        ],
        shipments: [shipment('SH1', 695), { ...shipment('SH2', 495), shipFrom: UTRECHT }],
        payments: args.payments ?? [pay(cash(), 5663)],
        authorizations: args.authorizations ?? [],
        availability: args.availability ?? plentyOfStock,
      },
      at(),
    ),
  );
  const state = outcome.state;
  return {
    state,
    at,
    line: (productId) => {
      const line = state.order.lines.find((candidate) => candidate.productId === productId);
      if (!line) throw new Error(`no line of ${productId}`);
      return line.id;
    },
  };
}

const atDc = (order: Created) => order.at({ locationId: DC, at: '2026-12-01T08:00:00Z' });
const atUtrecht = (order: Created) => order.at({ locationId: UTRECHT, at: '2026-12-01T08:00:00Z' });

function ship(order: Created, state: OrderState, input: ShipOrderInput, where = atDc(order)) {
  return committed(shipOrder(state, input, where), new Set(['pickUp']));
}

function quantitiesOf(state: OrderState, lineId: string) {
  const line = findLine(state.order, lineId);
  if (!line) throw new Error(`no line ${lineId}`);
  return line.quantities;
}

describe('R-PCK-5 shipping invoices the lines that leave, with the shipment’s charge on its first invoice', () => {
  const order = created();
  const tentId = order.line(tent.productId);
  const guideId = order.line(guide.productId);
  const first = ship(order, order.state, { shipmentId: 'SH1', lines: [{ lineId: tentId, quantity: 1 }] });
  const [firstInvoice] = first.invoices;

  it('the first partial shipment invoices one tent and the whole €6.95 charge', () => {
    expect(first.invoices).toHaveLength(1);
    expect(firstInvoice).toEqual({
      id: expect.any(String),
      orderId: order.state.order.id,
      kind: 'shipment',
      issuedAt: '2026-12-01T08:00:00.000Z',
      locationId: DC,
      lines: [
        {
          lineId: tentId,
          productId: tent.productId,
          description: tent.description,
          quantity: 1,
          unitPrice: 19999,
          vatRate: 21,
          amount: 19999,
        },
      ],
      charges: [{ chargeId: expect.any(String), code: 'SHIP', amount: 695, vatRate: 21 }],
      total: 20694,
      // 206.94 × 21 / 121 = 35.9152 → 35.92
      vat: [{ rate: 21, gross: 20694, vat: 3592, net: 17102 }],
    });
    expect(first.state.order.charges.map((c) => [c.shipmentId, c.status, c.amount])).toEqual([
      ['SH1', 'invoiced', 695],
      ['SH2', 'open', 495],
    ]);
  });

  it('applies the deposit; with pay later allowed and no card, the rest stays due on the order', () => {
    // 206.94 − 56.63 deposit = 150.31, not paid at the counter: nobody is there to pay it.
    expect(first.effect).toMatchObject({
      invoiced: 20694,
      depositApplied: 5663,
      due: 15031,
      captured: 0,
      paidNow: 0,
      toCollect: 0,
    });
    expect(first.blockers).toEqual([]);
    expect(commitCheck(first, new Set(['pickUp']))).toBeUndefined();
    expect(first.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['invoiced', 19999],
      ['chargeInvoiced', 695],
      ['depositApplied', 5663],
    ]);
    expect(first.entries[1]).toMatchObject({ code: 'SHIP', invoiceId: firstInvoice?.id });
    expect(balances(first.state.ledger)).toMatchObject({
      receivable: 20694,
      settled: 5663,
      due: 15031,
      depositAvailable: 0,
    });
    // The deposit stays computed on the whole ship and pickup part (the applied 56.63 still counts as
    // paid), so shipping asks for no new deposit; the balance is 566.33 − 56.63 = 509.70.
    expect(first.effect.depositRequired).toBe(5663);
    expect(first.effect.balance).toBe(50970);
  });

  it('the tent is delivered and invoiced out of the DC’s reservation', () => {
    expect(quantitiesOf(first.state, tentId)).toMatchObject({
      ordered: 2,
      picked: 1,
      packed: 1,
      delivered: 1,
      invoiced: 1,
      reserved: 1,
    });
    expect(lineStatus(findLine(first.state.order, tentId) ?? fail())).toBe('partiallyDelivered');
    expect(orderStatus(first.state.order)).toBe('partiallyDelivered');
    expect(first.stock).toEqual([
      { kind: 'deliver', locationId: DC, productId: tent.productId, quantity: 1 },
    ]);
  });

  const second = ship(order, first.state, { shipmentId: 'SH1' });

  it('a second shipment of SH1 (all that is open when no lines are named) carries no charge', () => {
    expect(second.invoices[0]).toMatchObject({
      lines: [
        { lineId: tentId, quantity: 1, amount: 19999 },
        { lineId: guideId, quantity: 1, amount: 2495 },
      ],
      charges: [],
      total: 22494,
      // 24.95 × 9 / 109 = 2.0601 → 2.06; 199.99 × 21 / 121 = 34.7090 → 34.71
      vat: [
        { rate: 9, gross: 2495, vat: 206, net: 2289 },
        { rate: 21, gross: 19999, vat: 3471, net: 16528 },
      ],
    });
    expect(second.entries.some((e) => e.kind === 'chargeInvoiced')).toBe(false);
    expect(second.effect).toMatchObject({ invoiced: 22494, depositApplied: 0, due: 22494, captured: 0 });
    // 150.31 + 224.94 stay due
    expect(balances(second.state.ledger).due).toBe(37525);
  });

  it('SH2 leaves from the Utrecht store with its own charge, and the order is delivered', () => {
    const third = ship(order, second.state, { shipmentId: 'SH2' }, atUtrecht(order));
    expect(third.invoices[0]).toMatchObject({
      locationId: UTRECHT,
      total: 13445,
      charges: [{ code: 'SHIP', amount: 495 }],
    });
    expect(third.stock).toEqual([
      { kind: 'deliver', locationId: UTRECHT, productId: boots.productId, quantity: 1 },
    ]);
    expect(orderStatus(third.state.order)).toBe('delivered');
    // 150.31 + 224.94 + 134.45 = 509.70: everything but the deposit is still owed.
    expect(balances(third.state.ledger).due).toBe(50970);
    expect(third.effect.balance).toBe(50970);
  });
});

describe('R-PCK-5 paying for a shipment', () => {
  it('a payment tendered with the shipment settles the due, but not more than it', () => {
    const order = created();
    const lines = [{ lineId: order.line(tent.productId), quantity: 1 }];
    const paid = ship(order, order.state, { shipmentId: 'SH1', lines, payments: [pay(card(), 15031)] });
    expect(paid.effect).toMatchObject({ due: 15031, paidNow: 15031 });
    expect(balances(paid.state.ledger).due).toBe(0);
    expect(
      shipOrder(order.state, { shipmentId: 'SH1', lines, payments: [pay(card(), 15032)] }, atDc(order)),
    ).toEqual({
      ok: false,
      code: 'PAYMENT_ABOVE_DUE',
      rule: 'R-PCK-3',
      message: expect.any(String),
      field: 'payments',
      details: { due: 15031, tendered: 15032 },
    });
  });

  it('the deposit applied is the smaller of the available deposit and the invoice', () => {
    const order = created({ payments: [pay(cash(), 30000)] });
    const lines = [{ lineId: order.line(tent.productId), quantity: 1 }];
    const outcome = ship(order, order.state, { shipmentId: 'SH1', lines });
    // 300.00 paid: 206.94 applied, 93.06 left for the rest
    expect(outcome.effect).toMatchObject({ invoiced: 20694, depositApplied: 20694, due: 0 });
    expect(balances(outcome.state.ledger)).toMatchObject({ depositAvailable: 9306, due: 0 });
  });

  it('with pay later disabled, the authorized card is captured for what the deposit does not cover (R-DEP-4)', () => {
    // 56.63 deposit in cash, a card authorized for the other 509.70.
    const order = created({ profile: cardRequired, authorizations: [{ tender: card(), amount: 50970 }] });
    const sh1 = ship(order, order.state, { shipmentId: 'SH1' });
    // 2 × 199.99 + 24.95 + 6.95 = 431.88; 431.88 − 56.63 = 375.25 captured
    expect(sh1.effect).toMatchObject({
      invoiced: 43188,
      depositApplied: 5663,
      due: 37525,
      captured: 37525,
      paidNow: 0,
    });
    expect(sh1.entries.filter((e) => e.kind === 'cardCaptured').map((e) => [e.tender.id, e.amount])).toEqual([
      ['card-1', 37525],
    ]);
    expect(balances(sh1.state.ledger)).toMatchObject({ due: 0, authorizationOpen: 13445 });

    const sh2 = ship(order, sh1.state, { shipmentId: 'SH2' }, atUtrecht(order));
    expect(sh2.effect).toMatchObject({ invoiced: 13445, captured: 13445, voided: 0 });
    expect(balances(sh2.state.ledger)).toMatchObject({ paid: 56633, due: 0, authorizationOpen: 0 });
  });
});

describe('R-PCK-5 refusals: only open units of the named shipment', () => {
  const order = created();
  const tentId = order.line(tent.productId);
  const bootsId = order.line(boots.productId);
  const tentsGone = ship(order, order.state, { shipmentId: 'SH1', lines: [{ lineId: tentId, quantity: 2 }] });
  const sh1Gone = ship(order, order.state, { shipmentId: 'SH1' });

  it.each([
    [
      'an unknown shipment',
      'UNKNOWN_SHIPMENT',
      'R-CRE-2',
      order.state,
      { shipmentId: 'SH9' },
      'shipmentId',
      undefined,
    ],
    [
      'a line of another shipment',
      'NOT_A_SHIPPING_LINE',
      'R-PCK-5',
      order.state,
      { shipmentId: 'SH1', lines: [{ lineId: bootsId, quantity: 1 }] },
      'lines[0].lineId',
      undefined,
    ],
    [
      'more units than are open',
      'QUANTITY_ABOVE_OPEN',
      'R-PCK-2',
      order.state,
      { shipmentId: 'SH1', lines: [{ lineId: tentId, quantity: 3 }] },
      'lines[0].quantity',
      { open: 2, requested: 3 },
    ],
    [
      'units that already left',
      'QUANTITY_ABOVE_OPEN',
      'R-PCK-2',
      tentsGone.state,
      { shipmentId: 'SH1', lines: [{ lineId: tentId, quantity: 1 }] },
      'lines[0].quantity',
      { open: 0, requested: 1 },
    ],
    [
      'no units',
      'QUANTITY_NOT_POSITIVE',
      'R-CRE-1',
      order.state,
      { shipmentId: 'SH1', lines: [{ lineId: tentId, quantity: 0 }] },
      'lines[0].quantity',
      undefined,
    ],
    [
      'the same line twice',
      'DUPLICATE_LINE',
      'R-PCK-2',
      order.state,
      {
        shipmentId: 'SH1',
        lines: [
          { lineId: tentId, quantity: 1 },
          { lineId: tentId, quantity: 1 },
        ],
      },
      'lines[1].lineId',
      undefined,
    ],
    // With nothing named, the open units of the shipment are shipped; when there are none, there is nothing to ship.
    [
      'a shipment that has left in full',
      'NO_LINES',
      'R-PCK-5',
      sh1Gone.state,
      { shipmentId: 'SH1' },
      'shipmentId',
      undefined,
    ],
    [
      'a shipment from another location',
      'NOT_FULFILLED_HERE',
      'R-PCK-1',
      order.state,
      { shipmentId: 'SH2' },
      'shipmentId',
      { fulfilledAt: UTRECHT },
    ],
    [
      'an invalid payment',
      'INVALID_AMOUNT',
      'R-MON-1',
      order.state,
      { shipmentId: 'SH1', payments: [pay(cash(), -5)] },
      'payments[0].amount',
      undefined,
    ],
  ] as const)('shipping %s is refused %s (%s)', (_what, code, rule, state, input, field, details) => {
    const refusal = shipOrder(state, input, atDc(order));
    expect(refusal).toMatchObject({ ok: false, code, rule, field });
    if (details) expect(refusal).toMatchObject({ details });
  });

  it('a pickup line is not shipped', () => {
    const hybrid = created({
      lines: [
        inShipment(tent, 1, 'SH1'),
        { ...boots, quantity: 1, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' } },
      ],
      // 10 % × (199.99 + 6.95 + 129.50) = 33.644 → 33.64
      payments: [pay(cash(), 3364)],
    });
    const lines: LineQuantity[] = [{ lineId: hybrid.line(boots.productId), quantity: 1 }];
    expect(shipOrder(hybrid.state, { shipmentId: 'SH1', lines }, atDc(hybrid))).toMatchObject({
      code: 'NOT_A_SHIPPING_LINE',
      rule: 'R-PCK-5',
      field: 'lines[0].lineId',
    });
  });

  it('backordered units wait for stock: only the reserved tent can be shipped (R-CRE-6)', () => {
    // The DC has one tent; the second was taken on backorder. 10 % × (2 × 199.99 + 6.95) = 40.693 → 40.69
    const short = created({
      lines: [{ ...inShipment(tent, 2, 'SH1'), backorder: true }],
      payments: [pay(cash(), 4069)],
      availability: stockOf({ [`${DC}/${tent.productId}`]: 1 }),
    });
    const tentLine = short.line(tent.productId);
    expect(shipOrder(short.state, { shipmentId: 'SH1' }, atDc(short))).toMatchObject({
      code: 'LINE_BACKORDERED',
      rule: 'R-CRE-6',
      details: { reserved: 1, requested: 2 },
    });
    const one = accepted(
      shipOrder(short.state, { shipmentId: 'SH1', lines: [{ lineId: tentLine, quantity: 1 }] }, atDc(short)),
    );
    expect(quantitiesOf(one.state, tentLine)).toMatchObject({ delivered: 1, reserved: 0 });
    expect(one.invoices[0]?.charges.map((c) => c.amount)).toEqual([695]);
  });
});

function fail(): never {
  throw new Error('line expected');
}
