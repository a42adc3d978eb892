import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, newKey, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  card,
  cardToken,
  carryOut,
  cash,
  type Json,
  orderBody,
  pickup,
  rowCounts,
  type StoreClient,
  setStock,
  snapshot,
  stockLevel,
  TEST_CARDS,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: idempotent retries on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  let s02: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
    s02 = storeClient(hq, 'S02');
  });
  afterAll(() => hq.close());

  it('R-ASY-1 a retry with the same key and body answers the first answer and changes nothing: no second order, charge, ledger row or reservation', async () => {
    const token = await cardToken(s01, TEST_CARDS.approves);
    const key = newKey();
    const body = orderBody([pickup('BOOT-42', 2)], { payments: [card(token, 2590)] });
    const first = await s01.post('/orders', body, { key });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const after = await snapshot(hq);
    const charged = hq.payments.authorizations().size;
    const retried = await s01.post('/orders', body, { key });
    expect(retried).toEqual(first);
    expect(await snapshot(hq)).toEqual(after);
    expect(hq.payments.authorizations().size).toBe(charged);

    // The same for an operation on the order: the pickup is invoiced, paid and consumed once.
    const order = first.body.order;
    const pickUpKey = newKey();
    const pickUp = {
      actor: cashier,
      version: 1,
      lines: [{ lineId: order.lines[0].id, quantity: 1 }],
      payments: [cash(10360)],
    };
    const picked = await s01.post(`/orders/${order.number}/pick-up`, pickUp, { key: pickUpKey });
    expect(picked.status, JSON.stringify(picked.body)).toBe(200);
    const afterPickUp = await snapshot(hq);
    const again = await s01.post(`/orders/${order.number}/pick-up`, pickUp, { key: pickUpKey });
    expect(again).toEqual(picked);
    expect(await snapshot(hq)).toEqual(afterPickUp);
  });

  it('R-ASY-1 the same key with another body, or on another route, is refused 422 and changes nothing', async () => {
    const key = newKey();
    const first = await s01.post('/orders', orderBody([pickup('BOOK-WAD', 1)], { payments: [cash(250)] }), {
      key,
    });
    expect(first.status).toBe(201);
    const before = await snapshot(hq);
    const other = await s01.post('/orders', orderBody([pickup('BOOK-WAD', 2)], { payments: [cash(499)] }), {
      key,
    });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    const elsewhere = await s01.post(
      `/orders/${first.body.order.number}/edit`,
      { actor: cashier, version: 1, changes: [{ kind: 'setCollectors', collectors: ['Piet'] }] },
      { key },
    );
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await snapshot(hq)).toEqual(before);
  });

  it("R-ASY-1 R-SEC-4 a key another store used is refused 422 to this one, never answered with that store's order", async () => {
    const key = newKey();
    const body = orderBody([pickup('BOOK-WAD', 1)], { payments: [cash(250)] });
    const mine = await s01.post('/orders', body, { key });
    expect(mine.status).toBe(201);
    const before = await snapshot(hq);
    const theirs = await s02.post('/orders', body, { key });
    expect(theirs.status).toBe(422);
    expect(theirs.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(JSON.stringify(theirs.body)).not.toContain(mine.body.order.number);
    expect(await snapshot(hq)).toEqual(before);
  });

  /** Racing duplicates: the first runs, the others are told it is still running (409) or get its answer. */
  function expectOneAnswer(replies: { status: number; body: Json }[]) {
    const answered = replies.filter((reply) => reply.status === 201);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    for (const reply of replies) {
      if (reply.status === 201) expect(reply.body).toEqual(answered[0]?.body);
      else
        expect(reply, JSON.stringify(reply.body)).toMatchObject({
          status: 409,
          body: { code: 'IDEMPOTENCY_KEY_IN_USE' },
        });
    }
    return answered[0]?.body;
  }

  it('R-ASY-1 identical requests racing with one key create one order and charge the card once', async () => {
    const token = await cardToken(s01, TEST_CARDS.approves);
    const key = newKey();
    const body = orderBody([pickup('TENT-2P', 1)], { payments: [card(token, 2000)] });
    const before = await rowCounts(hq);
    const cards = hq.payments.authorizations().size;
    const first = expectOneAnswer(
      await Promise.all(Array.from({ length: 8 }, () => s01.post('/orders', body, { key }))),
    );
    // A retry once the first call answered gets that answer.
    expect((await s01.post('/orders', body, { key })).body).toEqual(first);
    const after = await rowCounts(hq);
    expect(after.orders - before.orders).toBe(1);
    expect(after.idempotency_keys - before.idempotency_keys).toBe(1);
    // The key is claimed before the card is touched: one authorization, captured once, nothing to give back.
    const taken = [...hq.payments.authorizations().values()].slice(cards);
    expect(taken.map((a) => [a.captured, a.refunded])).toEqual([[2000, 0]]);
  });

  it('R-ASY-1 R-CRE-6 identical requests racing with one key for the last unit all get the first answer, not a stock refusal', async () => {
    await setStock(hq, 'S02', 'BOOK-WAD', 1);
    const key = newKey();
    const body = orderBody([carryOut('BOOK-WAD', 1)], { payments: [cash(2495)] });
    const before = await rowCounts(hq);
    const first = expectOneAnswer(
      await Promise.all(Array.from({ length: 5 }, () => s02.post('/orders', body, { key }))),
    );
    expect((await s02.post('/orders', body, { key })).body.order.number).toBe(first.order.number);
    expect((await rowCounts(hq)).orders - before.orders).toBe(1);
    expect(await stockLevel(hq, 'S02', 'BOOK-WAD')).toEqual({ onHand: 0, reserved: 0 });
  });
});
