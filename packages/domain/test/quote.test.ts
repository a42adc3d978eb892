import { describe, expect, it } from 'vitest';
import {
  balances,
  type CreateOrderInput,
  convertQuote,
  createOrder,
  type Delivery,
  editOrder,
  type NewLine,
  type OrderState,
  orderStatus,
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
  parameters,
  pay,
  plentyOfStock,
  sequentialIds,
  shipment,
  stockOf,
  tent,
} from './fixtures.ts';

/** One id generator for every step of a quote's life, as a tier would have: ids never repeat. */
const ids = sequentialIds('q');
const at = (iso: string, extra: Parameters<typeof context>[0] = {}) =>
  context({ at: iso, newId: ids, ...extra });
// 11:00 on 27 November in Amsterdam.
const ctx = at('2026-11-27T10:00:00Z');

const pickupHere = (date: string): Delivery => ({ kind: 'pickup', storeId: AMSTERDAM, date });

/** Three tents to pick up here on 15 December and a pair of boots shipped on the 10th for €6.95: 736.42. */
const quoteLines: NewLine[] = [
  { ...tent, quantity: 3, delivery: pickupHere('2026-12-15') },
  { ...boots, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
];

function quoteInput(extra: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    type: 'quote',
    customerId: 'C-6001',
    lines: quoteLines,
    shipments: [shipment('SH1', 695, '2026-12-10')],
    // Nothing in stock anywhere: a quote does not need it.
    availability: stockOf({}),
    ...extra,
  };
}

const quote = committed(createOrder(quoteInput(), ctx));
const [tentLine = '', bootsLine = ''] = quote.state.order.lines.map((l) => l.id);

describe('a quote (R-CRE-5)', () => {
  it('R-CRE-5 a quote takes no payment, needs no deposit and reserves no stock', () => {
    expect(quote.saleKind).toBe('quote');
    expect(orderStatus(quote.state.order)).toBe('quote');
    expect(quote.stock).toEqual([]);
    expect(quote.state.order.lines.map((l) => l.quantities.reserved)).toEqual([0, 0]);
    expect(quote.entries).toEqual([]);
    expect(quote.invoices).toEqual([]);
    expect(quote.blockers).toEqual([]);
    // 3 × 199.99 + 129.50 + 6.95
    expect(quote.effect).toMatchObject({ orderTotal: 73642, depositRequired: 0, toCollect: 0, paidNow: 0 });
    expect(quote.state.order.version).toBe(1);
  });

  it.each<[string, Partial<CreateOrderInput>, string, string]>([
    ['a payment', { payments: [pay(cash(), 7364)] }, 'QUOTE_TAKES_NO_PAYMENT', 'payments'],
    [
      'a card authorization',
      { authorizations: [{ tender: card(), amount: 73642 }] },
      'QUOTE_TAKES_NO_PAYMENT',
      'payments',
    ],
    [
      'a carry-out line',
      { lines: [...quoteLines, { ...guide, quantity: 1, delivery: { kind: 'carryOut' } }] },
      'QUOTE_WITH_CARRY_OUT',
      'lines[2].delivery',
    ],
    ['an expiry date in the past', { quoteExpiresOn: '2026-11-26' }, 'DATE_IN_PAST', 'quoteExpiresOn'],
    [
      'an expiry date that does not exist',
      { quoteExpiresOn: '2026-11-31' },
      'INVALID_DATE',
      'quoteExpiresOn',
    ],
  ])('R-CRE-5 a quote with %s is refused', (_title, extra, code, field) => {
    expect(createOrder(quoteInput(extra), ctx)).toMatchObject({ ok: false, code, field });
  });

  it.each<[string, string, string, number, string]>([
    ['in the morning', '2026-11-27T10:00:00Z', 'Europe/Amsterdam', 14, '2026-12-11'],
    // 23:30 UTC on the 27th is 00:30 on the 28th in Amsterdam: the quote was made on the 28th there.
    [
      'at 23:30 UTC, already the next day in Amsterdam',
      '2026-11-27T23:30:00Z',
      'Europe/Amsterdam',
      14,
      '2026-12-12',
    ],
    [
      'at 23:30 UTC, still the 27th in New York',
      '2026-11-27T23:30:00Z',
      'America/New_York',
      14,
      '2026-12-11',
    ],
    ['with 0 days: the end of today', '2026-11-27T10:00:00Z', 'Europe/Amsterdam', 0, '2026-11-27'],
    ['across the new year', '2026-12-25T10:00:00Z', 'Europe/Amsterdam', 14, '2027-01-08'],
    ['with 30 days', '2026-11-27T10:00:00Z', 'Europe/Amsterdam', 30, '2026-12-27'],
  ])(
    'R-CRE-5 made %s, it expires quoteExpirationDays later in the store’s time zone',
    (_title, when, timeZone, days, expiresOn) => {
      const made = accepted(
        createOrder(
          quoteInput({
            lines: [{ ...tent, quantity: 1, delivery: pickupHere('2027-02-01') }],
            shipments: [],
          }),
          at(when, { timeZone, parameters: { ...parameters, quoteExpirationDays: days } }),
        ),
      );
      expect(made.state.order.quoteExpiresOn).toBe(expiresOn);
    },
  );

  it.each([
    ['a later date', '2027-01-31'],
    ['today', '2026-11-27'],
  ])('R-CRE-5 another expiry date can be given: %s', (_title, date) => {
    expect(accepted(createOrder(quoteInput({ quoteExpiresOn: date }), ctx)).state.order.quoteExpiresOn).toBe(
      date,
    );
  });

  it('R-CRE-5 a customer order has no expiry date', () => {
    const order = accepted(
      createOrder(
        quoteInput({ type: 'customerOrder', availability: plentyOfStock, quoteExpiresOn: '2027-01-31' }),
        ctx,
      ),
    );
    expect(order.state.order.quoteExpiresOn).toBeUndefined();
  });
});

describe('editing a quote (R-CRE-5, R-EDT-1)', () => {
  // The quote expires at the end of 11 December in Amsterdam: 23:00 UTC.
  const lastSecond = at('2026-12-11T22:59:59Z');
  const expired = at('2026-12-11T23:00:00Z');

  it('R-CRE-5 a quote can be edited until the end of its last day: still a quote, no stock, no deposit', () => {
    const edited = committed(
      editOrder(
        quote.state,
        { changes: [{ kind: 'changeQuantity', lineId: tentLine, quantity: 4 }], availability: stockOf({}) },
        lastSecond,
      ),
    );
    expect(orderStatus(edited.state.order)).toBe('quote');
    expect(edited.stock).toEqual([]);
    expect(edited.entries).toEqual([]);
    expect(edited.effect).toMatchObject({ orderTotal: 73642 + 19999, depositRequired: 0, toCollect: 0 });
    expect(edited.state.order.version).toBe(2);
  });

  it.each<[string, (state: OrderState) => unknown]>([
    [
      'an edit',
      (state) =>
        editOrder(
          state,
          {
            changes: [{ kind: 'changeQuantity', lineId: tentLine, quantity: 4 }],
            availability: plentyOfStock,
          },
          expired,
        ),
    ],
    [
      'converting it',
      (state) => convertQuote(state, { availability: plentyOfStock, payments: [pay(cash(), 7364)] }, expired),
    ],
  ])('R-CRE-5 once it expired, %s is refused: QUOTE_EXPIRED', (_title, operation) => {
    expect(operation(quote.state)).toMatchObject({ ok: false, code: 'QUOTE_EXPIRED', rule: 'R-CRE-5' });
  });

  it('R-CRE-5 an edit of a quote takes no payment', () => {
    expect(
      editOrder(
        quote.state,
        {
          changes: [{ kind: 'changeQuantity', lineId: tentLine, quantity: 4 }],
          availability: plentyOfStock,
          payments: [pay(cash(), 1000)],
        },
        ctx,
      ),
    ).toMatchObject({ ok: false, code: 'QUOTE_TAKES_NO_PAYMENT', rule: 'R-CRE-5' });
  });

  it('R-CRE-5 an edit cannot add carry-out to a quote', () => {
    expect(
      editOrder(
        quote.state,
        {
          changes: [{ kind: 'addLine', line: { ...guide, quantity: 1, delivery: { kind: 'carryOut' } } }],
          availability: plentyOfStock,
        },
        ctx,
      ),
    ).toMatchObject({ ok: false, code: 'CARRY_OUT_ONLY_AT_CREATION' });
  });

  it('R-CRE-5 the expiry can be moved in an edit; dates that passed meanwhile must be edited before converting', () => {
    const extended = committed(
      editOrder(
        quote.state,
        { changes: [{ kind: 'changeQuoteExpiry', date: '2026-12-31' }], availability: plentyOfStock },
        ctx,
      ),
    );
    expect(extended.state.order.quoteExpiresOn).toBe('2026-12-31');

    const dec20 = at('2026-12-20T10:00:00Z');
    // The pickup date (the 15th) and the ship date (the 10th) have passed.
    expect(convertQuote(extended.state, { availability: plentyOfStock }, dec20)).toMatchObject({
      ok: false,
      code: 'DATE_IN_PAST',
      field: 'shipments[0].requestedDate',
    });
    const redated = committed(
      editOrder(
        extended.state,
        {
          changes: [
            { kind: 'changeDelivery', lineIds: [tentLine], delivery: pickupHere('2026-12-23') },
            { kind: 'changeShipment', shipmentId: 'SH1', requestedDate: '2026-12-22' },
          ],
          availability: plentyOfStock,
        },
        dec20,
      ),
    );
    const converted = committed(
      convertQuote(redated.state, { availability: plentyOfStock, payments: [pay(cash(), 7364)] }, dec20),
    );
    expect(converted.state.order.type).toBe('customerOrder');
  });

  it.each<[string, () => OrderState, string, string]>([
    ['a date in the past', () => quote.state, '2026-11-26', 'DATE_IN_PAST'],
    [
      'an expiry on a customer order',
      () =>
        committed(
          convertQuote(quote.state, { availability: plentyOfStock, payments: [pay(cash(), 7364)] }, ctx),
        ).state,
      '2026-12-31',
      'OPERATION_NOT_ALLOWED',
    ],
  ])('R-CRE-5 changing the expiry to %s is refused', (_title, state, date, code) => {
    expect(
      editOrder(
        state(),
        { changes: [{ kind: 'changeQuoteExpiry', date }], availability: plentyOfStock },
        ctx,
      ),
    ).toMatchObject({ ok: false, code, field: 'changes[0].date' });
  });
});

describe('converting a quote (R-CRE-5)', () => {
  const dec1 = at('2026-12-01T10:00:00Z');

  it('R-CRE-5 converting reserves stock, takes the deposit and keeps the quoted prices', () => {
    // 10 % of 736.42 = 73.642 → 73.64
    const converted = committed(
      convertQuote(quote.state, { availability: plentyOfStock, payments: [pay(cash(), 7364)] }, dec1),
    );
    const order = converted.state.order;
    expect(order.type).toBe('customerOrder');
    expect(order.quoteExpiresOn).toBeUndefined();
    expect(orderStatus(order)).toBe('open');
    expect(converted.stock).toEqual([
      { kind: 'reserve', locationId: AMSTERDAM, productId: 'TENT-2P', quantity: 3 },
      { kind: 'reserve', locationId: DC, productId: 'BOOT-42', quantity: 1 },
    ]);
    expect(order.lines.map((l) => [l.id, l.unitPrice, l.quantities.reserved])).toEqual([
      [tentLine, 19999, 3],
      [bootsLine, 12950, 1],
    ]);
    expect(order.charges).toMatchObject([{ kind: 'shipping', amount: 695, shipmentId: 'SH1' }]);
    expect(converted.effect).toMatchObject({ orderTotal: 73642, depositRequired: 7364, paidNow: 7364 });
    expect(converted.entries.map((e) => [e.kind, e.amount])).toEqual([['depositPaid', 7364]]);
    expect(balances(converted.state.ledger).depositAvailable).toBe(7364);
    expect(order.version).toBe(2);
  });

  it('R-CRE-5 converting without the deposit is blocked until it is paid', () => {
    const preview = accepted(convertQuote(quote.state, { availability: plentyOfStock }, dec1));
    expect(preview.blockers).toMatchObject([
      { code: 'DEPOSIT_BELOW_REQUIRED', details: { required: 7364, paid: 0, shortfall: 7364 } },
    ]);
    expect(preview.effect.toCollect).toBe(7364);
  });

  it('R-CRE-5 with pay later disabled, converting also needs a card for the rest', () => {
    const cardCtx = at('2026-12-01T10:00:00Z', { profile: cardRequired });
    const preview = accepted(
      convertQuote(quote.state, { availability: plentyOfStock, payments: [pay(cash(), 7364)] }, cardCtx),
    );
    // 736.42 − 73.64 = 662.78
    expect(preview.blockers).toMatchObject([
      { code: 'CARD_AUTHORIZATION_REQUIRED', details: { amount: 66278 } },
    ]);
    committed(
      convertQuote(
        quote.state,
        {
          availability: plentyOfStock,
          payments: [pay(cash(), 7364)],
          authorizations: [{ tender: card(), amount: 66278 }],
        },
        cardCtx,
      ),
    );
  });

  it('R-CRE-5 converting needs the stock now: refused naming product and location, unless backordered', () => {
    const short = stockOf({ 'S01/TENT-2P': 2, 'DC1/BOOT-42': 1 });
    expect(
      convertQuote(quote.state, { availability: short, payments: [pay(cash(), 7364)] }, dec1),
    ).toMatchObject({
      ok: false,
      code: 'NOT_ENOUGH_STOCK',
      rule: 'R-CRE-6',
      details: { productId: 'TENT-2P', locationId: AMSTERDAM, available: 2, requested: 3 },
    });
    const backordered = committed(
      convertQuote(
        quote.state,
        { availability: short, backorder: true, payments: [pay(cash(), 7364)] },
        dec1,
      ),
    );
    expect(backordered.state.order.lines.map((l) => l.quantities.reserved)).toEqual([2, 1]);
  });

  it('R-CRE-5 a deposit override when converting needs approval', () => {
    const converted = accepted(
      convertQuote(
        quote.state,
        { availability: plentyOfStock, depositOverride: 5000, payments: [pay(cash(), 5000)] },
        dec1,
      ),
    );
    expect(converted.approvals).toEqual([
      { permission: 'overrideDeposit', reason: 'override deposit (7364 → 5000)' },
    ]);
    expect(converted.effect.depositRequired).toBe(5000);
  });

  it('R-CRE-5 a converted quote cannot be converted again', () => {
    const converted = committed(
      convertQuote(quote.state, { availability: plentyOfStock, payments: [pay(cash(), 7364)] }, dec1),
    );
    expect(convertQuote(converted.state, { availability: plentyOfStock }, dec1)).toMatchObject({
      ok: false,
      code: 'OPERATION_NOT_ALLOWED',
      details: { operation: 'convertQuote', status: 'open' },
    });
  });
});

describe('a quote with a line removed (R-CRE-5, R-CRE-6)', () => {
  it('R-CRE-5 converting reserves only what is still quoted; the removed line stays cancelled', () => {
    const trimmed = committed(
      editOrder(
        quote.state,
        { changes: [{ kind: 'removeLine', lineId: bootsLine }], availability: plentyOfStock },
        ctx,
      ),
    );
    // 10 % of 3 × 199.99 = 59.997 → 60.00; the boots and their shipping are gone.
    const converted = committed(
      convertQuote(trimmed.state, { availability: plentyOfStock, payments: [pay(cash(), 6000)] }, ctx),
    );
    expect(converted.stock).toEqual([
      { kind: 'reserve', locationId: AMSTERDAM, productId: tent.productId, quantity: 3 },
    ]);
    expect(converted.state.order.lines[1]?.quantities).toMatchObject({
      ordered: 1,
      cancelled: 1,
      reserved: 0,
    });
    expect(converted.effect.orderTotal).toBe(3 * 19999);
  });
});
