import { describe, expect, it } from 'vitest';
import {
  balances,
  type CreateOrderInput,
  cancelOrder,
  commitCheck,
  createOrder,
  type Delivery,
  editOrder,
  type NewLine,
  type Payment,
  type Permission,
  pickUpOrder,
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
  guide,
  parameters,
  pay,
  plentyOfStock,
  shipment,
  tent,
  UTRECHT,
} from './fixtures.ts';

type Product = Omit<NewLine, 'delivery' | 'quantity'>;

const carryOut: Delivery = { kind: 'carryOut' };
const pickupAt = (storeId: string, date = '2026-11-30'): Delivery => ({ kind: 'pickup', storeId, date });
const ship = (shipmentId = 'SH1'): Delivery => ({ kind: 'ship', shipmentId });
const line = (product: Product, quantity: number, delivery: Delivery): NewLine => ({
  ...product,
  quantity,
  delivery,
});
/** A lamp whose price makes 12.5 % land exactly on half a cent. */
const lamp: Product = { productId: 'LAMP-1', description: 'Camping lamp', unitPrice: 1004, vatRate: 21 };

function cart(lines: NewLine[], extra: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    type: 'customerOrder',
    customerId: 'C-3001',
    lines,
    shipments: [shipment('SH1', 695)],
    availability: plentyOfStock,
    ...extra,
  };
}

const withDeposit = (defaultDepositPercent: number) =>
  context({ parameters: { ...parameters, defaultDepositPercent } });

const ctx = context();

/** Two pairs of boots picked up here and a tent shipped with €6.95: 259.00 + 199.99 + 6.95 = 465.94. */
const bootsAndTent = [line(boots, 2, pickupAt(AMSTERDAM)), line(tent, 1, ship())];

describe('required deposit (R-DEP-1)', () => {
  it.each<[string, number, NewLine[], number, number]>([
    // title, deposit %, lines, deposit part, carry-out part
    ['a pair of boots: 10 % of 129.50 = 12.95', 10, [line(boots, 1, pickupAt(UTRECHT))], 1295, 0],
    ['a tent: 10 % of 199.99 = 19.999 → 20.00', 10, [line(tent, 1, pickupAt(AMSTERDAM))], 2000, 0],
    ['a guide: 10 % of 24.95 = 2.495, half a cent → 2.50', 10, [line(guide, 1, pickupAt(AMSTERDAM))], 250, 0],
    ['a shipped tent with its charge: 10 % of 206.94 = 20.694 → 20.69', 10, [line(tent, 1, ship())], 2069, 0],
    ['ship and pickup lines with the charge: 10 % of 465.94 = 46.594 → 46.59', 10, bootsAndTent, 4659, 0],
    [
      'hybrid: 46.59 plus 2 × 24.95 carried out in full',
      10,
      [line(guide, 2, carryOut), line(boots, 2, pickupAt(UTRECHT)), line(tent, 1, ship())],
      4659,
      4990,
    ],
    ['12.5 % of 129.50 = 16.1875 → 16.19', 12.5, [line(boots, 1, pickupAt(AMSTERDAM))], 1619, 0],
    ['12.5 % of 10.04 = 1.255, half a cent → 1.26', 12.5, [line(lamp, 1, pickupAt(AMSTERDAM))], 126, 0],
    ['33.33 % of 206.94 = 68.9731 → 68.97', 33.33, [line(tent, 1, ship())], 6897, 0],
    ['0 %: no deposit', 0, bootsAndTent, 0, 0],
    [
      '0 % with carry-out: only the carry-out is due',
      0,
      [line(guide, 1, carryOut), ...bootsAndTent],
      0,
      2495,
    ],
    ['100 %: everything still to deliver', 100, bootsAndTent, 46594, 0],
  ])('R-DEP-1 %s', (_title, percent, lines, deposit, carriedOut) => {
    const c = withDeposit(percent);
    const preview = accepted(createOrder(cart(lines), c));
    const due = deposit + carriedOut;
    expect(preview.effect.depositRequired).toBe(deposit);
    expect(preview.effect.toCollect).toBe(due);
    if (due === 0) {
      expect(preview.blockers).toEqual([]);
    } else {
      expect(preview.blockers).toMatchObject([
        {
          code: deposit > 0 ? 'DEPOSIT_BELOW_REQUIRED' : 'PAYMENT_REQUIRED',
          details: { required: due, paid: 0, shortfall: due },
        },
      ]);
      // One cent short still blocks; the exact amount commits.
      const short = accepted(createOrder(cart(lines, { payments: [pay(cash(), due - 1)] }), c));
      expect(short.blockers).toMatchObject([{ details: { required: due, paid: due - 1, shortfall: 1 } }]);
      expect(short.effect.toCollect).toBe(1);
    }
    const exact = committed(createOrder(cart(lines, due > 0 ? { payments: [pay(cash(), due)] } : {}), c));
    expect(balances(exact.state.ledger)).toMatchObject({ depositPaid: deposit, paid: due });
  });

  it.each<[string, NewLine[], number, number, number]>([
    // title, lines, paid, into the carry-out invoice, as deposit
    ['more than required', bootsAndTent, 20000, 0, 20000],
    ['the whole order', bootsAndTent, 46594, 0, 46594],
    [
      'the whole hybrid order: 24.95 carried out and 465.94 as deposit',
      [line(guide, 1, carryOut), ...bootsAndTent],
      49089,
      2495,
      46594,
    ],
  ])('R-DEP-1 the customer may pay %s', (_title, lines, paid, carryOutPaid, deposit) => {
    const created = committed(createOrder(cart(lines, { payments: [pay(cash(), paid)] }), ctx));
    const b = balances(created.state.ledger);
    expect(b.depositPaid).toBe(deposit);
    expect(b.paid).toBe(paid);
    expect(created.entries.filter((e) => e.kind === 'balancePaid').map((e) => e.amount)).toEqual(
      carryOutPaid > 0 ? [carryOutPaid] : [],
    );
    expect(created.effect.balance).toBe(created.effect.orderTotal - paid);
  });

  it.each<[string, NewLine[], Payment[], number]>([
    ['one cent above the total', bootsAndTent, [pay(cash(), 46595)], 46594],
    ['above the total over two tenders', bootsAndTent, [pay(cash(), 40000), pay(card(), 6595)], 46594],
    [
      'above the total of a hybrid order',
      [line(guide, 1, carryOut), ...bootsAndTent],
      [pay(cash(), 49090)],
      49089,
    ],
  ])('R-DEP-1 paying %s is refused: PAYMENT_ABOVE_TOTAL', (_title, lines, payments, total) => {
    const paid = payments.reduce((acc, p) => acc + p.amount, 0);
    expect(createOrder(cart(lines, { payments }), ctx)).toMatchObject({
      ok: false,
      code: 'PAYMENT_ABOVE_TOTAL',
      field: 'payments',
      details: { total, paid },
    });
  });
});

describe('deposit override (R-DEP-2)', () => {
  // Calculated: 10 % of 465.94 = 46.59; the override may go from 0 to the 465.94 still to deliver.
  it.each<[number, boolean]>([
    [0, true],
    [1000, true],
    [4659, false], // the calculated deposit itself: nothing to approve
    [10000, true], // a higher deposit than calculated is an override too
    [46594, true],
  ])('R-DEP-2 an override of %i is accepted (approval needed: %s)', (override, needsApproval) => {
    const created = accepted(createOrder(cart(bootsAndTent, { depositOverride: override }), ctx));
    expect(created.effect.depositRequired).toBe(override);
    expect(created.state.order.depositOverride).toBe(override);
    expect(created.approvals).toEqual(
      needsApproval
        ? [{ permission: 'overrideDeposit', reason: `override deposit (4659 → ${override})` }]
        : [],
    );
  });

  it.each<[string, NewLine[], number, number]>([
    ['below 0', bootsAndTent, -1, 46594],
    ['above what is still to deliver', bootsAndTent, 46595, 46594],
    ['not whole cents', bootsAndTent, 10.5, 46594],
    // The carry-out part is paid in full; the override is only for the ship and pickup part.
    [
      'above the ship and pickup part of a hybrid order',
      [line(guide, 1, carryOut), line(boots, 1, pickupAt(UTRECHT))],
      12951,
      12950,
    ],
  ])(
    'R-DEP-2 an override %s is refused: DEPOSIT_OVERRIDE_OUT_OF_RANGE',
    (_title, lines, override, maximum) => {
      expect(createOrder(cart(lines, { depositOverride: override }), ctx)).toMatchObject({
        ok: false,
        code: 'DEPOSIT_OVERRIDE_OUT_OF_RANGE',
        rule: 'R-DEP-2',
        field: 'depositOverride',
        details: { minimum: 0, maximum },
      });
    },
  );

  it('R-DEP-2 an override different from the calculated deposit needs overrideDeposit: a manager approves without it', () => {
    const preview = accepted(
      createOrder(cart(bootsAndTent, { depositOverride: 1000, payments: [pay(cash(), 1000)] }), ctx),
    );
    expect(preview.blockers).toEqual([]);
    expect(commitCheck(preview, new Set<Permission>(['createOrder']))).toMatchObject({
      ok: false,
      code: 'APPROVAL_REQUIRED',
      rule: 'R-SEC-2',
      permission: 'overrideDeposit',
    });
    expect(commitCheck(preview, new Set<Permission>(['createOrder', 'overrideDeposit']))).toBeUndefined();
  });

  it('R-DEP-2 the overridden deposit is what must be paid: 90.00 paid of an overridden 100.00 blocks', () => {
    const preview = accepted(
      createOrder(cart(bootsAndTent, { depositOverride: 10000, payments: [pay(cash(), 9000)] }), ctx),
    );
    expect(preview.blockers).toMatchObject([
      { code: 'DEPOSIT_BELOW_REQUIRED', details: { required: 10000, paid: 9000, shortfall: 1000 } },
    ]);
  });

  it('R-DEP-2 clearing the override in an edit returns to the calculated deposit', () => {
    const created = committed(createOrder(cart(bootsAndTent, { depositOverride: 0 }), ctx));
    expect(created.effect.depositRequired).toBe(0);
    const edit = { changes: [{ kind: 'clearDepositOverride' as const }], availability: plentyOfStock };

    const preview = accepted(editOrder(created.state, edit, ctx));
    expect('depositOverride' in preview.state.order).toBe(false);
    expect(preview.approvals).toEqual([]);
    expect(preview.effect).toMatchObject({ depositRequired: 4659, toCollect: 4659 });
    expect(preview.blockers).toMatchObject([
      { code: 'DEPOSIT_BELOW_REQUIRED', details: { required: 4659, paid: 0, shortfall: 4659 } },
    ]);

    const edited = committed(editOrder(created.state, { ...edit, payments: [pay(cash(), 4659)] }, ctx));
    expect(balances(edited.state.ledger).depositAvailable).toBe(4659);
  });

  it('R-DEP-2 an override set in an edit needs approval; later edits that keep it do not ask again', () => {
    const created = committed(createOrder(cart(bootsAndTent, { payments: [pay(cash(), 4659)] }), ctx));
    const overridden = accepted(
      editOrder(
        created.state,
        { changes: [{ kind: 'overrideDeposit', amount: 1000 }], availability: plentyOfStock },
        ctx,
      ),
    );
    expect(overridden.approvals).toEqual([
      { permission: 'overrideDeposit', reason: 'override deposit (4659 → 1000)' },
    ]);
    expect(commitCheck(overridden, new Set<Permission>(['editOrder']))).toMatchObject({
      code: 'APPROVAL_REQUIRED',
    });
    expect(commitCheck(overridden, allPermissions)).toBeUndefined();

    const later = committed(
      editOrder(
        overridden.state,
        { changes: [{ kind: 'setCollectors', collectors: ['Piet'] }], availability: plentyOfStock },
        ctx,
      ),
      new Set<Permission>(['editOrder']),
    );
    expect(later.effect.depositRequired).toBe(1000);
  });

  it('R-DEP-2 an out-of-range override in an edit is refused', () => {
    const created = committed(createOrder(cart(bootsAndTent, { payments: [pay(cash(), 4659)] }), ctx));
    expect(
      editOrder(
        created.state,
        { changes: [{ kind: 'overrideDeposit', amount: 46595 }], availability: plentyOfStock },
        ctx,
      ),
    ).toMatchObject({ ok: false, code: 'DEPOSIT_OVERRIDE_OUT_OF_RANGE', details: { maximum: 46594 } });
  });
});

describe('paying less than the required deposit (R-DEP-3)', () => {
  it('R-DEP-3 below the required deposit the order is blocked with the shortfall, and the preview shows what to collect', () => {
    const preview = accepted(createOrder(cart(bootsAndTent, { payments: [pay(cash(), 4000)] }), ctx));
    const shortfall = {
      ok: false,
      code: 'DEPOSIT_BELOW_REQUIRED',
      rule: 'R-DEP-3',
      field: 'payments',
      details: { required: 4659, paid: 4000, shortfall: 659 },
    };
    expect(preview.blockers).toMatchObject([shortfall]);
    expect(preview.effect).toMatchObject({ depositRequired: 4659, toCollect: 659, paidNow: 4000 });
    expect(commitCheck(preview, allPermissions)).toMatchObject(shortfall);
  });

  it('R-DEP-3 with carry-out lines the carry-out is paid first and the shortfall is on the deposit', () => {
    // Required: 2 × 24.95 = 49.90 carried out + 46.59 deposit = 96.49; 90.00 paid leaves 6.49 to collect.
    const preview = accepted(
      createOrder(cart([line(guide, 2, carryOut), ...bootsAndTent], { payments: [pay(cash(), 9000)] }), ctx),
    );
    expect(preview.entries.map((e) => [e.kind, e.amount])).toEqual([
      ['invoiced', 4990],
      ['balancePaid', 4990],
      ['depositPaid', 4010],
    ]);
    expect(preview.blockers).toMatchObject([
      { code: 'DEPOSIT_BELOW_REQUIRED', details: { required: 9649, paid: 9000, shortfall: 649 } },
    ]);
    expect(preview.effect).toMatchObject({ depositRequired: 4659, toCollect: 649 });
  });

  it('R-DEP-3 paying the required deposit completes the order', () => {
    const created = committed(
      createOrder(cart(bootsAndTent, { payments: [pay(cash(), 4000), pay(card(), 659)] }), ctx),
    );
    expect(created.blockers).toEqual([]);
    expect(created.effect.toCollect).toBe(0);
  });
});

describe('pay later disabled (R-DEP-4)', () => {
  const twoBoots = [line(boots, 2, pickupAt(AMSTERDAM))]; // 259.00, deposit 25.90
  const cardCtx = context({ profile: cardRequired });
  const authorizationFor = (amount: number) => ({
    ok: false,
    code: 'CARD_AUTHORIZATION_REQUIRED',
    rule: 'R-DEP-4',
    field: 'authorizations',
    details: { amount },
  });

  it.each<[string, Partial<CreateOrderInput>, object[]]>([
    ['only the deposit paid: authorize 233.10', { payments: [pay(cash(), 2590)] }, [authorizationFor(23310)]],
    [
      'the deposit paid and a card authorized for the rest',
      { payments: [pay(cash(), 2590)], authorizations: [{ tender: card(), amount: 23310 }] },
      [],
    ],
    [
      'a card authorized for less than the rest: 33.10 unsecured',
      { payments: [pay(cash(), 2590)], authorizations: [{ tender: card(), amount: 20000 }] },
      [authorizationFor(3310)],
    ],
    ['paid in full: nothing to authorize', { payments: [pay(cash(), 25900)] }, []],
    [
      'a larger deposit and a smaller authorization',
      { payments: [pay(card('card-1'), 10000)], authorizations: [{ tender: card('card-1'), amount: 15900 }] },
      [],
    ],
    [
      'nothing paid or authorized',
      {},
      [{ code: 'DEPOSIT_BELOW_REQUIRED', details: { shortfall: 2590 } }, authorizationFor(25900)],
    ],
    [
      'the whole amount authorized but no deposit',
      { authorizations: [{ tender: card(), amount: 25900 }] },
      [{ code: 'DEPOSIT_BELOW_REQUIRED', details: { shortfall: 2590 } }],
    ],
  ])('R-DEP-4 CardRequired, %s', (_title, extra, blockers) => {
    const preview = accepted(createOrder(cart(twoBoots, extra), cardCtx));
    expect(preview.blockers).toHaveLength(blockers.length);
    expect(preview.blockers).toMatchObject(blockers);
  });

  it('R-DEP-4 CardRequired in a hybrid order: the carry-out is paid, the card secures the rest', () => {
    // 24.95 carried out + 12.95 deposit paid; 129.50 − 12.95 = 116.55 to authorize.
    const preview = accepted(
      createOrder(
        cart([line(guide, 1, carryOut), line(boots, 1, pickupAt(AMSTERDAM))], {
          payments: [pay(cash(), 3790)],
        }),
        cardCtx,
      ),
    );
    expect(preview.blockers).toMatchObject([authorizationFor(11655)]);
  });

  it.each([
    ['CardRequired', cardCtx],
    ['NotRequired', ctx],
  ])('R-DEP-4 cash cannot be an authorization (%s): AUTHORIZATION_NOT_BY_CARD', (_title, c) => {
    expect(
      createOrder(
        cart(twoBoots, {
          payments: [pay(cash(), 2590)],
          authorizations: [{ tender: cash('cash-2'), amount: 23310 }],
        }),
        c,
      ),
    ).toMatchObject({
      ok: false,
      code: 'AUTHORIZATION_NOT_BY_CARD',
      rule: 'R-DEP-4',
      field: 'authorizations[0].tender',
    });
  });

  it('R-DEP-4 NotRequired: the deposit is enough, the balance is paid at pickup', () => {
    const created = committed(createOrder(cart(twoBoots, { payments: [pay(cash(), 2590)] }), ctx));
    expect(created.blockers).toEqual([]);
    expect(balances(created.state.ledger).authorizationOpen).toBe(0);
    expect(created.effect.balance).toBe(23310);
  });

  it('R-DEP-4 the authorized card is captured when the goods are delivered', () => {
    const created = committed(
      createOrder(
        cart(twoBoots, {
          payments: [pay(cash(), 2590)],
          authorizations: [{ tender: card(), amount: 23310 }],
        }),
        cardCtx,
      ),
    );
    expect(created.effect.authorized).toBe(23310);
    const bootsLine = created.state.order.lines[0]?.id ?? '';
    const picked = committed(
      pickUpOrder(
        created.state,
        { lines: [{ lineId: bootsLine, quantity: 2 }] },
        context({ profile: cardRequired, at: '2026-11-30T10:00:00Z' }),
      ),
    );
    expect(picked.effect).toMatchObject({
      invoiced: 25900,
      depositApplied: 2590,
      captured: 23310,
      paidNow: 0,
    });
    expect(balances(picked.state.ledger)).toMatchObject({ authorizationOpen: 0, due: 0, paid: 25900 });
  });
});

describe('deposits by several tenders (R-DEP-5)', () => {
  // 20.00 cash and two cards of 15.00: 50.00 against a required 46.59.
  const created = committed(
    createOrder(
      cart(bootsAndTent, {
        payments: [pay(cash(), 2000), pay(card('card-1'), 1500), pay(card('card-2'), 1500)],
      }),
      ctx,
    ),
  );
  const later = context({ at: '2026-11-28T09:00:00Z' });

  it('R-DEP-5 each tender keeps the deposit it paid', () => {
    const b = balances(created.state.ledger);
    expect(b.depositAvailable).toBe(5000);
    expect(b.perTender.map((t) => [t.tender.id, t.tender.method, t.depositPaid, t.depositAvailable])).toEqual(
      [
        ['cash-1', 'cash', 2000, 2000],
        ['card-1', 'card', 1500, 1500],
        ['card-2', 'card', 1500, 1500],
      ],
    );
  });

  it('R-DEP-5 without a cancellation charge, each tender gets back exactly its deposit', () => {
    const cancelled = committed(cancelOrder(created.state, { chargeOverride: 0 }, later));
    expect(
      cancelled.entries.filter((e) => e.kind === 'refunded').map((e) => [e.tender.id, e.amount, e.from]),
    ).toEqual([
      ['card-2', 1500, 'deposit'],
      ['card-1', 1500, 'deposit'],
      ['cash-1', 2000, 'deposit'],
    ]);
    expect(
      balances(cancelled.state.ledger).perTender.map((t) => [t.tender.id, t.refunded, t.depositAvailable]),
    ).toEqual([
      ['cash-1', 2000, 0],
      ['card-1', 1500, 0],
      ['card-2', 1500, 0],
    ]);
  });

  it('R-DEP-5 the cancellation charge takes the oldest deposits; the rest goes back to the tenders that paid it', () => {
    // 5 % of 259.00 + 199.99 = 22.9495 → 22.95: cash 20.00 and 2.95 of card-1 pay it;
    // card-2 gets its 15.00 back and card-1 the 12.05 it has left.
    const cancelled = committed(cancelOrder(created.state, {}, later));
    expect(
      cancelled.entries.filter((e) => e.kind === 'depositApplied').map((e) => [e.tender.id, e.amount]),
    ).toEqual([
      ['cash-1', 2000],
      ['card-1', 295],
    ]);
    expect(
      cancelled.entries.filter((e) => e.kind === 'refunded').map((e) => [e.tender.id, e.amount]),
    ).toEqual([
      ['card-2', 1500],
      ['card-1', 1205],
    ]);
    for (const t of balances(cancelled.state.ledger).perTender) {
      expect(t.refunded).toBeLessThanOrEqual(t.depositPaid);
      expect(t.depositAvailable).toBe(0);
    }
  });
});

describe('what a card may hold and a quote may not take (R-DEP-4, R-CRE-5)', () => {
  it('R-DEP-4 a card is authorized for at most the balance left after the deposit', () => {
    // 465.94 − 50.00 paid = 415.94 is the most a card may hold.
    const authorize = (amount: number) =>
      createOrder(
        cart(bootsAndTent, { payments: [pay(cash(), 5000)], authorizations: [{ tender: card(), amount }] }),
        context({ profile: cardRequired }),
      );
    expect(commitCheck(accepted(authorize(41594)), allPermissions)).toBeUndefined();
    expect(authorize(41595)).toMatchObject({
      ok: false,
      code: 'PAYMENT_ABOVE_TOTAL',
      rule: 'R-DEP-4',
      field: 'authorizations',
      details: { unpaid: 41594, authorized: 41595 },
    });
  });

  it('R-DEP-2 a quote takes no deposit override: it is set when the quote is converted', () => {
    expect(createOrder(cart(bootsAndTent, { type: 'quote', depositOverride: 0 }), ctx)).toMatchObject({
      ok: false,
      code: 'QUOTE_TAKES_NO_PAYMENT',
      field: 'depositOverride',
    });
  });
});
