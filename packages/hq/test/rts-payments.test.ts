import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  authorizationOf,
  backOffice,
  card,
  cardTenders,
  cardToken,
  cash,
  createOrder,
  type Json,
  operate,
  orderBody,
  pickup,
  type StoreClient,
  setPaymentRequirement,
  ship,
  shipment,
  snapshot,
  TEST_CARDS,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: card payments through the test connector on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
  });
  afterAll(() => hq.close());

  /** The order as HQ holds it, with its ledger and history, to show a failed operation changed nothing. */
  const orderAsStored = async (number: string) => (await s01.get(`/orders/${number}`)).body;

  it('a card is tokenized through POST /rts/payments/tokens; a number the test connector does not know is refused', async () => {
    const approved = await s01.post('/payments/tokens', { number: '4111 1111 1111 1111', expiry: '12/30' });
    expect(approved.status).toBe(201);
    expect(approved.body).toEqual({ token: expect.stringMatching(/^tok_/), last4: '1111' });
    const unknown = await s01.post('/payments/tokens', { number: '4242424242424242', expiry: '12/30' });
    expect(unknown.status).toBe(402);
    expect(unknown.body).toMatchObject({
      code: 'PAYMENT_DECLINED',
      field: 'number',
      details: { reason: 'UNKNOWN_CARD' },
    });
    const badExpiry = await s01.post('/payments/tokens', { number: TEST_CARDS.approves, expiry: '1230' });
    expect(badExpiry.status).toBe(400);
    expect(badExpiry.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'expiry' });
  });

  it('R-DEP-5 a deposit paid by cash and an approving card stays with each tender: the cancellation charge takes the oldest, the refund goes to the card', async () => {
    const token = await cardToken(s01, TEST_CARDS.approves);
    const { order } = await createOrder(s01, [pickup('TENT-2P', 1)], {
      payments: [cash(1000), card(token, 1000)],
    });
    const [tender] = cardTenders(order);
    expect(authorizationOf(hq, tender as string)).toMatchObject({ amount: 1000, captured: 1000 });
    expect(order.money.perTender.map((t: Json) => [t.tender.method, t.depositPaid])).toEqual([
      ['cash', 1000],
      ['card', 1000],
    ]);
    // 5 % of 199.99 = 10.00, paid from the cash; the card's 10.00 goes back to the card.
    const cancelled = await operate(s01, order, 'cancel', {});
    expect(cancelled.effect).toMatchObject({ charge: 1000, depositApplied: 1000, refund: 1000 });
    expect(
      cancelled.order.money.perTender.map((t: Json) => [t.tender.method, t.depositApplied, t.refunded]),
    ).toEqual([
      ['cash', 1000, 0],
      ['card', 0, 1000],
    ]);
    expect(authorizationOf(hq, tender as string)).toMatchObject({ captured: 1000, refunded: 1000 });
    // R-RCP-1: the card tender names its last four digits as the processor gave them, on every entry, so
    // any store's receipt of a later capture or refund can print them.
    const onCard = cancelled.order.ledger.filter((entry: Json) => entry.tender?.method === 'card');
    expect(onCard.map((entry: Json) => [entry.kind, entry.tender.last4])).toEqual([
      ['depositPaid', '1111'],
      ['refunded', '1111'],
    ]);
    expect(order.ledger.find((entry: Json) => entry.tender?.method === 'cash')?.tender.last4).toBeUndefined();
  });

  it('a declined card (4000 0000 0000 0002) is answered 402 PAYMENT_DECLINED and nothing is written or kept on any card', async () => {
    const declined = await cardToken(s01, TEST_CARDS.declines);
    const approved = await cardToken(s01, TEST_CARDS.approves);
    const cards = hq.payments.authorizations().size;
    const before = await snapshot(hq);
    const asPayment = await s01.post(
      '/orders',
      orderBody([pickup('TENT-2P', 1)], { payments: [card(declined, 2000)] }),
    );
    expect(asPayment.status).toBe(402);
    expect(asPayment.body).toMatchObject({
      code: 'PAYMENT_DECLINED',
      field: 'payments[0]',
      details: { reason: 'CARD_DECLINED' },
    });
    // The approving card was charged before the declined one was tried: it is refunded.
    const mixed = await s01.post(
      '/orders',
      orderBody([pickup('TENT-2P', 1)], {
        payments: [cash(1000), card(approved, 1000)],
        authorizations: [{ cardToken: declined, amount: 17999 }],
      }),
    );
    expect(mixed.status).toBe(402);
    expect(mixed.body).toMatchObject({ code: 'PAYMENT_DECLINED', field: 'authorizations[0]' });
    expect(await snapshot(hq)).toEqual(before);
    const touched = [...hq.payments.authorizations().values()].slice(cards);
    expect(touched).toEqual([expect.objectContaining({ amount: 1000, captured: 1000, refunded: 1000 })]);
  });

  it('a card whose authorization has expired (4000 0000 0000 0069) cannot pay now: 402 PAYMENT_DECLINED, nothing written', async () => {
    const expiring = await cardToken(s01, TEST_CARDS.expires);
    const before = await snapshot(hq);
    const paid = await s01.post(
      '/orders',
      orderBody([pickup('TENT-2P', 1)], { payments: [card(expiring, 2000)] }),
    );
    expect(paid.status).toBe(402);
    expect(paid.body).toMatchObject({
      code: 'PAYMENT_DECLINED',
      field: 'payments[0]',
      details: { reason: 'AUTHORIZATION_EXPIRED' },
    });
    expect(await snapshot(hq)).toEqual(before);
  });

  it('R-DEP-4 R-PCK-3 with CardRequired the card authorized for the balance is captured for the due at pickup', async () => {
    await setPaymentRequirement(hq, 'S01', 'CardRequired');
    try {
      const token = await cardToken(s01, TEST_CARDS.approves);
      const { order } = await createOrder(s01, [pickup('BOOT-42', 1)], {
        payments: [cash(1295)],
        authorizations: [{ cardToken: token, amount: 11655 }],
      });
      const [tender] = cardTenders(order);
      const picked = await operate(s01, order, 'pick-up', {
        lines: [{ lineId: order.lines[0].id, quantity: 1 }],
      });
      expect(picked.effect).toMatchObject({
        invoiced: 12950,
        depositApplied: 1295,
        captured: 11655,
        due: 11655,
        paidNow: 0,
      });
      expect(picked.order).toMatchObject({
        status: 'delivered',
        money: { paid: 12950, due: 0, authorizationOpen: 0 },
      });
      expect(authorizationOf(hq, tender as string)).toMatchObject({
        amount: 11655,
        captured: 11655,
        voided: 0,
      });
    } finally {
      await setPaymentRequirement(hq, 'S01', 'NotRequired');
    }
  });

  it('R-DEP-4 a capture failing at pickup answers 402 PAYMENT_FAILED; the order, stock and the other card are as they were', async () => {
    const approving = await cardToken(s01, TEST_CARDS.approves);
    const expiring = await cardToken(s01, TEST_CARDS.expires);
    // The balance of 116.55 is held on two cards: 50.00 that captures, 66.55 whose authorization expires.
    const { order } = await createOrder(s01, [pickup('BOOT-42', 1)], {
      payments: [cash(1295)],
      authorizations: [
        { cardToken: approving, amount: 5000 },
        { cardToken: expiring, amount: 6655 },
      ],
    });
    const [first, second] = cardTenders(order);
    const stored = await orderAsStored(order.number);
    const before = await snapshot(hq);
    const failed = await s01.post(`/orders/${order.number}/pick-up`, {
      actor: cashier,
      version: 1,
      lines: [{ lineId: order.lines[0].id, quantity: 1 }],
    });
    expect(failed.status).toBe(402);
    expect(failed.body).toMatchObject({
      code: 'PAYMENT_FAILED',
      rule: 'R-DEP-4',
      details: { reason: 'AUTHORIZATION_EXPIRED' },
    });
    expect(await orderAsStored(order.number)).toEqual(stored);
    expect(await snapshot(hq)).toEqual(before);
    expect(authorizationOf(hq, first as string)).toMatchObject({ captured: 5000, refunded: 5000 });
    expect(authorizationOf(hq, second as string)).toMatchObject({ captured: 0 });
  });

  it('R-PCK-5 R-DEP-4 a capture failing at shipping answers 402 PAYMENT_FAILED and the shipment stays unshipped', async () => {
    const expiring = await cardToken(s01, TEST_CARDS.expires);
    const { order } = await createOrder(s01, [ship('TENT-2P', 1)], {
      shipments: [shipment(695)],
      payments: [cash(2069)],
      authorizations: [{ cardToken: expiring, amount: 18625 }],
    });
    const stored = await orderAsStored(order.number);
    const before = await snapshot(hq);
    const failed = await (await backOffice(hq)).post(`/orders/${order.number}/ship`, {
      version: 1,
      shipmentId: 'SH1',
    });
    expect(failed.status).toBe(402);
    expect(failed.body).toMatchObject({
      code: 'PAYMENT_FAILED',
      details: { reason: 'AUTHORIZATION_EXPIRED' },
    });
    expect(await orderAsStored(order.number)).toEqual(stored);
    expect(await snapshot(hq)).toEqual(before);
  });
});
