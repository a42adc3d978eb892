import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, newKey, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  card,
  cardToken,
  carryOut,
  cash,
  createOrder,
  operate,
  orderBody,
  pickup,
  type StoreClient,
  snapshot,
  TEST_CARDS,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: the dry-run preview (?preview=true) on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
  });
  afterAll(() => hq.close());

  /** Previews a call, checks that it changed nothing at all, and answers the preview. */
  async function preview(path: string, body: unknown) {
    const before = await snapshot(hq);
    const cards = hq.payments.authorizations().size;
    const previewed = await s01.post(path, body, { preview: true, key: null });
    expect(previewed.status, JSON.stringify(previewed.body)).toBe(200);
    expect(previewed.body.preview).toBe(true);
    expect(await snapshot(hq)).toEqual(before);
    expect(hq.payments.authorizations().size).toBe(cards);
    return previewed.body;
  }

  it('R-DEP-1 R-CRE-4 a create preview shows the money effect of the commit, touches no card and commits nothing', async () => {
    const token = await cardToken(s01, TEST_CARDS.approves);
    // 24.95 carried out + 10 % of 2 × 129.50 = 50.85, paid 30.85 cash and 20.00 by card.
    const body = orderBody([carryOut('BOOK-WAD', 1), pickup('BOOT-42', 2)], {
      payments: [cash(3085), card(token, 2000)],
    });
    const shown = await preview('/orders', body);
    expect(shown.order).toMatchObject({ number: '(preview)', status: 'partiallyDelivered' });
    expect(shown.effect).toMatchObject({
      orderTotal: 2495 + 25900,
      invoiced: 2495,
      paidNow: 5085,
      depositRequired: 2590,
      balance: 2495 + 25900 - 5085,
    });
    expect(shown.invoices).toEqual([{ id: expect.any(String), number: null }]);
    const key = newKey();
    // A key sent with a preview is not remembered: the commit with it runs.
    await s01.post('/orders', body, { preview: true, key });
    const committed = await s01.post('/orders', body, { key });
    expect(committed.status).toBe(201);
    expect(committed.body.effect).toEqual(shown.effect);
  });

  it('R-DEP-2 R-DEP-3 a preview answers what would block the commit instead of refusing: the shortfall and the approval', async () => {
    const short = await preview('/orders', orderBody([pickup('TENT-2P', 1)], { payments: [cash(500)] }));
    expect(short.effect).toMatchObject({ depositRequired: 2000, toCollect: 1500 });
    expect(short.blockers).toEqual([
      expect.objectContaining({
        code: 'DEPOSIT_BELOW_REQUIRED',
        details: { required: 2000, paid: 500, shortfall: 1500 },
      }),
    ]);
    // As the refusal's own body reads, without the server's plumbing.
    expect(Object.keys(short.blockers[0]).sort()).toEqual(['code', 'details', 'field', 'message', 'rule']);
    const override = await preview('/orders', orderBody([pickup('TENT-2P', 1)], { depositOverride: 0 }));
    expect(override.approvals).toEqual([expect.objectContaining({ permission: 'overrideDeposit' })]);
    expect(override.blockers).toEqual([]);
  });

  it('R-PCK-3 a pickup preview shows the invoice, the deposit applied and the due, and commits nothing', async () => {
    const { order } = await createOrder(s01, [pickup('BOOT-42', 2)], { payments: [cash(2590)] });
    const body = { actor: cashier, version: 1, lines: [{ lineId: order.lines[0].id, quantity: 2 }] };
    const unpaid = await preview(`/orders/${order.number}/pick-up`, body);
    expect(unpaid.effect).toMatchObject({
      invoiced: 25900,
      depositApplied: 2590,
      due: 23310,
      toCollect: 23310,
    });
    expect(unpaid.blockers).toEqual([
      expect.objectContaining({ code: 'PAYMENT_REQUIRED', details: { due: 23310 } }),
    ]);
    expect(unpaid.order).toMatchObject({ number: order.number, status: 'delivered', version: 2 });
    const paid = await preview(`/orders/${order.number}/pick-up`, { ...body, payments: [cash(23310)] });
    expect(paid.blockers).toEqual([]);
    expect(paid.effect).toMatchObject({ paidNow: 23310, balance: 0 });
    expect((await s01.get(`/orders/${order.number}`)).body).toMatchObject({ version: 1, status: 'open' });
  });

  it('R-CAN-2 R-CAN-3 a cancel preview shows the charge and the refund before the associate confirms, and commits nothing', async () => {
    const { order } = await createOrder(s01, [pickup('BOOT-42', 1)], { payments: [cash(5000)] });
    // 5 % of 129.50 = 6.475 → 6.48 from the 50.00 deposit; 43.52 back.
    const shown = await preview(`/orders/${order.number}/cancel`, { actor: cashier, version: 1 });
    expect(shown.effect).toMatchObject({ charge: 648, depositApplied: 648, refund: 4352, orderTotal: 648 });
    expect(shown.order.status).toBe('cancelled');
    const cancelled = await operate(s01, order, 'cancel', {});
    expect(cancelled.effect).toEqual(shown.effect);
  });

  it('R-RET-3 a return preview shows the credit and the refund, and commits nothing', async () => {
    const { order } = await createOrder(s01, [pickup('BOOK-WAD', 2)], { payments: [cash(4990)] });
    const picked = await operate(s01, order, 'pick-up', {
      lines: [{ lineId: order.lines[0].id, quantity: 2 }],
    });
    const body = {
      actor: cashier,
      version: 2,
      invoiceId: picked.order.invoices[0].id,
      lines: [{ lineId: order.lines[0].id, quantity: 1 }],
      reason: 'a gift already had it',
    };
    const shown = await preview(`/orders/${order.number}/return`, body);
    expect(shown.effect).toMatchObject({ refund: 2495 });
    expect(shown.returnOrders).toEqual([{ id: expect.any(String), number: null }]);
    expect(shown.order.returnOrders).toEqual([expect.objectContaining({ total: 2495, shippingRefund: 0 })]);
    const returned = await operate(s01, { number: order.number, version: 2 }, 'return', body);
    expect(returned.effect).toEqual(shown.effect);
  });
});
