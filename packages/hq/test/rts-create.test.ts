import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, manager, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  authorizationOf,
  cardTenders,
  cardToken,
  carryOut,
  cash,
  createOrder,
  operate,
  orderBody,
  pickup,
  START,
  type StoreClient,
  setPaymentRequirement,
  ship,
  shipment,
  snapshot,
  stockLevel,
  TEST_CARDS,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: creating orders and quotes on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  let s02: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
    s02 = storeClient(hq, 'S02');
  });
  afterAll(() => hq.close());

  it('R-DEP-1 R-DEP-3 an order is refused 402 with the shortfall until the required deposit is paid, and nothing is written', async () => {
    const before = await snapshot(hq);
    // 10 % of 199.99 = 19.999 → 20.00 (R-MON-2).
    const none = await s01.post('/orders', orderBody([pickup('TENT-2P', 1)]));
    expect(none.status).toBe(402);
    expect(none.body).toMatchObject({
      code: 'DEPOSIT_BELOW_REQUIRED',
      rule: 'R-DEP-3',
      field: 'payments',
      details: { required: 2000, paid: 0, shortfall: 2000 },
    });
    const some = await s01.post('/orders', orderBody([pickup('TENT-2P', 1)], { payments: [cash(1500)] }));
    expect(some.status).toBe(402);
    expect(some.body.details).toEqual({ required: 2000, paid: 1500, shortfall: 500 });
    // R-DEP-1: the carry-out part is paid in full on top of the deposit: 2 × 24.95 + 10 % of 129.50.
    const hybrid = await s01.post(
      '/orders',
      orderBody([carryOut('BOOK-WAD', 2), pickup('BOOT-42', 1)], { payments: [cash(5000)] }),
    );
    expect(hybrid.status).toBe(402);
    expect(hybrid.body.details).toEqual({ required: 4990 + 1295, paid: 5000, shortfall: 1285 });
    expect(await snapshot(hq)).toEqual(before);

    const paid = await createOrder(s01, [pickup('TENT-2P', 1)], { payments: [cash(2000)] });
    expect(paid.effect).toMatchObject({
      orderTotal: 19999,
      depositRequired: 2000,
      paidNow: 2000,
      invoiced: 0,
      balance: 17999,
    });
    expect(paid.blockers).toEqual([]);
    expect(paid.order.money).toMatchObject({ total: 19999, paid: 2000, depositAvailable: 2000, due: 0 });
  });

  it('R-DEP-3 the customer may pay more than the deposit, up to the total, and no more', async () => {
    const whole = await createOrder(s01, [pickup('BOOK-WAD', 2)], { payments: [cash(4990)] });
    expect(whole.effect).toMatchObject({ orderTotal: 4990, depositRequired: 499, paidNow: 4990, balance: 0 });
    expect(whole.order.money.depositAvailable).toBe(4990);
    const above = await s01.post('/orders', orderBody([pickup('BOOK-WAD', 2)], { payments: [cash(4991)] }));
    expect(above.status).toBe(422);
    expect(above.body).toMatchObject({
      code: 'PAYMENT_ABOVE_TOTAL',
      field: 'payments',
      details: { total: 4990, paid: 4991 },
    });
  });

  it('R-DEP-1 R-CRE-3 the deposit is 10 % of the ship and pickup lines and their shipping charge, plus the carry-out lines in full', async () => {
    // Carry out 2 × 24.95; pick up 129.50 at S02; ship 199.99 with 6.95 shipping:
    // required = 49.90 + round(10 % × (129.50 + 199.99 + 6.95)) = 49.90 + 33.64 = 83.54.
    const created = await createOrder(
      s01,
      [carryOut('BOOK-WAD', 2), pickup('BOOT-42', 1, 'S02'), ship('TENT-2P', 1)],
      { shipments: [shipment(695)], payments: [cash(8354)] },
    );
    expect(created.effect).toMatchObject({
      orderTotal: 4990 + 12950 + 19999 + 695,
      invoiced: 4990,
      paidNow: 8354,
      depositRequired: 3364,
      balance: 4990 + 12950 + 19999 + 695 - 8354,
    });
    expect(created.order.charges).toEqual([
      expect.objectContaining({ kind: 'shipping', code: 'SHIP', amount: 695, shipmentId: 'SH1' }),
    ]);
    // The carry-out invoice is paid first; the rest is deposit.
    expect(created.order.money).toMatchObject({ paid: 8354, depositAvailable: 3364, due: 0 });
    expect(created.order.invoices).toEqual([expect.objectContaining({ kind: 'carryOut', total: 4990 })]);
  });

  it('R-DEP-4 with CardRequired a card must be authorized for the remaining balance', async () => {
    await setPaymentRequirement(hq, 'S02', 'CardRequired');
    try {
      const before = await snapshot(hq);
      const depositOnly = await s02.post(
        '/orders',
        orderBody([pickup('BOOT-42', 1, 'S02')], { payments: [cash(1295)] }),
      );
      expect(depositOnly.status).toBe(402);
      expect(depositOnly.body).toMatchObject({
        code: 'CARD_AUTHORIZATION_REQUIRED',
        rule: 'R-DEP-4',
        field: 'authorizations',
        details: { amount: 11655 },
      });
      // An authorization for more than is left to pay is refused, and the card is released again.
      const token = await cardToken(s02, TEST_CARDS.approves);
      const tooMuch = await s02.post(
        '/orders',
        orderBody([pickup('BOOT-42', 1, 'S02')], {
          payments: [cash(1295)],
          authorizations: [{ cardToken: token, amount: 11656 }],
        }),
      );
      expect(tooMuch.status).toBe(422);
      expect(tooMuch.body).toMatchObject({
        code: 'PAYMENT_ABOVE_TOTAL',
        rule: 'R-DEP-4',
        details: { unpaid: 11655, authorized: 11656 },
      });
      const released = [...hq.payments.authorizations().values()].filter((a) => a.amount === 11656);
      expect(released).toEqual([expect.objectContaining({ captured: 0, voided: 11656 })]);
      expect(await snapshot(hq)).toEqual(before);

      const secured = await createOrder(s02, [pickup('BOOT-42', 1, 'S02')], {
        payments: [cash(1295)],
        authorizations: [{ cardToken: token, amount: 11655 }],
      });
      expect(secured.effect).toMatchObject({ paidNow: 1295, authorized: 11655, depositRequired: 1295 });
      expect(secured.order.money.authorizationOpen).toBe(11655);
      const [tender] = cardTenders(secured.order);
      expect(authorizationOf(hq, tender as string)).toMatchObject({ amount: 11655, captured: 0, voided: 0 });
      // Paying the whole order needs no card.
      await createOrder(s02, [pickup('BOOT-42', 1, 'S02')], { payments: [cash(12950)] });
    } finally {
      await setPaymentRequirement(hq, 'S02', 'NotRequired');
    }
  });

  it('R-DEP-2 a deposit override needs overrideDeposit: a cashier gets 403 APPROVAL_REQUIRED, a manager passes and the history says who approved', async () => {
    const before = await snapshot(hq);
    const refused = await s01.post('/orders', orderBody([pickup('TENT-2P', 1)], { depositOverride: 0 }));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'APPROVAL_REQUIRED',
      permission: 'overrideDeposit',
      details: { permission: 'overrideDeposit' },
    });
    const outOfRange = await s01.post(
      '/orders',
      orderBody([pickup('TENT-2P', 1)], { actor: manager, depositOverride: 20000 }),
    );
    expect(outOfRange.status).toBe(422);
    expect(outOfRange.body).toMatchObject({
      code: 'DEPOSIT_OVERRIDE_OUT_OF_RANGE',
      rule: 'R-DEP-2',
      field: 'depositOverride',
      details: { minimum: 0, maximum: 19999 },
    });
    expect(await snapshot(hq)).toEqual(before);

    const byManager = await createOrder(s01, [pickup('TENT-2P', 1)], { actor: manager, depositOverride: 0 });
    expect(byManager.effect).toMatchObject({ depositRequired: 0, paidNow: 0, balance: 19999 });
    expect(byManager.order.depositOverride).toBe(0);

    // Manager override on the spot: the cashier's call carries the granted permission and the approver.
    const approved = await createOrder(s01, [pickup('TENT-2P', 1)], {
      actor: {
        ...cashier,
        permissions: [...cashier.permissions, 'overrideDeposit'],
        approvedBy: 'S01-MANAGER',
      },
      depositOverride: 5000,
      payments: [cash(5000)],
    });
    expect(approved.effect.depositRequired).toBe(5000);
    const detail = await s01.get(`/orders/${approved.order.number}`);
    expect(detail.body.history).toEqual([
      expect.objectContaining({ staffId: 'S01-CASHIER', approvedBy: 'S01-MANAGER', locationId: 'S01' }),
    ]);
    // An override equal to the calculated deposit changes nothing and needs no approval.
    await createOrder(s01, [pickup('TENT-2P', 1)], { depositOverride: 2000, payments: [cash(2000)] });
  });

  it('R-CRE-6 pickup lines reserve at the pickup store, ship lines at the warehouse, carry-out sells from this store', async () => {
    const levels = async () => ({
      carried: await stockLevel(hq, 'S02', 'BOOK-WAD'),
      picked: await stockLevel(hq, 'S01', 'BOOT-42'),
      shipped: await stockLevel(hq, 'DC1', 'BOOK-WAD'),
    });
    const before = await levels();
    const created = await createOrder(
      s02,
      [carryOut('BOOK-WAD', 1), pickup('BOOT-42', 2, 'S01'), ship('BOOK-WAD', 3)],
      { shipments: [shipment(0)], payments: [cash(2495 + 2590 + 749)] },
    );
    const after = await levels();
    expect(after.carried).toEqual({ onHand: before.carried.onHand - 1, reserved: before.carried.reserved });
    expect(after.picked).toEqual({ onHand: before.picked.onHand, reserved: before.picked.reserved + 2 });
    expect(after.shipped).toEqual({ onHand: before.shipped.onHand, reserved: before.shipped.reserved + 3 });
    expect(
      created.order.lines.map((l: { quantities: { reserved: number } }) => l.quantities.reserved),
    ).toEqual([0, 2, 3]);
  });

  it('R-CRE-6 not enough stock at S02 is refused naming the product and the location; a backorder reserves what there is', async () => {
    const before = await snapshot(hq);
    const short = await s01.post(
      '/orders',
      orderBody([pickup('BOOK-WAD', 1), pickup('TENT-2P', 4, 'S02')], { payments: [cash(8000)] }),
    );
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({
      code: 'NOT_ENOUGH_STOCK',
      rule: 'R-CRE-6',
      field: 'lines[1].quantity',
      details: { productId: 'TENT-2P', locationId: 'S02', available: 3, requested: 4 },
    });
    expect(short.body.message).toContain('TENT-2P');
    expect(short.body.message).toContain('S02');
    expect(await snapshot(hq)).toEqual(before);

    // 10 % of 4 × 199.99 = 79.996 → 80.00.
    const backordered = await createOrder(s01, [{ ...pickup('TENT-2P', 4, 'S02'), backorder: true }], {
      payments: [cash(8000)],
    });
    expect(backordered.order.lines[0].quantities).toMatchObject({ ordered: 4, reserved: 3 });
    expect(await stockLevel(hq, 'S02', 'TENT-2P')).toEqual({ onHand: 3, reserved: 3 });
    // R-CRE-6: a backordered unit cannot be picked up before it is reserved.
    const early = await s02.post(`/orders/${backordered.order.number}/pick-up`, {
      actor: cashier,
      version: 1,
      lines: [{ lineId: backordered.order.lines[0].id, quantity: 4 }],
      payments: [cash(79996 - 8000)],
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'LINE_BACKORDERED', details: { reserved: 3, requested: 4 } });

    // Carry-out takes goods now: no backorder, however asked.
    const carried = await s02.post(
      '/orders',
      orderBody([{ ...carryOut('TENT-2P', 1), backorder: true }], { payments: [cash(19999)] }),
    );
    expect(carried.status).toBe(422);
    expect(carried.body).toMatchObject({
      code: 'NOT_ENOUGH_STOCK',
      details: { productId: 'TENT-2P', locationId: 'S02', available: 0, requested: 1 },
    });
  });

  it('R-CRE-1 gift cards and discontinued or unknown products are refused with the line named', async () => {
    const before = await snapshot(hq);
    const cases = [
      {
        lines: [pickup('GIFT-50', 1)],
        status: 422,
        code: 'PRODUCT_NOT_SELLABLE',
        field: 'lines[0].productId',
      },
      {
        lines: [pickup('BOOK-WAD', 1), pickup('OLD-1', 1)],
        status: 422,
        code: 'PRODUCT_NOT_SOLD',
        field: 'lines[1].sku',
      },
      { lines: [pickup('NOPE-1', 1)], status: 422, code: 'UNKNOWN_PRODUCT', field: 'lines[0].sku' },
      { lines: [], status: 400, code: 'VALIDATION_FAILED', field: 'lines' },
    ];
    for (const c of cases) {
      const refused = await s01.post('/orders', orderBody(c.lines, { payments: [cash(500)] }));
      expect(refused.status, JSON.stringify(refused.body)).toBe(c.status);
      expect(refused.body).toMatchObject({ code: c.code, field: c.field });
    }
    const unknownCustomer = await s01.post(
      '/orders',
      orderBody([pickup('BOOK-WAD', 1)], { customerNumber: 'C-9' }),
    );
    expect(unknownCustomer.status).toBe(422);
    expect(unknownCustomer.body).toMatchObject({
      code: 'UNKNOWN_CUSTOMER',
      rule: 'R-CRE-1',
      field: 'customerNumber',
    });
    expect(await snapshot(hq)).toEqual(before);
  });

  it('R-CRE-4 an all carry-out sale is an ordinary cash-and-carry sale, invoiced and delivered at once', async () => {
    const sale = await createOrder(s01, [carryOut('BOOK-WAD', 1)], { payments: [cash(2495)] });
    expect(sale.order.status).toBe('delivered');
    expect(sale.effect).toMatchObject({ invoiced: 2495, paidNow: 2495, depositRequired: 0, balance: 0 });
    expect(sale.invoices).toEqual([{ id: expect.any(String), number: expect.stringMatching(/^INV-\d{6}$/) }]);
    const detail = await s01.get(`/orders/${sale.order.number}`);
    expect(detail.body.history).toEqual([expect.objectContaining({ operation: 'cashAndCarry' })]);
    expect(detail.body.invoices[0].vat).toEqual([expect.objectContaining({ rate: 9, vat: 206 })]);
  });

  it('R-CRE-5 a quote takes no payment and reserves nothing, expires quoteExpirationDays later, and converts with the deposit', async () => {
    const before = {
      boots: await stockLevel(hq, 'S01', 'BOOT-42'),
      tent: await stockLevel(hq, 'DC1', 'TENT-2P'),
    };
    const quote = await createOrder(s01, [pickup('BOOT-42', 2), ship('TENT-2P', 1)], {
      type: 'quote',
      shipments: [shipment(695)],
    });
    expect(quote.order).toMatchObject({ type: 'quote', status: 'quote', quoteExpiresOn: '2026-12-11' });
    expect(quote.effect).toMatchObject({ orderTotal: 46594, depositRequired: 0, paidNow: 0 });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual(before.boots);
    expect(await stockLevel(hq, 'DC1', 'TENT-2P')).toEqual(before.tent);
    const detail = await s01.get(`/orders/${quote.order.number}`);
    expect(detail.body.history).toEqual([expect.objectContaining({ operation: 'quote' })]);

    const withCarryOut = await s01.post('/orders', orderBody([carryOut('BOOK-WAD', 1)], { type: 'quote' }));
    expect(withCarryOut.status).toBe(422);
    expect(withCarryOut.body).toMatchObject({ code: 'QUOTE_WITH_CARRY_OUT', rule: 'R-CRE-5' });
    const withPayment = await s01.post(
      '/orders',
      orderBody([pickup('BOOK-WAD', 1)], { type: 'quote', payments: [cash(100)] }),
    );
    expect(withPayment.status).toBe(422);
    expect(withPayment.body).toMatchObject({ code: 'QUOTE_TAKES_NO_PAYMENT', rule: 'R-CRE-5' });

    // Converting takes the deposit a new order would: 10 % of 2 × 129.50 + 199.99 + 6.95 = 46.594 → 46.59.
    const unpaid = await s01.post(`/orders/${quote.order.number}/convert`, { actor: cashier, version: 1 });
    expect(unpaid.status).toBe(402);
    expect(unpaid.body).toMatchObject({ code: 'DEPOSIT_BELOW_REQUIRED', details: { shortfall: 4659 } });
    const converted = await operate(s01, quote.order, 'convert', { payments: [cash(4659)] });
    expect(converted.order).toMatchObject({ type: 'customerOrder', status: 'open', quoteExpiresOn: null });
    expect(converted.effect).toMatchObject({ orderTotal: 46594, depositRequired: 4659, paidNow: 4659 });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual({
      ...before.boots,
      reserved: before.boots.reserved + 2,
    });
    expect(await stockLevel(hq, 'DC1', 'TENT-2P')).toEqual({
      ...before.tent,
      reserved: before.tent.reserved + 1,
    });
    const again = await s01.post(`/orders/${quote.order.number}/convert`, { actor: cashier, version: 2 });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'OPERATION_NOT_ALLOWED', rule: 'R-CRE-5' });
  });

  it('R-CRE-5 a quote expires at the end of its expiry date in the store time zone, then can be neither converted nor edited', async () => {
    const quote = await createOrder(s01, [pickup('BOOK-WAD', 1, 'S01', '2026-12-04')], {
      type: 'quote',
      quoteExpiresOn: '2026-11-28',
    });
    expect(quote.order.quoteExpiresOn).toBe('2026-11-28');
    const convert = (preview: boolean) =>
      s01.post(
        `/orders/${quote.order.number}/convert`,
        { actor: cashier, version: 1, payments: [cash(250)] },
        { preview },
      );
    try {
      // 23:59:59 on 28 November in Amsterdam (UTC+1) is still the expiry date.
      hq.setNow('2026-11-28T22:59:59Z');
      expect((await convert(true)).status).toBe(200);
      hq.setNow('2026-11-28T23:00:00Z');
      const expired = await convert(false);
      expect(expired.status).toBe(422);
      expect(expired.body).toMatchObject({
        code: 'QUOTE_EXPIRED',
        rule: 'R-CRE-5',
        details: { expiredOn: '2026-11-28' },
      });
      const edited = await s01.post(`/orders/${quote.order.number}/edit`, {
        actor: cashier,
        version: 1,
        changes: [{ kind: 'changeQuoteExpiry', date: '2026-12-31' }],
      });
      expect(edited.status).toBe(422);
      expect(edited.body).toMatchObject({ code: 'QUOTE_EXPIRED', rule: 'R-CRE-5' });
      const detail = await s01.get(`/orders/${quote.order.number}`);
      expect(detail.body).toMatchObject({ type: 'quote', version: 1 });
    } finally {
      hq.setNow(START);
    }
  });
});
