import { describe, expect, it } from 'vitest';
import {
  balances,
  cancelOrder,
  commitCheck,
  convertQuote,
  createOrder,
  lineStatus,
  orderStatus,
  pickUpOrder,
  returnOrder,
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
  shipment,
  tent,
  UTRECHT,
} from './fixtures.ts';

describe('worked example: a hybrid order from creation to its shipment (R-CRE-4, R-DEP-1, R-DEP-4, R-PCK-3, R-PCK-5)', () => {
  // At S01 Amsterdam, with pay later disabled: two guides carried out, two pairs of boots to pick up at
  // S02 Utrecht, a tent shipped from the distribution centre with a €6.95 shipping charge.
  const ctx = context({ profile: cardRequired });
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1001',
        lines: [
          { ...guide, quantity: 2, delivery: { kind: 'carryOut' } },
          { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: UTRECHT, date: '2026-11-30' } },
          { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
        ],
        shipments: [shipment('SH1', 695)],
        payments: [pay(cash(), 6000), pay(card('card-1'), 4000)],
        authorizations: [{ tender: card('card-1'), amount: 41584 }],
        availability: plentyOfStock,
      },
      ctx,
    ),
  );
  const [guides, bootLine, tentLine] = created.state.order.lines;
  if (!guides || !bootLine || !tentLine) throw new Error('three lines expected');

  it('creates a customer order whose carry-out lines are invoiced and paid at once', () => {
    expect(created.saleKind).toBe('customerOrder');
    // 2 × 24.95 + 2 × 129.50 + 199.99 + 6.95 shipping
    expect(created.effect.orderTotal).toBe(51584);
    expect(created.invoices).toHaveLength(1);
    expect(created.invoices[0]).toMatchObject({
      kind: 'carryOut',
      total: 4990,
      vat: [{ rate: 9, gross: 4990, vat: 412 }],
    });
    expect(lineStatus(guides)).toBe('delivered');
    expect(orderStatus(created.state.order)).toBe('partiallyDelivered');
  });

  it('requires the carry-out lines in full plus 10 % of the rest as deposit', () => {
    // 10 % × (259.00 + 199.99 + 6.95) = 46.594 → 46.59; plus 49.90 carried out = 96.49
    expect(created.effect.depositRequired).toBe(4659);
    const b = balances(created.state.ledger);
    // Cash pays the carry-out invoice first; the 10.10 left and the card's 40.00 are the deposit.
    expect(b.depositPaid).toBe(5010);
    expect(b.perTender.map((t) => [t.tender.id, t.depositAvailable])).toEqual([
      ['cash-1', 1010],
      ['card-1', 4000],
    ]);
    expect(b.authorizationOpen).toBe(41584);
    expect(created.effect.balance).toBe(41584);
    expect(created.state.order.pickupCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });

  const utrecht = context({ profile: cardRequired, locationId: UTRECHT, at: '2026-11-30T14:00:00Z' });
  const first = committed(
    pickUpOrder(created.state, { lines: [{ lineId: bootLine.id, quantity: 1 }] }, utrecht),
  );

  it('first partial pickup at Utrecht applies the whole deposit and captures the card for the rest', () => {
    expect(first.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 5010,
      due: 7940,
      captured: 7940,
      paidNow: 0,
    });
    expect(first.invoices[0]?.vat).toEqual([{ rate: 21, gross: 12950, vat: 2248, net: 10702 }]);
    expect(orderStatus(first.state.order)).toBe('partiallyDelivered');
    expect(balances(first.state.ledger).depositAvailable).toBe(0);
  });

  const second = committed(
    pickUpOrder(first.state, { lines: [{ lineId: bootLine.id, quantity: 1 }] }, utrecht),
  );

  it('second partial pickup has no deposit left and captures the full value', () => {
    expect(second.effect).toMatchObject({ invoiced: 12950, depositApplied: 0, due: 12950, captured: 12950 });
    expect(lineStatus(second.state.order.lines[1] ?? bootLine)).toBe('delivered');
  });

  const hq = context({ profile: cardRequired, locationId: DC, at: '2026-12-01T08:00:00Z' });
  const shipped = committed(shipOrder(second.state, { shipmentId: 'SH1' }, hq));

  it('the shipment invoices the tent with the shipping charge and captures the rest of the authorization', () => {
    expect(shipped.effect).toMatchObject({ invoiced: 20694, due: 20694, captured: 20694, voided: 0 });
    expect(shipped.invoices[0]?.charges).toEqual([
      { chargeId: expect.any(String), code: 'SHIP', amount: 695, vatRate: 21 },
    ]);
    expect(orderStatus(shipped.state.order)).toBe('delivered');
    const b = balances(shipped.state.ledger);
    expect(b).toMatchObject({
      paid: 51584,
      receivable: 51584,
      due: 0,
      depositAvailable: 0,
      authorizationOpen: 0,
    });
    expect(shipped.effect.balance).toBe(0);
  });
});

describe('worked example: cancelling with a charge and a refund (R-CAN-1, R-CAN-2, R-CAN-3, R-DEP-5)', () => {
  const ctx = context();
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1002',
        lines: [
          { ...boots, quantity: 2, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-11-28' } },
          { ...tent, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
        ],
        shipments: [shipment('SH1', 695)],
        payments: [pay(cash(), 2000), pay(card(), 3000)],
        availability: plentyOfStock,
      },
      ctx,
    ),
  );

  it('shows the charge and refund in the preview before anything is committed', () => {
    const preview = accepted(cancelOrder(created.state, {}, context({ at: '2026-11-28T09:00:00Z' })));
    // 5 % of 259.00 + 199.99 = 22.9495 → 22.95; the deposit of 50.00 pays it and 27.05 goes back.
    expect(preview.effect).toMatchObject({ charge: 2295, depositApplied: 2295, refund: 2705, toCollect: 0 });
    expect(commitCheck(preview, new Set(['cancel']))).toBeUndefined();
  });

  it('drops the shipping charge, applies the deposit oldest tender first and refunds the rest to the card', () => {
    const cancelled = committed(cancelOrder(created.state, {}, context({ at: '2026-11-28T09:00:00Z' })));
    expect(orderStatus(cancelled.state.order)).toBe('cancelled');
    expect(cancelled.state.order.charges.map((c) => [c.kind, c.status, c.amount])).toEqual([
      ['shipping', 'dropped', 695],
      ['cancellation', 'invoiced', 2295],
    ]);
    const refunds = cancelled.entries.filter((e) => e.kind === 'refunded');
    expect(refunds.map((e) => [e.tender.id, e.amount])).toEqual([['card-1', 2705]]);
    const applied = cancelled.entries.filter((e) => e.kind === 'depositApplied');
    expect(applied.map((e) => [e.tender.id, e.amount])).toEqual([
      ['cash-1', 2000],
      ['card-1', 295],
    ]);
    expect(cancelled.stock).toEqual([
      { kind: 'release', locationId: AMSTERDAM, productId: 'BOOT-42', quantity: 2 },
      { kind: 'release', locationId: DC, productId: 'TENT-2P', quantity: 1 },
    ]);
    expect(cancelled.effect.orderTotal).toBe(2295);
    expect(cancelled.effect.balance).toBe(0);
  });
});

describe('worked example: two returns whose shipping refunds cross the approval threshold (R-RET-1, R-RET-3)', () => {
  const ctx = context();
  const created = committed(
    createOrder(
      {
        type: 'customerOrder',
        customerId: 'C-1003',
        lines: [
          { ...tent, quantity: 2, delivery: { kind: 'ship', shipmentId: 'SH1' } },
          { ...boots, quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
        ],
        shipments: [shipment('SH1', 1500)],
        payments: [pay(card(), 54448)],
        availability: plentyOfStock,
      },
      ctx,
    ),
  );
  const shipped = committed(
    shipOrder(created.state, { shipmentId: 'SH1' }, context({ locationId: DC, at: '2026-12-01T08:00:00Z' })),
  );
  const invoice = shipped.invoices[0];
  const [tents, bootLine] = shipped.state.order.lines;
  if (!invoice || !tents || !bootLine) throw new Error('invoice and lines expected');
  const atStore = context({ at: '2026-12-05T12:00:00Z' });

  // 15.00 over the shipment by value: tents 399.98 → 11.33 (11.3311), boots 129.50 → 3.67 (3.6688, the larger
  // remainder takes the spare cent); the tents' 11.33 over two units: 5.67 and 5.66.
  const first = committed(
    returnOrder(
      shipped.state,
      { invoiceId: invoice.id, lines: [{ lineId: tents.id, quantity: 1 }], reason: 'too small' },
      atStore,
    ),
    new Set(['return']),
  );

  it('the first return proposes the tent’s share of the shipping charge and needs no approval', () => {
    expect(first.proposedShippingRefund).toBe(567);
    expect(first.returnOrder).toMatchObject({ shippingRefund: 567, total: 19999 + 567 });
    expect(first.approvals).toEqual([]);
    expect(first.entries.filter((e) => e.kind === 'refunded').map((e) => e.amount)).toEqual([20566]);
    expect(first.stock).toEqual([
      { kind: 'restock', locationId: AMSTERDAM, productId: 'TENT-2P', quantity: 1 },
    ]);
  });

  it('the second return brings shipping refunds to 15.00, over the 10.00 limit: a manager must approve', () => {
    const second = accepted(
      returnOrder(
        first.state,
        {
          invoiceId: invoice.id,
          lines: [
            { lineId: tents.id, quantity: 1 },
            { lineId: bootLine.id, quantity: 1 },
          ],
          reason: 'changed mind',
        },
        atStore,
      ),
    );
    expect(second.proposedShippingRefund).toBe(566 + 367);
    expect(second.approvals).toEqual([
      { permission: 'approveRefundOverLimit', reason: expect.stringContaining('1500') },
    ]);
    expect(commitCheck(second, new Set(['return']))).toMatchObject({
      code: 'APPROVAL_REQUIRED',
      permission: 'approveRefundOverLimit',
    });
    expect(commitCheck(second, new Set(['return', 'approveRefundOverLimit']))).toBeUndefined();
    // Everything returned: the whole 544.48 went back to the card.
    expect(balances(second.state.ledger)).toMatchObject({ paid: 0, refunded: 54448, paidOut: 0, due: 0 });
  });
});

describe('worked example: a quote that expires (R-CRE-5)', () => {
  const quote = committed(
    createOrder(
      {
        type: 'quote',
        customerId: 'C-1004',
        lines: [
          { ...tent, quantity: 3, delivery: { kind: 'pickup', storeId: AMSTERDAM, date: '2026-12-15' } },
        ],
        availability: plentyOfStock,
      },
      context({ at: '2026-11-27T22:30:00Z' }), // 23:30 in Amsterdam, still the 27th
    ),
  );

  it('expires at the end of the day 14 days after creation, in the store’s time zone', () => {
    expect(quote.saleKind).toBe('quote');
    expect(quote.state.order.quoteExpiresOn).toBe('2026-12-11');
    expect(quote.stock).toEqual([]);
    expect(quote.effect.depositRequired).toBe(0);
  });

  it('converts at 23:30 on its last day in Amsterdam, with the deposit taken then', () => {
    const converted = committed(
      convertQuote(
        quote.state,
        { availability: plentyOfStock, payments: [pay(cash(), 6000)] },
        context({ at: '2026-12-11T22:30:00Z' }),
      ),
    );
    expect(converted.state.order.type).toBe('customerOrder');
    expect(converted.effect.depositRequired).toBe(6000); // 10 % of 3 × 199.99 = 59.997 → 60.00
    expect(converted.stock).toEqual([
      { kind: 'reserve', locationId: AMSTERDAM, productId: 'TENT-2P', quantity: 3 },
    ]);
  });

  it('is refused half an hour into the next day in Amsterdam, though it is still the 11th in UTC', () => {
    const late = convertQuote(
      quote.state,
      { availability: plentyOfStock },
      context({ at: '2026-12-11T23:30:00Z' }),
    );
    expect(late).toMatchObject({ ok: false, code: 'QUOTE_EXPIRED', rule: 'R-CRE-5' });
  });
});
