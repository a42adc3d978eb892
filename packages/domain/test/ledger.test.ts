import { describe, expect, it } from 'vitest';
import {
  type Balances,
  balances,
  cancelOrder,
  convertQuote,
  createOrder,
  editOrder,
  type LedgerEntry,
  type LedgerEntryDraft,
  type LedgerEntryKind,
  type OrderState,
  type Outcome,
  packLines,
  pickLines,
  pickUpOrder,
  returnOrder,
  shipOrder,
} from '../src/index.ts';
import {
  AMSTERDAM,
  boots,
  card,
  cash,
  committed,
  context,
  DC,
  guide,
  pay,
  plentyOfStock,
  sequentialIds,
  shipment,
  tent,
} from './fixtures.ts';

type Scalars = Omit<Balances, 'perTender'>;

/** One id generator for every step of an order's life, as a tier would have: ids never repeat. */
const ids = sequentialIds('x');
const at = (iso: string, extra: Parameters<typeof context>[0] = {}) =>
  context({ at: iso, newId: ids, ...extra });
type TenderScalars = Omit<Balances['perTender'][number], 'tender'>;

const cash1 = cash('cash-1');
const card1 = card('card-1');

const stamped = (drafts: readonly LedgerEntryDraft[]): LedgerEntry[] =>
  drafts.map(
    (draft, index) => ({ ...draft, id: `e-${index + 1}`, at: '2026-11-27T10:00:00Z' }) as LedgerEntry,
  );

function scalars(b: Balances): Scalars {
  const { perTender: _perTender, ...rest } = b;
  return rest;
}

function tenderScalars(b: Balances, tenderId: string): TenderScalars {
  const row = b.perTender.find((t) => t.tender.id === tenderId);
  if (!row) throw new Error(`no tender ${tenderId}`);
  const { tender: _tender, ...rest } = row;
  return rest;
}

function difference<T extends object>(after: T, before: T): T {
  return Object.fromEntries(
    Object.entries(after).map(([key, value]) => [
      key,
      (value as number) - (before[key as keyof T] as number),
    ]),
  ) as T;
}

const ZERO: Scalars = {
  paid: 0,
  received: 0,
  refunded: 0,
  paidOut: 0,
  depositPaid: 0,
  depositApplied: 0,
  depositRefunded: 0,
  depositAvailable: 0,
  authorizationOpen: 0,
  receivable: 0,
  settled: 0,
  due: 0,
};
const ZERO_TENDER: TenderScalars = {
  received: 0,
  refunded: 0,
  depositPaid: 0,
  depositApplied: 0,
  depositRefunded: 0,
  depositAvailable: 0,
  authorized: 0,
  captured: 0,
  voided: 0,
  authorizationOpen: 0,
};

/**
 * An order's ledger part way: invoice inv-1 of 100.00, a 30.00 cash deposit, a card authorized for 50.00.
 * Each row below appends one entry of 10.00 and says how every balance moves.
 */
const base = stamped([
  { kind: 'invoiced', invoiceId: 'inv-1', amount: 10000 },
  { kind: 'depositPaid', tender: cash1, amount: 3000 },
  { kind: 'cardAuthorized', tender: card1, amount: 5000 },
]);

interface KindCase {
  readonly title: string;
  readonly entry: LedgerEntryDraft;
  readonly moves: Partial<Scalars>;
  readonly tender?: { readonly id: string; readonly moves: Partial<TenderScalars> };
}

/** Every kind of entry, each with how it moves the balances: a new kind does not compile until it is here. */
const EVERY_KIND: Record<LedgerEntryKind, readonly KindCase[]> = {
  depositPaid: [
    {
      title: 'a deposit paid is received and held',
      entry: { kind: 'depositPaid', tender: cash1, amount: 1000 },
      moves: { paid: 1000, received: 1000, depositPaid: 1000, depositAvailable: 1000 },
      tender: { id: 'cash-1', moves: { received: 1000, depositPaid: 1000, depositAvailable: 1000 } },
    },
  ],
  balancePaid: [
    {
      title: 'a balance paid against an invoice settles it',
      entry: { kind: 'balancePaid', tender: cash1, amount: 1000, invoiceId: 'inv-1' },
      moves: { paid: 1000, received: 1000, settled: 1000, due: -1000 },
      tender: { id: 'cash-1', moves: { received: 1000 } },
    },
  ],
  cardAuthorized: [
    {
      title: 'an authorization moves no money, it holds the card',
      entry: { kind: 'cardAuthorized', tender: card1, amount: 1000 },
      moves: { authorizationOpen: 1000 },
      tender: { id: 'card-1', moves: { authorized: 1000, authorizationOpen: 1000 } },
    },
  ],
  cardCaptured: [
    {
      title: 'a capture receives money against an invoice and uses the authorization',
      entry: { kind: 'cardCaptured', tender: card1, amount: 1000, invoiceId: 'inv-1' },
      moves: { paid: 1000, received: 1000, settled: 1000, due: -1000, authorizationOpen: -1000 },
      tender: { id: 'card-1', moves: { received: 1000, captured: 1000, authorizationOpen: -1000 } },
    },
  ],
  authorizationVoided: [
    {
      title: 'a void releases the authorization',
      entry: { kind: 'authorizationVoided', tender: card1, amount: 1000 },
      moves: { authorizationOpen: -1000 },
      tender: { id: 'card-1', moves: { voided: 1000, authorizationOpen: -1000 } },
    },
  ],
  depositApplied: [
    {
      title: 'a deposit applied settles the invoice from the deposit held',
      entry: { kind: 'depositApplied', tender: cash1, amount: 1000, invoiceId: 'inv-1' },
      moves: { depositApplied: 1000, depositAvailable: -1000, settled: 1000, due: -1000 },
      tender: { id: 'cash-1', moves: { depositApplied: 1000, depositAvailable: -1000 } },
    },
  ],
  refunded: [
    {
      title: 'a deposit refunded goes back to its tender',
      entry: { kind: 'refunded', tender: cash1, amount: 1000, from: 'deposit' },
      moves: { paid: -1000, refunded: 1000, depositRefunded: 1000, depositAvailable: -1000 },
      tender: { id: 'cash-1', moves: { refunded: 1000, depositRefunded: 1000, depositAvailable: -1000 } },
    },
    {
      title: 'a refund for a return gives back what settled the invoice',
      entry: {
        kind: 'refunded',
        tender: cash1,
        amount: 1000,
        from: 'invoice',
        invoiceId: 'inv-1',
        returnOrderId: 'r-1',
      },
      moves: { paid: -1000, refunded: 1000, settled: -1000, due: 1000 },
      tender: { id: 'cash-1', moves: { refunded: 1000 } },
    },
  ],
  paidOut: [
    {
      title: 'cash paid out for a return beyond what the tenders paid',
      entry: { kind: 'paidOut', amount: 1000, returnOrderId: 'r-1' },
      moves: { paid: -1000, paidOut: 1000, settled: -1000, due: 1000 },
    },
  ],
  invoiced: [
    {
      title: 'goods invoiced become receivable',
      entry: { kind: 'invoiced', invoiceId: 'inv-2', amount: 1000 },
      moves: { receivable: 1000, due: 1000 },
    },
  ],
  chargeInvoiced: [
    {
      title: 'a charge invoiced becomes receivable',
      entry: { kind: 'chargeInvoiced', invoiceId: 'inv-2', chargeId: 'ch-1', code: 'CANC', amount: 1000 },
      moves: { receivable: 1000, due: 1000 },
    },
  ],
  credited: [
    {
      title: 'a return credit lowers what is receivable',
      entry: { kind: 'credited', invoiceId: 'inv-1', returnOrderId: 'r-1', amount: 1000 },
      moves: { receivable: -1000, due: -1000 },
    },
  ],
};

describe('the ledger (R-MON-5)', () => {
  it('R-MON-5 the base ledger’s balances', () => {
    expect(scalars(balances(base))).toEqual({
      ...ZERO,
      paid: 3000,
      received: 3000,
      depositPaid: 3000,
      depositAvailable: 3000,
      authorizationOpen: 5000,
      receivable: 10000,
      due: 10000,
    });
    expect(balances([])).toEqual({ ...ZERO, perTender: [] });
  });

  it.each(
    Object.values(EVERY_KIND)
      .flat()
      .map((c) => [c.entry.kind, c.title, c] as const),
  )('R-MON-5 every entry kind is handled: %s (%s)', (_kind, _title, c) => {
    const before = balances(base);
    const after = balances([...base, ...stamped([c.entry])]);
    expect(difference(scalars(after), scalars(before))).toEqual({ ...ZERO, ...c.moves });
    if (c.tender) {
      const tenderBefore = before.perTender.some((t) => t.tender.id === c.tender?.id)
        ? tenderScalars(before, c.tender.id)
        : ZERO_TENDER;
      expect(difference(tenderScalars(after, c.tender.id), tenderBefore)).toEqual({
        ...ZERO_TENDER,
        ...c.tender.moves,
      });
    }
  });

  it('R-MON-5 the table names every kind exactly once', () => {
    expect(Object.keys(EVERY_KIND).sort()).toEqual(
      [
        'authorizationVoided',
        'balancePaid',
        'cardAuthorized',
        'cardCaptured',
        'chargeInvoiced',
        'credited',
        'depositApplied',
        'depositPaid',
        'invoiced',
        'paidOut',
        'refunded',
      ].sort(),
    );
  });

  it('R-MON-5 balances are a fold: the same entries in the same order give the same balances, every time', () => {
    const all = stamped([
      ...base,
      ...Object.values(EVERY_KIND).flatMap((cases) => cases.map((c) => c.entry)),
    ]);
    expect(balances(all)).toEqual(balances([...all]));
    // paid is what came in less what went back; due is what is invoiced less what settled it.
    const b = balances(all);
    expect(b.paid).toBe(b.received - b.refunded - b.paidOut);
    expect(b.due).toBe(b.receivable - b.settled);
    expect(b.depositAvailable).toBe(b.depositPaid - b.depositApplied - b.depositRefunded);
  });
});

describe('balances of a real order, derived from its entries (R-MON-5)', () => {
  // Two pairs of boots picked up here and a tent shipped for €6.95: 465.94, deposit 46.59.
  // The customer pays 20.00 cash and 30.00 by card.
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-4001',
        lines: [
          { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-30' } },
          { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
        ],
        shipments: [shipment('SH1', 695)],
        payments: [pay(cash1, 2000), pay(card1, 3000)],
        availability: plentyOfStock,
      },
      at('2026-11-27T10:00:00Z'),
    ),
  );
  const [bootsLine] = created.state.order.lines;
  if (!bootsLine) throw new Error('boots expected');
  const atStore = at('2026-11-30T10:00:00Z');
  // One pair picked up: 129.50, the deposit of 50.00 applied, 79.50 paid in cash.
  const pickedUp = committed(
    pickUpOrder(
      created.state,
      { lines: [{ lineId: bootsLine.id, quantity: 1 }], payments: [pay(cash('cash-2'), 7950)] },
      atStore,
    ),
  );
  // The tent ships with its charge: 206.94 invoiced, no deposit left, no card: it stays due.
  const shipped = committed(
    shipOrder(pickedUp.state, { shipmentId: 'SH1' }, at('2026-12-01T08:00:00Z', { locationId: DC })),
  );
  const pickupInvoice = pickedUp.invoices[0];
  if (!pickupInvoice) throw new Error('pickup invoice expected');
  // The pair is returned: 129.50 goes back to the tenders that paid the invoice, newest first.
  const returned = committed(
    returnOrder(
      shipped.state,
      { invoiceId: pickupInvoice.id, lines: [{ lineId: bootsLine.id, quantity: 1 }], reason: 'too tight' },
      at('2026-12-02T10:00:00Z'),
    ),
  );

  it.each<[string, () => OrderState, Partial<Scalars>, [string, number, number, number][]]>([
    [
      'after creation: 50.00 paid and held as deposit',
      () => created.state,
      { paid: 5000, depositPaid: 5000, depositAvailable: 5000, depositApplied: 0, refunded: 0, due: 0 },
      [
        // tender, received, deposit available, refunded
        ['cash-1', 2000, 2000, 0],
        ['card-1', 3000, 3000, 0],
      ],
    ],
    [
      'after the pickup: the deposit applied, the rest paid, nothing due',
      () => pickedUp.state,
      { paid: 12950, depositApplied: 5000, depositAvailable: 0, receivable: 12950, settled: 12950, due: 0 },
      [
        ['cash-1', 2000, 0, 0],
        ['card-1', 3000, 0, 0],
        ['cash-2', 7950, 0, 0],
      ],
    ],
    [
      'after the shipment: 206.94 invoiced and due',
      () => shipped.state,
      { paid: 12950, receivable: 33644, settled: 12950, due: 20694 },
      [
        ['cash-1', 2000, 0, 0],
        ['card-1', 3000, 0, 0],
        ['cash-2', 7950, 0, 0],
      ],
    ],
    [
      'after the return: 129.50 refunded to the pickup’s tenders, newest first',
      () => returned.state,
      { paid: 0, refunded: 12950, receivable: 20694, settled: 0, due: 20694 },
      [
        ['cash-1', 2000, 0, 2000],
        ['card-1', 3000, 0, 3000],
        ['cash-2', 7950, 0, 7950],
      ],
    ],
  ])('R-MON-5 %s', (_title, state, expected, perTender) => {
    const b = balances(state().ledger);
    expect(b).toMatchObject(expected);
    expect(b.perTender.map((t) => [t.tender.id, t.received, t.depositAvailable, t.refunded])).toEqual(
      perTender,
    );
  });

  it('R-MON-5 the refunds of the return went newest tender first', () => {
    expect(returned.entries.filter((e) => e.kind === 'refunded').map((e) => [e.tender.id, e.amount])).toEqual(
      [
        ['cash-2', 7950],
        ['card-1', 3000],
        ['cash-1', 2000],
      ],
    );
  });
});

/** Freezes a state all the way down, so an operation that changed its input would throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function next<T extends Outcome>(outcome: T): T {
  deepFreeze(outcome.state);
  return outcome;
}

describe('the ledger is append-only across every operation (R-MON-5)', () => {
  const ctx = at('2026-11-27T10:00:00Z');
  const here = at('2026-11-28T10:00:00Z');
  const create = next(
    committed(
      createOrder(
        {
          type: 'customerOrder',
          customerId: 'C-4002',
          lines: [
            { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-28' } },
            { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
            { ...guide, quantity: 1, delivery: { kind: 'carryOut' } },
          ],
          shipments: [shipment('SH1', 695)],
          // 24.95 carried out and 50.00 of deposit (46.59 required)
          payments: [pay(cash1, 7495)],
          availability: plentyOfStock,
        },
        ctx,
      ),
    ),
  );
  const [bootsLine, tentLine] = create.state.order.lines;
  if (!bootsLine || !tentLine) throw new Error('lines expected');
  // A guide to pick up as well: 10 % of 490.89 = 49.09, still covered by the 50.00.
  const edit = next(
    committed(
      editOrder(
        create.state,
        {
          changes: [
            {
              kind: 'addLine',
              line: {
                ...guide,
                quantity: 1,
                delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-28' },
              },
            },
          ],
          availability: plentyOfStock,
        },
        ctx,
      ),
    ),
  );
  const pick = next(
    committed(pickLines(edit.state, { lines: [{ lineId: bootsLine.id, quantity: 1 }] }, here)),
  );
  const pack = next(
    committed(packLines(pick.state, { lines: [{ lineId: bootsLine.id, quantity: 1 }] }, here)),
  );
  // 129.50 picked up: the 50.00 deposit applied and 79.50 paid by card.
  const pickUp = next(
    committed(
      pickUpOrder(
        pack.state,
        { lines: [{ lineId: bootsLine.id, quantity: 1 }], payments: [pay(card1, 7950)] },
        here,
      ),
    ),
  );
  const ship = next(
    committed(shipOrder(pickUp.state, { shipmentId: 'SH1' }, at('2026-12-01T08:00:00Z', { locationId: DC }))),
  );
  const shipmentInvoice = ship.invoices[0];
  if (!shipmentInvoice) throw new Error('shipment invoice expected');
  const returned = next(
    committed(
      returnOrder(
        ship.state,
        { invoiceId: shipmentInvoice.id, lines: [{ lineId: tentLine.id, quantity: 1 }], reason: 'damaged' },
        at('2026-12-02T10:00:00Z'),
      ),
    ),
  );
  // Cancelling the rest (a pair of boots and the guide, 154.45): 5 % = 7.7225 → 7.72, paid now.
  const cancel = next(
    committed(cancelOrder(returned.state, { payments: [pay(cash1, 772)] }, at('2026-12-02T11:00:00Z'))),
  );
  const quote = next(
    committed(
      createOrder(
        {
          type: 'quote',
          customerId: 'C-4003',
          lines: [
            { ...tent, quantity: 1, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-12-10' } },
          ],
          availability: plentyOfStock,
        },
        ctx,
      ),
    ),
  );
  const convert = next(
    committed(convertQuote(quote.state, { availability: plentyOfStock, payments: [pay(cash1, 2000)] }, ctx)),
  );

  it.each<[string, OrderState | undefined, Outcome]>([
    ['create', undefined, create],
    ['edit', create.state, edit],
    ['pick', edit.state, pick],
    ['pack', pick.state, pack],
    ['pickUp', pack.state, pickUp],
    ['ship', pickUp.state, ship],
    ['return', ship.state, returned],
    ['cancel', returned.state, cancel],
    ['create a quote', undefined, quote],
    ['convertQuote', quote.state, convert],
  ])(
    'R-MON-5 %s: the new ledger is the old ledger, unchanged, followed by the new entries',
    (_title, before, outcome) => {
      const old = before?.ledger ?? [];
      const ledger = outcome.state.ledger;
      expect(ledger).toHaveLength(old.length + outcome.entries.length);
      old.forEach((entry, index) => {
        expect(ledger[index]).toBe(entry);
      });
      expect(ledger.slice(old.length)).toEqual(outcome.entries);
      const ids = ledger.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('R-MON-5 operations that move no money add no entries', () => {
    expect(pick.entries).toEqual([]);
    expect(pack.entries).toEqual([]);
    expect(quote.entries).toEqual([]);
  });

  it('R-MON-5 over the whole life of the order nothing paid is lost', () => {
    const b = balances(cancel.state.ledger);
    // In: 74.95 cash + 79.50 card + 7.72 cash. Out: 199.99 + 6.95 credited against the unpaid shipment
    // invoice, so no refund; the order owes nothing and holds nothing.
    expect(b).toMatchObject({
      received: 7495 + 7950 + 772,
      refunded: 0,
      paidOut: 0,
      due: 0,
      depositAvailable: 0,
    });
    expect(b.paid).toBe(b.settled);
  });
});
