import { describe, expect, it } from 'vitest';
import {
  balances,
  cancelOrder,
  commitCheck,
  createOrder,
  editOrder,
  findLine,
  type LineQuantity,
  type NewLine,
  type NewShipment,
  type OperationContext,
  type OrderState,
  orderStatus,
  type Payment,
  pickUpOrder,
  type ReturnOrderInput,
  returnOrder,
  shipOrder,
} from '../src/index.ts';
import {
  AMSTERDAM,
  accepted,
  boots,
  card,
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
  tent,
  UTRECHT,
} from './fixtures.ts';

type At = (overrides?: Partial<OperationContext> & { at?: string }) => OperationContext;

interface Order {
  readonly state: OrderState;
  readonly at: At;
  readonly line: (productId: string) => string;
}

function created(
  lines: readonly NewLine[],
  shipments: readonly NewShipment[],
  payments: readonly Payment[],
): Order {
  const newId = sequentialIds();
  const at: At = (overrides = {}) => context({ newId, ...overrides });
  const outcome = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-6001',
        lines,
        shipments,
        payments,
        availability: plentyOfStock,
      },
      at(),
    ),
  );
  return withState({ state: outcome.state, at, line: () => '' }, outcome.state);
}

function withState(order: Order, state: OrderState): Order {
  return {
    state,
    at: order.at,
    line: (productId) => {
      const line = state.order.lines.find((candidate) => candidate.productId === productId);
      if (!line) throw new Error(`no line of ${productId}`);
      return line.id;
    },
  };
}

const shipped = (product: typeof boots, quantity: number, shipmentId = 'SH1'): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'ship', shipmentId },
});
const pickup = (product: typeof boots, quantity: number): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' },
});

/** A week later at a store (Amsterdam unless told), optionally with other Commerce parameters. */
function atStore(
  order: Order,
  overrides: Partial<OperationContext['parameters']> = {},
  locationId = AMSTERDAM,
): OperationContext {
  return order.at({ at: '2026-12-05T12:00:00Z', locationId, parameters: { ...parameters, ...overrides } });
}

/**
 * SH1 from the DC: a tent and three guides, €10.00 shipping; two pairs of boots to pick up at Amsterdam.
 * Total 199.99 + 3 × 24.95 + 10.00 + 2 × 129.50 = 543.84; deposit 10 % = 54.384 → 54.38 in cash.
 * Three invoices, each paid differently:
 * - I1, the shipment: 199.99 + 74.85 + 10.00 = 284.84 = 54.38 deposit (cash-1) + 230.46 by card-1;
 * - I2, the first pair: 129.50 by card-2;
 * - I3, the second pair: 129.50 in cash (cash-2).
 */
function delivered() {
  const order = created(
    [shipped(tent, 1), shipped(guide, 3), pickup(boots, 2)],
    [shipment('SH1', 1000)],
    [pay(cash('cash-1'), 5438)],
  );
  const bootsLine = [{ lineId: order.line(boots.productId), quantity: 1 }];
  const i1 = committed(
    shipOrder(
      order.state,
      { shipmentId: 'SH1', payments: [pay(card('card-1'), 23046)] },
      order.at({ locationId: DC, at: '2026-12-01T08:00:00Z' }),
    ),
  );
  const i2 = committed(
    pickUpOrder(i1.state, { lines: bootsLine, payments: [pay(card('card-2'), 12950)] }, order.at()),
  );
  const i3 = committed(
    pickUpOrder(i2.state, { lines: bootsLine, payments: [pay(cash('cash-2'), 12950)] }, order.at()),
  );
  const invoiceIds = [i1, i2, i3].map((outcome) => outcome.invoices[0]?.id ?? '');
  return { ...withState(order, i3.state), invoiceIds: invoiceIds as [string, string, string] };
}

/** The delivered order's line ids by what they hold. */
function lineIds(order: Order) {
  return {
    tent: order.line(tent.productId),
    guide: order.line(guide.productId),
    boots: order.line(boots.productId),
  };
}

function giveBack(
  order: Order,
  state: OrderState,
  invoiceId: string,
  lines: readonly LineQuantity[],
  extra: Partial<ReturnOrderInput> = {},
  ctx = atStore(order),
) {
  return returnOrder(state, { invoiceId, lines, reason: 'changed mind', ...extra }, ctx);
}

describe('R-RET-1 at most what was invoiced minus what was returned, per invoice, with a reason', () => {
  const order = delivered();
  const [i1, i2] = order.invoiceIds;
  const line = lineIds(order);

  it('the order is delivered on three invoices', () => {
    expect(orderStatus(order.state.order)).toBe('delivered');
    expect(order.state.invoices.map((invoice) => [invoice.kind, invoice.total])).toEqual([
      ['shipment', 28484],
      ['pickup', 12950],
      ['pickup', 12950],
    ]);
  });

  it.each([
    ['an unknown invoice', 'UNKNOWN_INVOICE', 'R-RET-1', { invoiceId: 'nope' }, 'invoiceId', undefined],
    ['an empty reason', 'RETURN_REASON_REQUIRED', 'R-RET-1', { reason: '' }, 'reason', undefined],
    ['a blank reason', 'RETURN_REASON_REQUIRED', 'R-RET-1', { reason: '   ' }, 'reason', undefined],
    [
      'two pairs of boots from an invoice of one',
      'RETURN_ABOVE_INVOICED',
      'R-RET-1',
      { invoiceId: i2, lines: [{ lineId: line.boots, quantity: 2 }] },
      'lines[0].quantity',
      { returnable: 1, requested: 2 },
    ],
    [
      'a tent from an invoice of boots',
      'RETURN_ABOVE_INVOICED',
      'R-RET-1',
      { invoiceId: i2, lines: [{ lineId: line.tent, quantity: 1 }] },
      'lines[0].quantity',
      { returnable: 0, requested: 1 },
    ],
    [
      'four guides of three',
      'RETURN_ABOVE_INVOICED',
      'R-RET-1',
      { lines: [{ lineId: line.guide, quantity: 4 }] },
      'lines[0].quantity',
      { returnable: 3, requested: 4 },
    ],
    [
      'no units',
      'QUANTITY_NOT_POSITIVE',
      'R-CRE-1',
      { lines: [{ lineId: line.guide, quantity: 0 }] },
      'lines[0].quantity',
      undefined,
    ],
    [
      'a line twice',
      'DUPLICATE_LINE',
      'R-PCK-2',
      {
        lines: [
          { lineId: line.guide, quantity: 1 },
          { lineId: line.guide, quantity: 1 },
        ],
      },
      'lines[1].lineId',
      undefined,
    ],
    ['nothing', 'NO_LINES', 'R-CRE-1', { lines: [] }, 'lines', undefined],
  ] as const)('returning %s is refused %s (%s)', (_what, code, rule, input, field, details) => {
    const refusal = returnOrder(
      order.state,
      { invoiceId: i1, lines: [{ lineId: line.guide, quantity: 1 }], reason: 'changed mind', ...input },
      atStore(order),
    );
    expect(refusal).toMatchObject({ ok: false, code, rule, field });
    if (details) expect(refusal).toMatchObject({ details });
  });

  it('several returns against one invoice add up to at most what it invoiced', () => {
    const first = committed(giveBack(order, order.state, i1, [{ lineId: line.guide, quantity: 1 }]));
    const second = committed(giveBack(order, first.state, i1, [{ lineId: line.guide, quantity: 2 }]));
    expect(findLine(second.state.order, line.guide)?.quantities).toMatchObject({ invoiced: 3, returned: 3 });
    expect(giveBack(order, second.state, i1, [{ lineId: line.guide, quantity: 1 }])).toMatchObject({
      code: 'RETURN_ABOVE_INVOICED',
      details: { returnable: 0, requested: 1 },
    });
    expect(second.state.returnOrders.map((r) => [r.invoiceId, r.lines[0]?.quantity])).toEqual([
      [i1, 1],
      [i1, 2],
    ]);
  });

  it('what is returnable is counted per invoice: a pair from each pickup', () => {
    const [, , i3] = order.invoiceIds;
    const fromI2 = committed(giveBack(order, order.state, i2, [{ lineId: line.boots, quantity: 1 }]));
    expect(giveBack(order, fromI2.state, i2, [{ lineId: line.boots, quantity: 1 }])).toMatchObject({
      code: 'RETURN_ABOVE_INVOICED',
      details: { returnable: 0 },
    });
    const fromI3 = committed(giveBack(order, fromI2.state, i3, [{ lineId: line.boots, quantity: 1 }]));
    expect(findLine(fromI3.state.order, line.boots)?.quantities).toMatchObject({ invoiced: 2, returned: 2 });
    // A return does not change the order's status.
    expect(orderStatus(fromI3.state.order)).toBe('delivered');
  });

  it('the reason is kept, trimmed', () => {
    const outcome = committed(
      giveBack(order, order.state, i2, [{ lineId: line.boots, quantity: 1 }], { reason: '  too small ' }),
    );
    expect(outcome.returnOrder.reason).toBe('too small');
  });

  it('a cancellation invoice is not an invoice of goods: nothing can be returned against it', () => {
    // Two pairs to pick up, 25.90 deposit; one pair collected (129.50 − 25.90 = 103.60 paid), the other
    // cancelled: 5 % of 129.50 = 6.475 → 6.48, paid in cash as no deposit is left.
    const order2 = created([pickup(boots, 2)], [], [pay(cash(), 2590)]);
    const lines = [{ lineId: order2.line(boots.productId), quantity: 1 }];
    const collected = committed(
      pickUpOrder(order2.state, { lines, payments: [pay(cash('cash-2'), 10360)] }, order2.at()),
    );
    const cancelled = committed(
      cancelOrder(collected.state, { payments: [pay(cash('cash-3'), 648)] }, order2.at()),
    );
    const [pickupInvoice, cancellationInvoice] = cancelled.state.invoices;
    expect(cancellationInvoice?.kind).toBe('cancellation');
    expect(orderStatus(cancelled.state.order)).toBe('delivered');
    expect(giveBack(order2, cancelled.state, cancellationInvoice?.id ?? '', lines)).toMatchObject({
      code: 'UNKNOWN_INVOICE',
      rule: 'R-RET-1',
      field: 'invoiceId',
    });
    expect(
      accepted(giveBack(order2, cancelled.state, pickupInvoice?.id ?? '', lines)).returnOrder.total,
    ).toBe(12950);
  });
});

describe('R-RET-2 a return order linked to its invoice; the refund goes back to the tenders that paid it', () => {
  const order = delivered();
  const [i1, i2, i3] = order.invoiceIds;
  const line = lineIds(order);

  it('credits the goods and the shipping share with VAT per rate, and refunds the newest tender of the invoice first', () => {
    const outcome = committed(
      giveBack(order, order.state, i1, [
        { lineId: line.tent, quantity: 1 },
        { lineId: line.guide, quantity: 1 },
      ]),
    );
    // Shipping shares of €10.00 (see R-RET-3): tent 7.28, first guide 0.91.
    expect(outcome.returnOrder).toEqual({
      id: expect.any(String),
      orderId: order.state.order.id,
      invoiceId: i1,
      reason: 'changed mind',
      createdAt: '2026-12-05T12:00:00.000Z',
      locationId: AMSTERDAM,
      lines: [
        {
          lineId: line.tent,
          productId: tent.productId,
          quantity: 1,
          unitPrice: 19999,
          vatRate: 21,
          amount: 19999,
        },
        {
          lineId: line.guide,
          productId: guide.productId,
          quantity: 1,
          unitPrice: 2495,
          vatRate: 9,
          amount: 2495,
        },
      ],
      shippingRefund: 819,
      shippingVatRate: 21,
      total: 23313,
      // 24.95 × 9 / 109 = 2.0601 → 2.06; (199.99 + 8.19) × 21 / 121 = 36.1304 → 36.13
      vat: [
        { rate: 9, gross: 2495, vat: 206, net: 2289 },
        { rate: 21, gross: 20818, vat: 3613, net: 17205 },
      ],
    });
    expect(outcome.returnOrders).toEqual([outcome.returnOrder]);
    expect(outcome.state.returnOrders).toEqual([outcome.returnOrder]);
    // I1 was paid by card-1 (230.46) after the cash deposit (54.38): card-1 first, the rest to cash-1.
    expect(outcome.entries.map((e) => [e.kind, e.amount, 'tender' in e ? e.tender.id : undefined])).toEqual([
      ['credited', 23313, undefined],
      ['refunded', 23046, 'card-1'],
      ['refunded', 267, 'cash-1'],
    ]);
    expect(outcome.entries[1]).toMatchObject({
      from: 'invoice',
      invoiceId: i1,
      returnOrderId: outcome.returnOrder.id,
    });
    expect(outcome.effect.refund).toBe(23313);
  });

  it.each([
    ['I2, paid by card-2', 1, 'card-2'],
    ['I3, paid in cash', 2, 'cash-2'],
  ] as const)('a pair of boots from %s goes back to %s', (_what, index, tenderId) => {
    const outcome = committed(
      giveBack(order, order.state, order.invoiceIds[index], [{ lineId: line.boots, quantity: 1 }]),
    );
    expect(outcome.entries.filter((e) => e.kind === 'refunded').map((e) => [e.tender.id, e.amount])).toEqual([
      [tenderId, 12950],
    ]);
    expect(outcome.returnOrder.invoiceId).toBe(order.invoiceIds[index]);
    expect([i2, i3]).toContain(outcome.returnOrder.invoiceId);
  });

  it('a credit first clears what is still unpaid on the invoice', () => {
    // A tent shipped with €6.95: 20.69 deposit applied, 186.25 left due (pay later, no card).
    const order2 = created([shipped(tent, 1)], [shipment('SH1', 695)], [pay(cash(), 2069)]);
    const sent = committed(shipOrder(order2.state, { shipmentId: 'SH1' }, order2.at({ locationId: DC })));
    expect(balances(sent.state.ledger).due).toBe(18625);
    const back = committed(
      giveBack(order2, sent.state, sent.invoices[0]?.id ?? '', [
        { lineId: order2.line(tent.productId), quantity: 1 },
      ]),
    );
    // 199.99 + the whole 6.95 charge = 206.94 credited; 186.25 of it cancels the debt, 20.69 goes back.
    expect(back.returnOrder.total).toBe(20694);
    expect(back.entries.filter((e) => e.kind === 'refunded').map((e) => [e.tender.id, e.amount])).toEqual([
      ['cash-1', 2069],
    ]);
    expect(balances(back.state.ledger)).toMatchObject({ receivable: 0, due: 0, paid: 0, paidOut: 0 });
  });

  it('a shipping refund beyond what the invoice’s tenders paid is paid out in cash', () => {
    // A tent shipped with €6.95, paid in full by card. Returned with a €9.00 shipping refund (return postage).
    const order2 = created([shipped(tent, 1)], [shipment('SH1', 695)], [pay(card(), 20694)]);
    const sent = committed(shipOrder(order2.state, { shipmentId: 'SH1' }, order2.at({ locationId: DC })));
    const back = committed(
      giveBack(
        order2,
        sent.state,
        sent.invoices[0]?.id ?? '',
        [{ lineId: order2.line(tent.productId), quantity: 1 }],
        {
          shippingRefund: 900,
        },
      ),
      new Set(['return']),
    );
    expect(back.proposedShippingRefund).toBe(695);
    // 199.99 + 9.00 = 208.99: 206.94 back to the card, 2.05 paid out in cash.
    expect(back.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['credited', 20899],
      ['refunded', 20694],
      ['paidOut', 205],
    ]);
    expect(back.entries[2]).toMatchObject({ kind: 'paidOut', returnOrderId: back.returnOrder.id });
    expect(balances(back.state.ledger)).toMatchObject({ refunded: 20694, paidOut: 205, paid: -205 });
  });
});

describe('R-RET-3 shipping refunds: only when allowed, proposed as the share of the charge, approved over the limit', () => {
  const order = delivered();
  const [i1, i2] = order.invoiceIds;
  const line = lineIds(order);

  it('proposes each unit’s share of the charge, so successive returns add up to the whole charge', () => {
    // €10.00 over SH1 by value: tent 199.99 → 7.276 (7.28, the larger remainder), guides 74.85 → 2.72;
    // the guides' 2.72 over three units: 0.91, 0.91, 0.90.
    const steps: [LineQuantity, number][] = [
      [{ lineId: line.guide, quantity: 1 }, 91],
      [{ lineId: line.guide, quantity: 2 }, 91 + 90],
      [{ lineId: line.tent, quantity: 1 }, 728],
    ];
    let state = order.state;
    for (const [returned, proposal] of steps) {
      const outcome = committed(giveBack(order, state, i1, [returned]), new Set(['return']));
      expect(outcome.proposedShippingRefund).toBe(proposal);
      expect(outcome.returnOrder.shippingRefund).toBe(proposal);
      expect(outcome.approvals).toEqual([]);
      state = outcome.state;
    }
    expect(state.returnOrders.reduce((acc, r) => acc + r.shippingRefund, 0)).toBe(1000);
  });

  it('a picked-up line has no shipping share', () => {
    const outcome = committed(giveBack(order, order.state, i2, [{ lineId: line.boots, quantity: 1 }]));
    expect(outcome.proposedShippingRefund).toBe(0);
    expect(outcome.returnOrder).toMatchObject({ shippingRefund: 0, total: 12950 });
  });

  it.each([
    ['nothing', 0, 2495],
    ['less than proposed', 50, 2545],
    ['more than the unit’s share, for return postage', 500, 2995],
  ] as const)('the associate may refund %s instead', (_what, shippingRefund, total) => {
    const outcome = committed(
      giveBack(order, order.state, i1, [{ lineId: line.guide, quantity: 1 }], { shippingRefund }),
    );
    expect(outcome.proposedShippingRefund).toBe(91);
    expect(outcome.returnOrder).toMatchObject({ shippingRefund, total });
    expect(outcome.returnOrder.vat.map((v) => v.rate)).toEqual(shippingRefund > 0 ? [9, 21] : [9]);
  });

  it.each([-1, 1.5])('a shipping refund of %s is refused', (shippingRefund) => {
    expect(
      giveBack(order, order.state, i1, [{ lineId: line.guide, quantity: 1 }], { shippingRefund }),
    ).toMatchObject({
      code: 'INVALID_AMOUNT',
      rule: 'R-MON-1',
      field: 'shippingRefund',
    });
  });

  describe('when refundShippingCharges is no', () => {
    const noRefunds = () => atStore(order, { refundShippingCharges: false });
    const guideBack = [{ lineId: line.guide, quantity: 1 }];

    it('nothing is proposed and the goods alone are credited', () => {
      const outcome = committed(giveBack(order, order.state, i1, guideBack, {}, noRefunds()));
      expect(outcome.proposedShippingRefund).toBe(0);
      expect(outcome.returnOrder).toMatchObject({ shippingRefund: 0, total: 2495 });
      expect(
        committed(giveBack(order, order.state, i1, guideBack, { shippingRefund: 0 }, noRefunds())).returnOrder
          .total,
      ).toBe(2495);
    });

    it('a shipping refund is refused', () => {
      expect(giveBack(order, order.state, i1, guideBack, { shippingRefund: 91 }, noRefunds())).toEqual({
        ok: false,
        code: 'SHIPPING_REFUND_NOT_ALLOWED',
        rule: 'R-RET-3',
        message: expect.any(String),
        field: 'shippingRefund',
      });
    });
  });

  it('a manager approves once the shipping refunds of all return orders together exceed the limit', () => {
    const guideBack = [{ lineId: line.guide, quantity: 1 }];
    // 6.00 + 4.00 = 10.00: at the limit, not over it
    const first = committed(
      giveBack(order, order.state, i1, guideBack, { shippingRefund: 600 }),
      new Set(['return']),
    );
    const second = committed(
      giveBack(order, first.state, i1, guideBack, { shippingRefund: 400 }),
      new Set(['return']),
    );
    expect([first.approvals, second.approvals]).toEqual([[], []]);

    const third = accepted(giveBack(order, second.state, i1, guideBack, { shippingRefund: 1 }));
    expect(third.approvals).toEqual([
      { permission: 'approveRefundOverLimit', reason: 'shipping refunds of 1001 on this order exceed 1000' },
    ]);
    expect(commitCheck(third, new Set(['return']))).toMatchObject({
      code: 'APPROVAL_REQUIRED',
      permission: 'approveRefundOverLimit',
    });
    expect(commitCheck(third, new Set(['return', 'approveRefundOverLimit']))).toBeUndefined();

    // A return with no shipping refund needs no approval, however much was refunded before.
    const noShipping = accepted(
      giveBack(order, second.state, i1, [{ lineId: line.tent, quantity: 1 }], { shippingRefund: 0 }),
    );
    expect(noShipping.approvals).toEqual([]);
  });

  it('counts the shipping refunds of return orders against other invoices too', () => {
    // SH1: a tent, €8.00; SH2: boots, €6.00; paid in full by card: 199.99 + 129.50 + 8.00 + 6.00 = 343.49.
    const order2 = created(
      [shipped(tent, 1, 'SH1'), shipped(boots, 1, 'SH2')],
      [shipment('SH1', 800), shipment('SH2', 600)],
      [pay(card(), 34349)],
    );
    const atDc = () => order2.at({ locationId: DC });
    const sh1 = committed(shipOrder(order2.state, { shipmentId: 'SH1' }, atDc()));
    const sh2 = committed(shipOrder(sh1.state, { shipmentId: 'SH2' }, atDc()));
    const tentBack = committed(
      giveBack(order2, sh2.state, sh1.invoices[0]?.id ?? '', [
        { lineId: order2.line(tent.productId), quantity: 1 },
      ]),
      new Set(['return']),
    );
    expect(tentBack.returnOrder.shippingRefund).toBe(800);
    const bootsBack = accepted(
      giveBack(order2, tentBack.state, sh2.invoices[0]?.id ?? '', [
        { lineId: order2.line(boots.productId), quantity: 1 },
      ]),
    );
    // 8.00 + 6.00 = 14.00 > 10.00
    expect(bootsBack.returnOrder.shippingRefund).toBe(600);
    expect(bootsBack.approvals).toEqual([
      { permission: 'approveRefundOverLimit', reason: expect.stringContaining('1400') },
    ]);
  });

  it('with a limit of 0 every shipping refund needs approval', () => {
    const outcome = accepted(
      giveBack(
        order,
        order.state,
        i1,
        [{ lineId: line.guide, quantity: 1 }],
        {},
        atStore(order, { maxShippingRefundWithoutApproval: 0 }),
      ),
    );
    expect(outcome.approvals.map((a) => a.permission)).toEqual(['approveRefundOverLimit']);
  });
});

describe('R-RET-4 returned items go back into the returning store’s stock', () => {
  const order = delivered();
  const [i1, i2] = order.invoiceIds;
  const line = lineIds(order);

  it('goods shipped from the DC and returned at Utrecht are restocked at Utrecht', () => {
    const outcome = committed(
      giveBack(
        order,
        order.state,
        i1,
        [
          { lineId: line.tent, quantity: 1 },
          { lineId: line.guide, quantity: 2 },
        ],
        {},
        atStore(order, {}, UTRECHT),
      ),
    );
    expect(outcome.stock).toEqual([
      { kind: 'restock', locationId: UTRECHT, productId: tent.productId, quantity: 1 },
      { kind: 'restock', locationId: UTRECHT, productId: guide.productId, quantity: 2 },
    ]);
    expect(outcome.returnOrder.locationId).toBe(UTRECHT);
  });

  it('boots collected at Amsterdam and returned there are restocked at Amsterdam', () => {
    const outcome = committed(giveBack(order, order.state, i2, [{ lineId: line.boots, quantity: 1 }]));
    expect(outcome.stock).toEqual([
      { kind: 'restock', locationId: AMSTERDAM, productId: boots.productId, quantity: 1 },
    ]);
    expect(findLine(outcome.state.order, line.boots)?.quantities).toMatchObject({
      delivered: 2,
      returned: 1,
    });
  });
});

describe('R-RET-3 shipping shares are fixed when the charge is invoiced', () => {
  // Charge 10.00 over a shipment of two tents and one pair of boots priced alike (100.00 each):
  // tents 2/3 → 6.67, boots 1/3 → 3.33; each tent 3.34 then 3.33.
  const same = (product: typeof boots) => ({ ...product, unitPrice: 10000 });
  // 10 % deposit of 310.00 by card; the card pays the rest of the tents' invoice when they ship.
  const order = created(
    [shipped(same(tent), 2), shipped(same(boots), 1)],
    [shipment('SH1', 1000)],
    [pay(card(), 3100)],
  );
  const tentId = order.line(tent.productId);
  const bootsId = order.line(boots.productId);
  const dc = order.at({ locationId: DC, at: '2026-12-01T08:00:00Z' });
  const tentsShipped = committed(
    shipOrder(
      order.state,
      { shipmentId: 'SH1', lines: [{ lineId: tentId, quantity: 2 }], payments: [pay(card(), 17900)] },
      dc,
    ),
  );
  const tentInvoice = tentsShipped.invoices[0]?.id ?? '';

  it('later edits of the shipment do not change what returns propose: the proposals never exceed the charge', () => {
    const returnTent = (state: OrderState) =>
      committed(
        returnOrder(
          state,
          { invoiceId: tentInvoice, lines: [{ lineId: tentId, quantity: 1 }], reason: 'torn' },
          atStore(order),
        ),
      );
    const first = returnTent(tentsShipped.state);
    expect(first.proposedShippingRefund).toBe(334);
    // Ten pairs of boots now: the boots' share stays the 3.33 fixed for its one unit at invoicing.
    const grown = committed(
      editOrder(
        first.state,
        {
          changes: [{ kind: 'changeQuantity', lineId: bootsId, quantity: 10 }],
          availability: plentyOfStock,
          payments: [pay(cash(), 9000)], // 10 % of 1,210.00 is 121.00; 31.00 was paid
        },
        atStore(order),
      ),
    );
    const second = returnTent(grown.state);
    expect(second.proposedShippingRefund).toBe(333);
    const bootsShipped = committed(shipOrder(second.state, { shipmentId: 'SH1', payments: [] }, dc));
    const bootsBack = committed(
      returnOrder(
        bootsShipped.state,
        {
          invoiceId: bootsShipped.invoices[0]?.id ?? '',
          lines: [{ lineId: bootsId, quantity: 10 }],
          reason: 'wrong size',
        },
        atStore(order),
      ),
    );
    expect(bootsBack.proposedShippingRefund).toBe(333);
    expect(
      first.proposedShippingRefund + second.proposedShippingRefund + bootsBack.proposedShippingRefund,
    ).toBe(1000);
  });

  it('a shipping refund on a later partial shipment goes back to the card that paid the charge, not out in cash', () => {
    const bootsShipped = committed(
      shipOrder(tentsShipped.state, { shipmentId: 'SH1', payments: [pay(cash('cash-9'), 10000)] }, dc),
    );
    const back = committed(
      returnOrder(
        bootsShipped.state,
        {
          invoiceId: bootsShipped.invoices[0]?.id ?? '',
          lines: [{ lineId: bootsId, quantity: 1 }],
          reason: 'too big',
        },
        atStore(order),
      ),
    );
    // 100.00 back to the cash that paid the boots' invoice, 3.33 to the card that paid the charge.
    expect(back.entries.filter((e) => e.kind === 'refunded').map((e) => [e.tender.id, e.amount])).toEqual([
      ['cash-9', 10000],
      ['card-1', 333],
    ]);
    expect(back.entries.some((e) => e.kind === 'paidOut')).toBe(false);
  });
});
