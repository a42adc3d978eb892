import { describe, expect, it } from 'vitest';
import {
  type Authorization,
  balances,
  commitCheck,
  createOrder,
  type Decision,
  editOrder,
  findLine,
  lineStatus,
  type NewLine,
  normalizePickupCode,
  type OperationContext,
  type OrderState,
  type Outcome,
  orderStatus,
  type Payment,
  packLines,
  pickLines,
  pickUpOrder,
  pickupCodeFor,
  replaceLine,
  type StockAvailability,
  withQuantities,
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
  /** Contexts sharing the order's id generator, so no two invoices or entries share an id. */
  readonly at: At;
  /** Line ids by product id. */
  readonly line: (productId: string) => string;
}

function created(args: {
  lines: readonly NewLine[];
  payments?: readonly Payment[];
  authorizations?: readonly Authorization[];
  collectors?: readonly string[];
  availability?: StockAvailability;
  type?: 'customerOrder' | 'quote';
  profile?: OperationContext['profile'];
}): Created {
  const newId = sequentialIds();
  const at: At = (overrides = {}) =>
    context({ newId, ...(args.profile ? { profile: args.profile } : {}), ...overrides });
  const outcome = committed(
    createOrder(
      {
        type: args.type ?? 'customerOrder',
        customerId: 'C-3001',
        lines: args.lines,
        shipments: [shipment('SH1', 695)],
        payments: args.payments ?? [],
        authorizations: args.authorizations ?? [],
        collectors: args.collectors ?? [],
        availability: args.availability ?? plentyOfStock,
      },
      at(),
    ),
  );
  const state = outcome.state;
  return { state, at, line: lineIdIn(state) };
}

function lineIdIn(state: OrderState) {
  return (productId: string): string => {
    const line = state.order.lines.find((candidate) => candidate.productId === productId);
    if (!line) throw new Error(`no line of ${productId}`);
    return line.id;
  };
}

function lineAfter(state: OrderState, lineId: string) {
  const line = findLine(state.order, lineId);
  if (!line) throw new Error(`no line ${lineId}`);
  return line;
}

const pickup = (product: typeof boots, quantity: number, storeId = AMSTERDAM): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'pickup', storeId, date: '2026-11-30' },
});
const shipped = (product: typeof boots, quantity: number): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'ship', shipmentId: 'SH1' },
});
const carriedOut = (product: typeof boots, quantity: number): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'carryOut' },
});

/**
 * Three pairs of boots to pick up at Amsterdam, two guides to pick up at Utrecht, a tent shipped from the DC.
 * 10 % × (3 × 129.50 + 2 × 24.95 + 199.99 + 6.95 shipping) = 10 % × 645.34 = 64.534 → 64.53 deposit.
 */
function mixedOrder(): Created {
  return created({
    lines: [pickup(boots, 3), pickup(guide, 2, UTRECHT), shipped(tent, 1)],
    payments: [pay(cash(), 6453)],
  });
}

/** Three pairs of boots to pick up at Amsterdam: 3 × 129.50 = 388.50, the deposit 10 % = 38.85. */
function bootsOrder(
  extra: {
    payments?: Payment[];
    authorizations?: Authorization[];
    profile?: OperationContext['profile'];
  } = {},
): Created {
  return created({ lines: [pickup(boots, 3)], payments: [pay(cash(), 3885)], ...extra });
}

describe('R-PCK-1 picking and packing', () => {
  it('marks units of a pickup line picked, then packed, at its store; nothing is invoiced, paid or moved', () => {
    const order = mixedOrder();
    const bootsId = order.line(boots.productId);
    const picked = committed(
      pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
    );
    expect(lineAfter(picked.state, bootsId).quantities).toMatchObject({ ordered: 3, picked: 2, packed: 0 });
    expect(lineStatus(lineAfter(picked.state, bootsId))).toBe('picked');
    expect(orderStatus(picked.state.order)).toBe('processing');
    expect(picked).toMatchObject({ entries: [], invoices: [], stock: [], blockers: [], approvals: [] });
    expect(picked.effect).toMatchObject({ invoiced: 0, due: 0, paidNow: 0, refund: 0 });

    const packed = committed(
      packLines(picked.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
    );
    expect(lineAfter(packed.state, bootsId).quantities).toMatchObject({ picked: 2, packed: 2, delivered: 0 });
    expect(lineStatus(lineAfter(packed.state, bootsId))).toBe('packed');
    expect(orderStatus(packed.state.order)).toBe('processing');
    expect(packed.entries).toEqual([]);
    expect(packed.state.order.version).toBe(order.state.order.version + 2);
  });

  it('a ship line is picked and packed at the warehouse that ships it; a Utrecht pickup line at Utrecht', () => {
    const order = mixedOrder();
    const atDc = order.at({ locationId: DC });
    const tentPicked = committed(
      pickLines(order.state, { lines: [{ lineId: order.line(tent.productId), quantity: 1 }] }, atDc),
    );
    const tentPacked = committed(
      packLines(tentPicked.state, { lines: [{ lineId: order.line(tent.productId), quantity: 1 }] }, atDc),
    );
    expect(lineStatus(lineAfter(tentPacked.state, order.line(tent.productId)))).toBe('packed');
    const guides = committed(
      pickLines(
        tentPacked.state,
        { lines: [{ lineId: order.line(guide.productId), quantity: 2 }] },
        order.at({ locationId: UTRECHT }),
      ),
    );
    expect(lineAfter(guides.state, order.line(guide.productId)).quantities.picked).toBe(2);
  });

  it('two associates cannot pick the same units: the second is told how many are left', () => {
    const order = mixedOrder();
    const bootsId = order.line(boots.productId);
    const first = committed(
      pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
    );
    // The second associate works from the saved order (an older version is a conflict, R-EDT-4).
    expect(pickLines(first.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at())).toEqual({
      ok: false,
      code: 'QUANTITY_ABOVE_UNPICKED',
      rule: 'R-PCK-1',
      message: expect.stringContaining('1 left to pick'),
      field: 'lines[0].quantity',
      details: { unpicked: 1, requested: 2 },
    });
    const rest = committed(pickLines(first.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()));
    expect(pickLines(rest.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at())).toMatchObject({
      code: 'QUANTITY_ABOVE_UNPICKED',
      details: { unpicked: 0, requested: 1 },
    });
  });

  describe('refusals', () => {
    const order = mixedOrder();
    const bootsId = order.line(boots.productId);
    const pickedOne = committed(
      pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
    );
    const packedOne = committed(
      packLines(pickedOne.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
    );

    // [what, the attempt, code, rule, field, details]
    const cases: [string, string, string, () => Decision<Outcome>, string | undefined, object | undefined][] =
      [
        [
          'packing more than was picked',
          'QUANTITY_ABOVE_PICKED',
          'R-PCK-1',
          () => packLines(pickedOne.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
          'lines[0].quantity',
          { unpacked: 1, requested: 2 },
        ],
        [
          'packing units already packed',
          'QUANTITY_ABOVE_PICKED',
          'R-PCK-1',
          () => packLines(packedOne.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
          'lines[0].quantity',
          { unpacked: 0, requested: 1 },
        ],
        [
          'packing what nobody picked',
          'QUANTITY_ABOVE_PICKED',
          'R-PCK-1',
          () =>
            packLines(
              pickedOne.state,
              { lines: [{ lineId: order.line(tent.productId), quantity: 1 }] },
              order.at({ locationId: DC }),
            ),
          'lines[0].quantity',
          { unpacked: 0, requested: 1 },
        ],
        [
          'picking at Amsterdam a line to be picked up at Utrecht',
          'NOT_FULFILLED_HERE',
          'R-PCK-1',
          () =>
            pickLines(
              order.state,
              { lines: [{ lineId: order.line(guide.productId), quantity: 1 }] },
              order.at(),
            ),
          'lines[0].lineId',
          { locationId: AMSTERDAM, fulfilledAt: UTRECHT },
        ],
        [
          'picking at Amsterdam a line the DC ships',
          'NOT_FULFILLED_HERE',
          'R-PCK-1',
          () =>
            pickLines(
              order.state,
              { lines: [{ lineId: order.line(tent.productId), quantity: 1 }] },
              order.at(),
            ),
          'lines[0].lineId',
          { locationId: AMSTERDAM, fulfilledAt: DC },
        ],
        [
          'packing at Utrecht what Amsterdam picked',
          'NOT_FULFILLED_HERE',
          'R-PCK-1',
          () =>
            packLines(
              pickedOne.state,
              { lines: [{ lineId: bootsId, quantity: 1 }] },
              order.at({ locationId: UTRECHT }),
            ),
          'lines[0].lineId',
          { locationId: UTRECHT, fulfilledAt: AMSTERDAM },
        ],
        [
          'picking more than the line has',
          'QUANTITY_ABOVE_UNPICKED',
          'R-PCK-1',
          () => pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 4 }] }, order.at()),
          'lines[0].quantity',
          { unpicked: 3, requested: 4 },
        ],
        [
          'picking no units',
          'QUANTITY_NOT_POSITIVE',
          'R-CRE-1',
          () => pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 0 }] }, order.at()),
          'lines[0].quantity',
          undefined,
        ],
        [
          'picking half a unit',
          'QUANTITY_NOT_POSITIVE',
          'R-CRE-1',
          () => pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 0.5 }] }, order.at()),
          'lines[0].quantity',
          undefined,
        ],
        [
          'picking a line twice in one go',
          'DUPLICATE_LINE',
          'R-PCK-2',
          () =>
            pickLines(
              order.state,
              {
                lines: [
                  { lineId: bootsId, quantity: 1 },
                  { lineId: bootsId, quantity: 1 },
                ],
              },
              order.at(),
            ),
          'lines[1].lineId',
          undefined,
        ],
        [
          'picking a line of another order',
          'UNKNOWN_LINE',
          'R-EDT-1',
          () => pickLines(order.state, { lines: [{ lineId: 'elsewhere', quantity: 1 }] }, order.at()),
          'lines[0].lineId',
          undefined,
        ],
        [
          'picking nothing',
          'NO_LINES',
          'R-CRE-1',
          () => pickLines(order.state, { lines: [] }, order.at()),
          'lines',
          undefined,
        ],
      ];

    it.each(cases)('%s is refused %s (%s)', (_what, code, rule, attempt, field, details) => {
      const refusal = attempt();
      expect(refusal).toMatchObject({ ok: false, code, rule });
      if (field) expect(refusal).toMatchObject({ field });
      if (details) expect(refusal).toMatchObject({ details });
    });

    it('a carried-out line is not picked: it left the store at the sale', () => {
      const hybrid = created({
        lines: [carriedOut(guide, 1), pickup(boots, 1)],
        // 24.95 carried out + 10 % of 129.50 = 12.95 deposit
        payments: [pay(cash(), 2495 + 1295)],
      });
      expect(
        pickLines(
          hybrid.state,
          { lines: [{ lineId: hybrid.line(guide.productId), quantity: 1 }] },
          hybrid.at(),
        ),
      ).toMatchObject({
        code: 'NOT_FULFILLED_HERE',
        rule: 'R-PCK-1',
        details: { locationId: AMSTERDAM, fulfilledAt: AMSTERDAM },
      });
    });
  });

  it('a cancelled line is refused LINE_CANCELLED by picking and by pickup (a guard behind the order process)', () => {
    // Lines are only cancelled with their whole order, after which the order process refuses picking
    // first (OPERATION_NOT_ALLOWED). The line guard is the second line of defence, so it is exercised
    // on an order whose other line is still open.
    const order = mixedOrder();
    const bootsLine = lineAfter(order.state, order.line(boots.productId));
    const state: OrderState = {
      ...order.state,
      order: replaceLine(order.state.order, withQuantities(bootsLine, { cancelled: 3, reserved: 0 })),
    };
    expect(orderStatus(state.order)).toBe('open');
    const lines = [{ lineId: bootsLine.id, quantity: 1 }];
    expect(pickLines(state, { lines }, order.at())).toMatchObject({
      code: 'LINE_CANCELLED',
      rule: 'R-PCK-1',
      field: 'lines[0].quantity',
    });
    expect(pickUpOrder(state, { lines }, order.at())).toMatchObject({
      code: 'LINE_CANCELLED',
      rule: 'R-PCK-1',
    });
  });
});

describe('R-PCK-1, R-CRE-6 backordered units cannot be picked or picked up', () => {
  // Amsterdam has one pair; the associate took the other two on backorder.
  const order = created({
    lines: [{ ...pickup(boots, 3), backorder: true }],
    payments: [pay(cash(), 3885)],
    availability: stockOf({ [`${AMSTERDAM}/${boots.productId}`]: 1 }),
  });
  const bootsId = order.line(boots.productId);

  it('reserves what there is', () => {
    expect(lineAfter(order.state, bootsId).quantities).toMatchObject({ ordered: 3, reserved: 1 });
  });

  it.each([
    [
      'picking two with one reserved',
      () => pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
      1,
      2,
    ],
    [
      'picking a second unit after the reserved one was picked',
      () => {
        const first = committed(
          pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
        );
        return pickLines(first.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at());
      },
      1,
      2,
    ],
    [
      'picking up two with one reserved',
      () => pickUpOrder(order.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
      1,
      2,
    ],
    [
      'picking up again after the reserved unit left',
      () => {
        // 129.50 − 38.85 deposit = 90.65 paid now
        const first = committed(
          pickUpOrder(
            order.state,
            { lines: [{ lineId: bootsId, quantity: 1 }], payments: [pay(cash(), 9065)] },
            order.at(),
          ),
        );
        return pickUpOrder(first.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at());
      },
      0,
      1,
    ],
  ] as const)('%s is refused LINE_BACKORDERED', (_what, attempt, reserved, requested) => {
    expect(attempt()).toMatchObject({
      ok: false,
      code: 'LINE_BACKORDERED',
      rule: 'R-CRE-6',
      field: 'lines[0].quantity',
      details: { reserved, requested },
    });
  });

  it('the reserved unit can be picked and picked up', () => {
    const picked = committed(
      pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
    );
    const collected = committed(
      pickUpOrder(
        picked.state,
        { lines: [{ lineId: bootsId, quantity: 1 }], payments: [pay(cash(), 9065)] },
        order.at(),
      ),
    );
    expect(lineAfter(collected.state, bootsId).quantities).toMatchObject({
      delivered: 1,
      reserved: 0,
      picked: 1,
    });
  });
});

describe('R-PCK-2 picking up: only this store’s pickup lines, a quantity from 1 to what is open', () => {
  const order = mixedOrder();
  const bootsId = order.line(boots.productId);

  it.each([
    [
      'a line to be shipped',
      'NOT_A_PICKUP_LINE',
      'R-PCK-2',
      [{ lineId: order.line(tent.productId), quantity: 1 }],
      'lines[0].lineId',
      undefined,
    ],
    [
      'a line to be picked up at Utrecht',
      'NOT_FULFILLED_HERE',
      'R-PCK-1',
      [{ lineId: order.line(guide.productId), quantity: 1 }],
      'lines[0].lineId',
      { locationId: AMSTERDAM, fulfilledAt: UTRECHT },
    ],
    [
      'no units',
      'QUANTITY_NOT_POSITIVE',
      'R-CRE-1',
      [{ lineId: bootsId, quantity: 0 }],
      'lines[0].quantity',
      undefined,
    ],
    [
      'a negative quantity',
      'QUANTITY_NOT_POSITIVE',
      'R-CRE-1',
      [{ lineId: bootsId, quantity: -1 }],
      'lines[0].quantity',
      undefined,
    ],
    [
      'a fraction of a unit',
      'QUANTITY_NOT_POSITIVE',
      'R-CRE-1',
      [{ lineId: bootsId, quantity: 1.5 }],
      'lines[0].quantity',
      undefined,
    ],
    [
      'more than is open',
      'QUANTITY_ABOVE_OPEN',
      'R-PCK-2',
      [{ lineId: bootsId, quantity: 4 }],
      'lines[0].quantity',
      { open: 3, requested: 4 },
    ],
    [
      'the same line twice',
      'DUPLICATE_LINE',
      'R-PCK-2',
      [
        { lineId: bootsId, quantity: 1 },
        { lineId: bootsId, quantity: 1 },
      ],
      'lines[1].lineId',
      undefined,
    ],
    [
      'a line that is not on the order',
      'UNKNOWN_LINE',
      'R-EDT-1',
      [{ lineId: 'nope', quantity: 1 }],
      'lines[0].lineId',
      undefined,
    ],
    ['no line at all', 'NO_LINES', 'R-CRE-1', [], 'lines', undefined],
  ] as const)('picking up %s is refused %s (%s)', (_what, code, rule, lines, field, details) => {
    const refusal = pickUpOrder(order.state, { lines, payments: [pay(cash('cash-2'), 100)] }, order.at());
    expect(refusal).toMatchObject({ ok: false, code, rule, field });
    if (details) expect(refusal).toMatchObject({ details });
  });

  it('the Utrecht line is picked up at Utrecht, invoiced there, out of Utrecht’s stock', () => {
    // 2 × 24.95 = 49.90, all of it paid by the 64.53 deposit
    const atUtrecht = committed(
      pickUpOrder(
        order.state,
        { lines: [{ lineId: order.line(guide.productId), quantity: 2 }] },
        order.at({ locationId: UTRECHT }),
      ),
    );
    expect(atUtrecht.effect).toMatchObject({ invoiced: 4990, depositApplied: 4990, due: 0, paidNow: 0 });
    expect(atUtrecht.invoices[0]?.locationId).toBe(UTRECHT);
    expect(atUtrecht.stock).toEqual([
      { kind: 'deliver', locationId: UTRECHT, productId: guide.productId, quantity: 2 },
    ]);
  });

  it('partial pickups happen several times until nothing is open', () => {
    // First: 129.50 − 64.53 deposit = 64.97 to pay; then 129.50 each time, the deposit being used up.
    const dues = [6497, 12950, 12950];
    let state = order.state;
    const lineStatuses: string[] = [];
    const invoiceTotals: number[] = [];
    for (const due of dues) {
      const outcome = committed(
        pickUpOrder(
          state,
          { lines: [{ lineId: bootsId, quantity: 1 }], payments: [pay(cash('cash-2'), due)] },
          order.at(),
        ),
      );
      expect(outcome.effect).toMatchObject({ invoiced: 12950, due, paidNow: due });
      state = outcome.state;
      lineStatuses.push(lineStatus(lineAfter(state, bootsId)));
      invoiceTotals.push(outcome.invoices[0]?.total ?? 0);
      // The guides and the tent are still open.
      expect(orderStatus(state.order)).toBe('partiallyDelivered');
    }
    expect(lineStatuses).toEqual(['partiallyDelivered', 'partiallyDelivered', 'delivered']);
    expect(invoiceTotals).toEqual([12950, 12950, 12950]);
    expect(state.invoices.filter((invoice) => invoice.kind === 'pickup')).toHaveLength(3);
    expect(pickUpOrder(state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at())).toMatchObject({
      code: 'QUANTITY_ABOVE_OPEN',
      details: { open: 0, requested: 1 },
    });
  });
});

describe('R-PCK-3 due at pickup = value − deposit applied; cards are captured, the rest is paid now', () => {
  it('applies the deposit, and the rest must be paid before the pickup can commit', () => {
    const order = bootsOrder();
    const lines = [{ lineId: order.line(boots.productId), quantity: 1 }];
    // 129.50 − 38.85 deposit = 90.65 due
    const unpaid = accepted(pickUpOrder(order.state, { lines }, order.at()));
    expect(unpaid.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 3885,
      due: 9065,
      captured: 0,
      paidNow: 0,
      toCollect: 9065,
    });
    expect(unpaid.blockers).toEqual([
      {
        ok: false,
        code: 'PAYMENT_REQUIRED',
        rule: 'R-PCK-3',
        message: expect.any(String),
        field: 'payments',
        details: { due: 9065 },
      },
    ]);
    expect(commitCheck(unpaid, new Set(['pickUp']))).toMatchObject({
      code: 'PAYMENT_REQUIRED',
      details: { due: 9065 },
    });

    const paid = accepted(
      pickUpOrder(order.state, { lines, payments: [pay(cash('cash-2'), 9065)] }, order.at()),
    );
    expect(commitCheck(paid, new Set(['pickUp']))).toBeUndefined();
    expect(paid.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 3885,
      due: 9065,
      paidNow: 9065,
      toCollect: 0,
    });
    expect(paid.entries.map((e) => [e.kind, e.amount, 'tender' in e ? e.tender.id : undefined])).toEqual([
      ['invoiced', 12950, undefined],
      ['depositApplied', 3885, 'cash-1'],
      ['balancePaid', 9065, 'cash-2'],
    ]);
    expect(balances(paid.state.ledger)).toMatchObject({
      depositAvailable: 0,
      due: 0,
      receivable: 12950,
      settled: 12950,
    });
  });

  it('the rest may be paid with several tenders, but not more than is due', () => {
    const order = bootsOrder();
    const lines = [{ lineId: order.line(boots.productId), quantity: 1 }];
    const split = committed(
      pickUpOrder(
        order.state,
        { lines, payments: [pay(cash('cash-2'), 5000), pay(card('card-2'), 4065)] },
        order.at(),
      ),
    );
    expect(split.effect.paidNow).toBe(9065);
    expect(pickUpOrder(order.state, { lines, payments: [pay(cash('cash-2'), 9066)] }, order.at())).toEqual({
      ok: false,
      code: 'PAYMENT_ABOVE_DUE',
      rule: 'R-PCK-3',
      message: expect.any(String),
      field: 'payments',
      details: { due: 9065, tendered: 9066 },
    });
    expect(pickUpOrder(order.state, { lines, payments: [pay(cash('cash-2'), 0)] }, order.at())).toMatchObject(
      { code: 'INVALID_AMOUNT', field: 'payments[0].amount' },
    );
  });

  it('deposit applied is the smaller of the available deposit and the value; due 0 completes without tender', () => {
    // 200.00 paid on 388.50 of boots: the first pair takes 129.50 of it, 70.50 stays available.
    const order = bootsOrder({ payments: [pay(cash(), 20000)] });
    const bootsId = order.line(boots.productId);
    const first = accepted(
      pickUpOrder(order.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
    );
    expect(first.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 12950,
      due: 0,
      paidNow: 0,
      toCollect: 0,
    });
    expect(first.blockers).toEqual([]);
    expect(commitCheck(first, new Set(['pickUp']))).toBeUndefined();
    expect(first.entries.map((e) => e.kind)).toEqual(['invoiced', 'depositApplied']);
    expect(balances(first.state.ledger).depositAvailable).toBe(7050);
    expect(
      pickUpOrder(
        order.state,
        { lines: [{ lineId: bootsId, quantity: 1 }], payments: [pay(cash('cash-2'), 1)] },
        order.at(),
      ),
    ).toMatchObject({ code: 'PAYMENT_ABOVE_DUE', details: { due: 0, tendered: 1 } });

    // The second pair: 70.50 left of the deposit, 59.00 to pay.
    const second = accepted(
      pickUpOrder(first.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
    );
    expect(second.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 7050,
      due: 5900,
      toCollect: 5900,
    });
  });

  it('the deposit is applied oldest tender first, each kept with its tender (R-DEP-5)', () => {
    const order = bootsOrder({ payments: [pay(cash(), 10000), pay(card(), 10000)] });
    const outcome = committed(
      pickUpOrder(order.state, { lines: [{ lineId: order.line(boots.productId), quantity: 1 }] }, order.at()),
    );
    expect(
      outcome.entries.filter((e) => e.kind === 'depositApplied').map((e) => [e.tender.id, e.amount]),
    ).toEqual([
      ['cash-1', 10000],
      ['card-1', 2950],
    ]);
    expect(balances(outcome.state.ledger).perTender.map((t) => [t.tender.id, t.depositAvailable])).toEqual([
      ['cash-1', 0],
      ['card-1', 7050],
    ]);
  });

  it('with pay later disabled, the authorized card is captured for the due at each pickup (R-DEP-4)', () => {
    // 38.85 deposit in cash and a card authorized for the other 349.65.
    const order = bootsOrder({
      profile: cardRequired,
      authorizations: [{ tender: card(), amount: 34965 }],
    });
    const bootsId = order.line(boots.productId);
    const first = committed(
      pickUpOrder(order.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
      new Set(['pickUp']),
    );
    // 129.50 − 38.85 = 90.65 captured
    expect(first.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 3885,
      due: 9065,
      captured: 9065,
      paidNow: 0,
    });
    expect(balances(first.state.ledger).authorizationOpen).toBe(25900);

    const rest = committed(
      pickUpOrder(first.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
      new Set(['pickUp']),
    );
    expect(rest.effect).toMatchObject({
      invoiced: 25900,
      depositApplied: 0,
      due: 25900,
      captured: 25900,
      voided: 0,
    });
    expect(orderStatus(rest.state.order)).toBe('delivered');
    expect(balances(rest.state.ledger)).toMatchObject({ authorizationOpen: 0, paid: 38850, due: 0 });
  });

  it('a card authorized for less than the due is captured in full and the rest is paid now', () => {
    const order = bootsOrder({ authorizations: [{ tender: card(), amount: 5000 }] });
    const lines = [{ lineId: order.line(boots.productId), quantity: 1 }];
    // 129.50 − 38.85 deposit − 50.00 captured = 40.65 to pay
    const short = accepted(pickUpOrder(order.state, { lines }, order.at()));
    expect(short.effect).toMatchObject({ depositApplied: 3885, captured: 5000, toCollect: 4065 });
    expect(commitCheck(short, new Set(['pickUp']))).toMatchObject({
      code: 'PAYMENT_REQUIRED',
      details: { due: 4065 },
    });
    const paid = committed(
      pickUpOrder(order.state, { lines, payments: [pay(cash('cash-2'), 4065)] }, order.at()),
    );
    expect(paid.effect).toMatchObject({ captured: 5000, paidNow: 4065, toCollect: 0 });
  });
});

describe('R-PCK-4 each pickup invoices what was picked up; the lines become delivered and invoiced', () => {
  it('invoices two pairs of boots with their VAT, delivers them out of the store’s reservation', () => {
    const order = mixedOrder();
    const bootsId = order.line(boots.productId);
    // 2 × 129.50 = 259.00; 64.53 deposit applied, 194.47 paid now
    const outcome = committed(
      pickUpOrder(
        order.state,
        { lines: [{ lineId: bootsId, quantity: 2 }], payments: [pay(cash('cash-2'), 19447)] },
        order.at(),
      ),
    );
    const [invoice] = outcome.invoices;
    expect(outcome.invoices).toHaveLength(1);
    expect(invoice).toEqual({
      id: expect.any(String),
      orderId: order.state.order.id,
      kind: 'pickup',
      issuedAt: '2026-11-27T10:00:00.000Z',
      locationId: AMSTERDAM,
      lines: [
        {
          lineId: bootsId,
          productId: boots.productId,
          description: boots.description,
          quantity: 2,
          unitPrice: 12950,
          vatRate: 21,
          amount: 25900,
        },
      ],
      charges: [],
      total: 25900,
      // 259.00 × 21 / 121 = 44.9504 → 44.95
      vat: [{ rate: 21, gross: 25900, vat: 4495, net: 21405 }],
      collectedBy: 'customer',
    });
    expect(outcome.state.invoices.at(-1)).toEqual(invoice);
    expect(lineAfter(outcome.state, bootsId).quantities).toEqual({
      ordered: 3,
      picked: 2,
      packed: 2,
      delivered: 2,
      invoiced: 2,
      cancelled: 0,
      returned: 0,
      reserved: 1,
    });
    expect(outcome.entries[0]).toMatchObject({ kind: 'invoiced', invoiceId: invoice?.id, amount: 25900 });
    expect(outcome.stock).toEqual([
      { kind: 'deliver', locationId: AMSTERDAM, productId: boots.productId, quantity: 2 },
    ]);
  });

  it('several lines picked up together share one invoice with VAT per rate', () => {
    // 129.50 + 2 × 24.95 = 179.40; deposit 10 % = 17.94, so 161.46 is paid now.
    const order = created({ lines: [pickup(boots, 1), pickup(guide, 2)], payments: [pay(cash(), 1794)] });
    const outcome = committed(
      pickUpOrder(
        order.state,
        {
          lines: [
            { lineId: order.line(boots.productId), quantity: 1 },
            { lineId: order.line(guide.productId), quantity: 2 },
          ],
          payments: [pay(card(), 16146)],
        },
        order.at(),
      ),
    );
    expect(outcome.invoices[0]).toMatchObject({
      total: 17940,
      // 49.90 × 9 / 109 = 4.1202 → 4.12; 129.50 × 21 / 121 = 22.4752 → 22.48
      vat: [
        { rate: 9, gross: 4990, vat: 412, net: 4578 },
        { rate: 21, gross: 12950, vat: 2248, net: 10702 },
      ],
    });
    expect(outcome.stock).toEqual([
      { kind: 'deliver', locationId: AMSTERDAM, productId: boots.productId, quantity: 1 },
      { kind: 'deliver', locationId: AMSTERDAM, productId: guide.productId, quantity: 2 },
    ]);
    expect(outcome.state.order.lines.map(lineStatus)).toEqual(['delivered', 'delivered']);
    expect(orderStatus(outcome.state.order)).toBe('delivered');
  });

  it('units picked and packed earlier keep their counts when they are picked up', () => {
    const order = bootsOrder();
    const bootsId = order.line(boots.productId);
    const picked = committed(
      pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 3 }] }, order.at()),
    );
    const packed = committed(
      packLines(picked.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
    );
    const collected = committed(
      pickUpOrder(
        packed.state,
        { lines: [{ lineId: bootsId, quantity: 1 }], payments: [pay(cash('cash-2'), 9065)] },
        order.at(),
      ),
    );
    expect(lineAfter(collected.state, bootsId).quantities).toMatchObject({
      picked: 3,
      packed: 2,
      delivered: 1,
      invoiced: 1,
    });
  });
});

describe('R-PCK-6 someone else may collect; the pickup code finds the order', () => {
  const order = created({
    lines: [pickup(boots, 1)],
    payments: [pay(cash(), 12950)],
    collectors: ['Bram de Vries'],
  });
  const lines = [{ lineId: order.line(boots.productId), quantity: 1 }];

  it.each([
    ['nobody named', 'customer', undefined],
    ['a blank name', 'customer', '  '],
    ['a named collector', 'Bram de Vries', 'Bram de Vries'],
    ['a named collector typed with spaces around', 'Bram de Vries', '  Bram de Vries '],
  ] as const)('%s: collected by %s', (_what, recorded, collectedBy) => {
    const outcome = committed(
      pickUpOrder(order.state, { lines, ...(collectedBy !== undefined ? { collectedBy } : {}) }, order.at()),
    );
    expect(outcome.collectedBy).toBe(recorded);
    // The pickup invoice carries it, so the receipt can show who collected.
    expect(outcome.invoices[0]?.collectedBy).toBe(recorded);
  });

  it('someone not named on the order is refused', () => {
    expect(pickUpOrder(order.state, { lines, collectedBy: 'Piet Jansen' }, order.at())).toEqual({
      ok: false,
      code: 'COLLECTOR_NOT_AUTHORIZED',
      rule: 'R-PCK-6',
      message: expect.stringContaining('Piet Jansen'),
      field: 'collectedBy',
      details: { collectors: 'Bram de Vries' },
    });
  });

  it('a collector named later by an edit may collect', () => {
    const edited = committed(
      editOrder(
        order.state,
        {
          changes: [{ kind: 'setCollectors', collectors: ['Bram de Vries', ' Piet Jansen '] }],
          availability: plentyOfStock,
        },
        order.at(),
      ),
    );
    expect(edited.state.order.collectors).toEqual(['Bram de Vries', 'Piet Jansen']);
    expect(
      committed(pickUpOrder(edited.state, { lines, collectedBy: 'Piet Jansen' }, order.at())).collectedBy,
    ).toBe('Piet Jansen');
  });

  const CROCKFORD_CODE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

  it.each([
    ['a pickup line', true, [pickup(boots, 1)], 'customerOrder', 1295],
    ['a pickup line at another store', true, [pickup(boots, 1, UTRECHT)], 'customerOrder', 1295],
    [
      'a carry-out and a pickup line',
      true,
      [carriedOut(guide, 1), pickup(boots, 1)],
      'customerOrder',
      2495 + 1295,
    ],
    ['a quote with a pickup line', true, [pickup(boots, 1)], 'quote', 0],
    ['only a ship line', false, [shipped(tent, 1)], 'customerOrder', 2069],
    ['only carry-out lines', false, [carriedOut(guide, 1)], 'customerOrder', 2495],
  ] as const)('an order with %s has a pickup code: %s', (_what, hasCode, lines, type, paid) => {
    const order = created({ lines, type, payments: paid > 0 ? [pay(cash(), paid)] : [] });
    if (hasCode) {
      expect(order.state.order.pickupCode).toMatch(CROCKFORD_CODE);
      expect(order.state.order.pickupCode).toBe(pickupCodeFor(order.state.order.id));
    } else {
      expect(order.state.order.pickupCode).toBeUndefined();
    }
  });

  it.each([
    ['adds a pickup line', (_lineId: string) => [{ kind: 'addLine' as const, line: pickup(boots, 1) }]],
    [
      'turns a ship line into a pickup line',
      (lineId: string) => [
        {
          kind: 'changeDelivery' as const,
          lineIds: [lineId],
          delivery: { kind: 'pickup' as const, storeId: AMSTERDAM, date: '2026-11-30' },
        },
      ],
    ],
  ])('an order without pickup lines gets its pickup code when an edit %s', (_what, changes) => {
    // A tent shipped with €6.95: 10 % × 206.94 = 20.694 → 20.69 deposit.
    const order = created({ lines: [shipped(tent, 1)], payments: [pay(cash(), 2069)] });
    expect(order.state.order.pickupCode).toBeUndefined();
    const edited = accepted(
      editOrder(
        order.state,
        { changes: changes(order.line(tent.productId)), availability: plentyOfStock },
        order.at(),
      ),
    );
    expect(edited.state.order.pickupCode).toBe(pickupCodeFor(order.state.order.id));
  });

  it('the code is derived from the order id alone, so every tier computes the same one', () => {
    expect(pickupCodeFor('id-1')).toBe(pickupCodeFor('id-1'));
    const again = created({
      lines: [pickup(boots, 1)],
      payments: [pay(cash(), 12950)],
      collectors: ['Bram de Vries'],
    });
    expect(again.state.order.id).toBe(order.state.order.id);
    expect(again.state.order.pickupCode).toBe(order.state.order.pickupCode);
    const codes = new Set(['o-1', 'o-2', 'o-3', 'S01-000042', 'S02-000042'].map(pickupCodeFor));
    expect(codes.size).toBe(5);
  });
});

describe('R-PCK-6 a pickup code typed at the counter finds its order', () => {
  it.each([
    ['as printed', (code: string) => code],
    ['in lower case without the hyphen', (code: string) => code.replace('-', '').toLowerCase()],
    ['with spaces', (code: string) => code.replace('-', ' ')],
  ])('R-PCK-6 %s', (_how, type) => {
    const code = pickupCodeFor('order-42');
    expect(normalizePickupCode(type(code))).toBe(code);
  });

  it('R-PCK-6 letters read as digits the way Crockford base32 does, and a non-code stays as typed', () => {
    expect(normalizePickupCode('o0ilL-00000')).toBe('00111-00000');
    expect(normalizePickupCode('SO-000123')).toBe('SO-000123');
  });
});
