import { describe, expect, it } from 'vitest';
import {
  type Authorization,
  balances,
  type CancelOrderInput,
  cancelOrder,
  commitCheck,
  createOrder,
  findLine,
  lineStatus,
  type NewLine,
  type OperationContext,
  type OrderState,
  orderStatus,
  type Payment,
  pickLines,
  pickUpOrder,
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
  chargeCodes,
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
} from './fixtures.ts';

type At = (overrides?: Partial<OperationContext> & { at?: string }) => OperationContext;

interface Created {
  readonly state: OrderState;
  readonly at: At;
  readonly line: (productId: string) => string;
}

function created(args: {
  lines: readonly NewLine[];
  payments?: readonly Payment[];
  authorizations?: readonly Authorization[];
  profile?: OperationContext['profile'];
  availability?: StockAvailability;
  type?: 'customerOrder' | 'quote';
}): Created {
  const newId = sequentialIds();
  const at: At = (overrides = {}) =>
    context({ newId, ...(args.profile ? { profile: args.profile } : {}), ...overrides });
  const outcome = committed(
    createOrder(
      {
        type: args.type ?? 'customerOrder',
        customerId: 'C-5001',
        lines: args.lines,
        shipments: [shipment('SH1', 695), shipment('SH2', 495)],
        payments: args.payments ?? [],
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

const pickup = (product: typeof boots, quantity: number): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' },
});
const shipped = (product: typeof boots, quantity: number, shipmentId = 'SH1'): NewLine => ({
  ...product,
  quantity,
  delivery: { kind: 'ship', shipmentId },
});

/** The next day at the store, optionally with other Commerce parameters. */
function nextDay(order: Created, overrides: Partial<OperationContext['parameters']> = {}): OperationContext {
  return order.at({ at: '2026-11-28T09:00:00Z', parameters: { ...parameters, ...overrides } });
}

function cancel(order: Created, state: OrderState, input: CancelOrderInput = {}, ctx = nextDay(order)) {
  return cancelOrder(state, input, ctx);
}

function lineIn(state: OrderState, lineId: string) {
  const line = findLine(state.order, lineId);
  if (!line) throw new Error(`no line ${lineId}`);
  return line;
}

/** A pair of boots and a guide to pick up: 129.50 + 24.95 = 154.45; deposit 10 % = 15.445 → 15.45. */
function bootsAndGuide(
  extra: {
    payments?: Payment[];
    authorizations?: Authorization[];
    profile?: OperationContext['profile'];
  } = {},
) {
  return created({ lines: [pickup(boots, 1), pickup(guide, 1)], payments: [pay(cash(), 1545)], ...extra });
}

describe('R-CAN-1 cancelling cancels the open quantities; what was delivered stays', () => {
  it('a partly collected order: the open boots and the tent are cancelled, the collected pair stays invoiced', () => {
    // 3 pairs to pick up, a tent to ship; 200.00 paid. The first pair (129.50) is collected from the deposit.
    const order = created({ lines: [pickup(boots, 3), shipped(tent, 1)], payments: [pay(cash(), 20000)] });
    const bootsId = order.line(boots.productId);
    const tentId = order.line(tent.productId);
    const collected = committed(
      pickUpOrder(order.state, { lines: [{ lineId: bootsId, quantity: 1 }] }, order.at()),
    );
    expect(balances(collected.state.ledger).depositAvailable).toBe(7050);

    const cancelled = committed(cancel(order, collected.state));
    // 5 % × (2 × 129.50 + 199.99) = 5 % × 458.99 = 22.9495 → 22.95; 70.50 − 22.95 = 47.55 back
    expect(cancelled.effect).toMatchObject({
      charge: 2295,
      depositApplied: 2295,
      refund: 4755,
      toCollect: 0,
    });
    expect(orderStatus(cancelled.state.order)).toBe('delivered');
    const bootsLine = lineIn(cancelled.state, bootsId);
    expect(bootsLine.quantities).toMatchObject({
      ordered: 3,
      delivered: 1,
      invoiced: 1,
      cancelled: 2,
      reserved: 0,
    });
    expect(lineStatus(bootsLine)).toBe('delivered');
    expect(lineStatus(lineIn(cancelled.state, tentId))).toBe('cancelled');
    expect(cancelled.state.invoices.map((invoice) => [invoice.kind, invoice.total])).toEqual([
      ['pickup', 12950],
      ['cancellation', 2295],
    ]);
    // 129.50 collected + 22.95 charge; the shipping charge is dropped with the tent.
    expect(cancelled.effect.orderTotal).toBe(15245);
    expect(balances(cancelled.state.ledger)).toMatchObject({ paid: 15245, due: 0, depositAvailable: 0 });
  });

  it('a picked line goes back to the shelf', () => {
    const order = created({ lines: [pickup(boots, 3)], payments: [pay(cash(), 3885)] });
    const bootsId = order.line(boots.productId);
    const picked = committed(
      pickLines(order.state, { lines: [{ lineId: bootsId, quantity: 2 }] }, order.at()),
    );
    const cancelled = committed(cancel(order, picked.state));
    expect(lineIn(cancelled.state, bootsId).quantities).toMatchObject({
      ordered: 3,
      picked: 0,
      packed: 0,
      delivered: 0,
      cancelled: 3,
      reserved: 0,
    });
    expect(orderStatus(cancelled.state.order)).toBe('cancelled');
  });

  it('a quote is cancelled without a charge, an invoice or money', () => {
    const quote = created({ type: 'quote', lines: [pickup(boots, 2)] });
    const cancelled = committed(cancel(quote, quote.state));
    expect(orderStatus(cancelled.state.order)).toBe('cancelled');
    expect(cancelled).toMatchObject({ entries: [], invoices: [], stock: [], approvals: [], blockers: [] });
    expect(cancelled.effect).toMatchObject({ charge: 0, refund: 0, orderTotal: 0 });
  });

  it.each([
    [
      'delivered',
      () => {
        const order = created({ lines: [pickup(boots, 1)], payments: [pay(cash(), 12950)] });
        const lineId = order.line(boots.productId);
        return {
          order,
          state: committed(pickUpOrder(order.state, { lines: [{ lineId, quantity: 1 }] }, order.at())).state,
        };
      },
    ],
    [
      'cancelled',
      () => {
        const order = bootsAndGuide();
        return { order, state: committed(cancel(order, order.state)).state };
      },
    ],
  ] as const)('a %s order cannot be cancelled', (status, build) => {
    const { order, state } = build();
    expect(orderStatus(state.order)).toBe(status);
    expect(cancel(order, state)).toMatchObject({
      ok: false,
      code: 'OPERATION_NOT_ALLOWED',
      details: { operation: 'cancel', status },
    });
  });
});

describe('R-CAN-2 the cancellation charge: a percentage of the cancelled value, invoiced under its charge code', () => {
  it.each([
    // 154.45 cancelled
    [5, 772], // 7.7225 → 7.72
    [10, 1545], // 15.445 → 15.45: half away from zero
    [2.5, 386], // 3.86125 → 3.86
    [33.33, 5148], // 51.478185 → 51.48
    [0, 0],
    [100, 15445],
  ])('%s %% of 154.45 is a charge of %s', (cancellationChargePercent, charge) => {
    const order = bootsAndGuide();
    const outcome = accepted(cancel(order, order.state, {}, nextDay(order, { cancellationChargePercent })));
    expect(outcome.effect.charge).toBe(charge);
    expect(outcome.invoices.map((invoice) => invoice.total)).toEqual(charge > 0 ? [charge] : []);
  });

  it('is a charge line under the cancellation charge code, on an invoice with its VAT', () => {
    const order = bootsAndGuide();
    const outcome = committed(cancel(order, order.state));
    const [invoice] = outcome.invoices;
    expect(invoice).toEqual({
      id: expect.any(String),
      orderId: order.state.order.id,
      kind: 'cancellation',
      issuedAt: '2026-11-28T09:00:00.000Z',
      locationId: AMSTERDAM,
      lines: [],
      charges: [{ chargeId: expect.any(String), code: 'CANC', amount: 772, vatRate: 21 }],
      total: 772,
      // 7.72 × 21 / 121 = 1.3398 → 1.34
      vat: [{ rate: 21, gross: 772, vat: 134, net: 638 }],
    });
    expect(outcome.state.order.charges).toEqual([
      {
        id: invoice?.charges[0]?.chargeId,
        kind: 'cancellation',
        code: 'CANC',
        amount: 772,
        vatRate: 21,
        status: 'invoiced',
      },
    ]);
    expect(outcome.entries[0]).toEqual({
      id: expect.any(String),
      at: '2026-11-28T09:00:00.000Z',
      kind: 'chargeInvoiced',
      invoiceId: invoice?.id,
      chargeId: invoice?.charges[0]?.chargeId,
      code: 'CANC',
      amount: 772,
    });
  });

  it('follows the configured charge code and its VAT rate', () => {
    const order = bootsAndGuide();
    const ctx = order.at({
      parameters: { ...parameters, cancellationChargeCode: 'FEE' },
      chargeCodes: { ...chargeCodes, FEE: { code: 'FEE', description: 'Cancellation fee', vatRate: 9 } },
    });
    const outcome = committed(cancelOrder(order.state, {}, ctx));
    // 7.72 × 9 / 109 = 0.6374 → 0.64
    expect(outcome.invoices[0]).toMatchObject({
      charges: [{ code: 'FEE', amount: 772, vatRate: 9 }],
      vat: [{ rate: 9, gross: 772, vat: 64, net: 708 }],
    });
  });

  it('changing it needs changeCancellationCharge: without it a manager must approve', () => {
    const order = bootsAndGuide();
    const changed = accepted(cancel(order, order.state, { chargeOverride: 500 }));
    expect(changed.approvals).toEqual([
      { permission: 'changeCancellationCharge', reason: 'change the cancellation charge (772 → 500)' },
    ]);
    expect(commitCheck(changed, new Set(['cancel']))).toMatchObject({
      ok: false,
      code: 'APPROVAL_REQUIRED',
      rule: 'R-SEC-2',
      permission: 'changeCancellationCharge',
    });
    expect(commitCheck(changed, new Set(['cancel', 'changeCancellationCharge']))).toBeUndefined();
    // 15.45 − 5.00 = 10.45 back
    expect(changed.effect).toMatchObject({ charge: 500, depositApplied: 500, refund: 1045 });
  });

  it.each([
    ['the calculated charge itself', 772, false, 772, 773],
    ['no charge at all', 0, true, 0, 1545],
    ['the whole cancelled value', 15445, true, 15445, 0],
  ] as const)(
    'an override of %s is accepted (approval needed: %s)',
    (_what, chargeOverride, approval, charge, refund) => {
      const order = bootsAndGuide();
      const outcome = accepted(cancel(order, order.state, { chargeOverride }));
      expect(outcome.approvals.length > 0).toBe(approval);
      expect(outcome.effect).toMatchObject({ charge, refund });
      expect(outcome.invoices).toHaveLength(charge > 0 ? 1 : 0);
    },
  );

  it.each([
    ['below zero', -1],
    ['above the cancelled value', 15446],
    ['not whole cents', 12.5],
  ])('an override %s is refused', (_what, chargeOverride) => {
    const order = bootsAndGuide();
    expect(cancel(order, order.state, { chargeOverride })).toEqual({
      ok: false,
      code: 'CANCELLATION_CHARGE_OUT_OF_RANGE',
      rule: 'R-CAN-2',
      message: 'the cancellation charge must be from 0 to 15445',
      field: 'chargeOverride',
      details: { minimum: 0, maximum: 15445 },
    });
  });
});

describe('R-CAN-3 the refund, the charge beyond the deposit, shipping charges, cards and stock', () => {
  it('refunds the available deposit less the charge to the deposit tenders, newest first (R-DEP-5)', () => {
    const order = bootsAndGuide({
      payments: [pay(cash(), 1000), pay(card('card-1'), 2000), pay(card('card-2'), 3000)],
    });
    const outcome = committed(cancel(order, order.state));
    // 60.00 deposit − 7.72 charge = 52.28 back; the charge is taken from the oldest tender.
    expect(outcome.effect).toMatchObject({ charge: 772, depositApplied: 772, refund: 5228, toCollect: 0 });
    expect(
      outcome.entries.filter((e) => e.kind === 'depositApplied').map((e) => [e.tender.id, e.amount]),
    ).toEqual([['cash-1', 772]]);
    expect(
      outcome.entries.filter((e) => e.kind === 'refunded').map((e) => [e.tender.id, e.amount, e.from]),
    ).toEqual([
      ['card-2', 3000, 'deposit'],
      ['card-1', 2000, 'deposit'],
      ['cash-1', 228, 'deposit'],
    ]);
    expect(balances(outcome.state.ledger)).toMatchObject({
      paid: 772,
      receivable: 772,
      due: 0,
      depositAvailable: 0,
    });
    expect(outcome.effect.balance).toBe(0);
  });

  it('a charge above the deposit leaves the difference to pay now; paying it lets the cancellation commit', () => {
    const order = bootsAndGuide();
    const ctx = () => nextDay(order, { cancellationChargePercent: 50 });
    // 50 % of 154.45 = 77.225 → 77.23; the 15.45 deposit pays part, 61.78 is due now.
    const unpaid = accepted(cancel(order, order.state, {}, ctx()));
    expect(unpaid.effect).toMatchObject({ charge: 7723, depositApplied: 1545, refund: 0, toCollect: 6178 });
    expect(unpaid.blockers).toEqual([
      {
        ok: false,
        code: 'PAYMENT_REQUIRED',
        rule: 'R-CAN-3',
        message: expect.any(String),
        field: 'payments',
        details: { due: 6178 },
      },
    ]);
    expect(commitCheck(unpaid, new Set(['cancel']))).toMatchObject({
      code: 'PAYMENT_REQUIRED',
      details: { due: 6178 },
    });

    const paid = committed(
      cancel(order, order.state, { payments: [pay(card(), 6178)] }, ctx()),
      new Set(['cancel']),
    );
    expect(paid.effect).toMatchObject({ charge: 7723, paidNow: 6178, toCollect: 0, refund: 0, balance: 0 });
    expect(paid.entries.filter((e) => e.kind === 'balancePaid').map((e) => [e.tender.id, e.amount])).toEqual([
      ['card-1', 6178],
    ]);
    expect(balances(paid.state.ledger)).toMatchObject({ paid: 7723, receivable: 7723, due: 0 });

    expect(cancel(order, order.state, { payments: [pay(card(), 6179)] }, ctx())).toMatchObject({
      code: 'PAYMENT_ABOVE_DUE',
      details: { due: 6178, tendered: 6179 },
    });
  });

  it.each([
    ['the deposit covers the charge', {}],
    ['there is no charge', { chargeOverride: 0 }],
  ] as const)('nothing can be paid when %s', (_what, input) => {
    const order = bootsAndGuide();
    expect(cancel(order, order.state, { ...input, payments: [pay(cash('cash-2'), 1)] })).toMatchObject({
      ok: false,
      code: 'PAYMENT_ABOVE_DUE',
      field: 'payments',
    });
  });

  it('drops the charge of a shipment that never left and keeps the one already invoiced', () => {
    // SH1: a tent (€6.95 shipping); SH2: boots (€4.95), both from the DC. 250.00 paid.
    const order = created({
      lines: [shipped(tent, 1, 'SH1'), shipped(boots, 1, 'SH2')],
      payments: [pay(cash(), 25000)],
    });
    const sh1 = committed(shipOrder(order.state, { shipmentId: 'SH1' }, order.at({ locationId: DC })));
    // 199.99 + 6.95 = 206.94 applied; 43.06 of the deposit left
    expect(balances(sh1.state.ledger).depositAvailable).toBe(4306);
    const cancelled = committed(cancel(order, sh1.state));
    // 5 % of 129.50 = 6.475 → 6.48; 43.06 − 6.48 = 36.58 back
    expect(cancelled.effect).toMatchObject({ charge: 648, refund: 3658 });
    expect(cancelled.state.order.charges.map((c) => [c.kind, c.shipmentId, c.status, c.amount])).toEqual([
      ['shipping', 'SH1', 'invoiced', 695],
      ['shipping', 'SH2', 'dropped', 495],
      ['cancellation', undefined, 'invoiced', 648],
    ]);
    // 199.99 + 6.95 + 6.48
    expect(cancelled.effect.orderTotal).toBe(21342);
    expect(balances(cancelled.state.ledger)).toMatchObject({ paid: 21342, due: 0 });
  });

  it('voids open card authorizations', () => {
    // Pay later disabled: 15.45 deposit in cash, a card authorized for the other 139.00.
    const order = bootsAndGuide({
      profile: cardRequired,
      authorizations: [{ tender: card(), amount: 13900 }],
    });
    const outcome = committed(cancel(order, order.state, {}, order.at({ at: '2026-11-28T09:00:00Z' })));
    expect(outcome.effect).toMatchObject({ charge: 772, refund: 773, voided: 13900, captured: 0 });
    expect(outcome.entries.map((e) => [e.kind, e.amount, 'tender' in e ? e.tender.id : undefined])).toEqual([
      ['chargeInvoiced', 772, undefined],
      ['depositApplied', 772, 'cash-1'],
      ['authorizationVoided', 13900, 'card-1'],
      ['refunded', 773, 'cash-1'],
    ]);
    expect(balances(outcome.state.ledger).authorizationOpen).toBe(0);
  });

  it('voids what is left of an authorization after a pickup captured part of it; the charge is paid, not captured', () => {
    const order = bootsAndGuide({
      profile: cardRequired,
      authorizations: [{ tender: card(), amount: 13900 }],
    });
    const lines = [{ lineId: order.line(boots.productId), quantity: 1 }];
    const collected = committed(pickUpOrder(order.state, { lines }, order.at()));
    // 129.50 − 15.45 deposit = 114.05 captured; 24.95 of the authorization left
    expect(collected.effect.captured).toBe(11405);
    const ctx = () => order.at({ at: '2026-11-28T09:00:00Z' });
    // 5 % of 24.95 = 1.2475 → 1.25, with no deposit left to pay it
    const unpaid = accepted(cancelOrder(collected.state, {}, ctx()));
    expect(unpaid.effect).toMatchObject({ charge: 125, captured: 0, voided: 2495, toCollect: 125 });
    const paid = committed(cancelOrder(collected.state, { payments: [pay(cash('cash-2'), 125)] }, ctx()));
    expect(orderStatus(paid.state.order)).toBe('delivered');
    expect(balances(paid.state.ledger)).toMatchObject({ authorizationOpen: 0, paid: 12950 + 125, due: 0 });
  });

  it('releases reserved stock where it was reserved; backordered units had none', () => {
    // Amsterdam has one of three pairs; the DC has the tent. 10 % × (388.50 + 199.99 + 6.95) = 59.544 → 59.54
    const order = created({
      lines: [{ ...pickup(boots, 3), backorder: true }, shipped(tent, 1)],
      payments: [pay(cash(), 5954)],
      availability: stockOf({ [`${AMSTERDAM}/${boots.productId}`]: 1, [`${DC}/${tent.productId}`]: 5 }),
    });
    const outcome = committed(cancel(order, order.state));
    expect(outcome.stock).toEqual([
      { kind: 'release', locationId: AMSTERDAM, productId: boots.productId, quantity: 1 },
      { kind: 'release', locationId: DC, productId: tent.productId, quantity: 1 },
    ]);
    expect(outcome.state.order.lines.map((line) => line.quantities.reserved)).toEqual([0, 0]);
  });
});
