import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  authorizationOf,
  backOffice,
  cardTenders,
  cardToken,
  cash,
  createOrder,
  type Json,
  operate,
  pickup,
  type StoreClient,
  ship,
  shipment,
  stockLevel,
  TEST_CARDS,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: picking, packing, pickup and shipping on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  let s02: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
    s02 = storeClient(hq, 'S02');
  });
  afterAll(() => hq.close());

  it('R-PCK-1 pickup lines are picked then packed at their store, a unit only once, and no money or stock moves', async () => {
    const { order } = await createOrder(s01, [pickup('BOOT-42', 3)], { payments: [cash(3885)] });
    const lineId = order.lines[0].id;
    const stockBefore = await stockLevel(hq, 'S01', 'BOOT-42');
    const elsewhere = await s02.post(`/orders/${order.number}/pick`, {
      actor: cashier,
      version: 1,
      lines: [{ lineId, quantity: 1 }],
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body).toMatchObject({
      code: 'NOT_FULFILLED_HERE',
      rule: 'R-PCK-1',
      field: 'lines[0].lineId',
      details: { locationId: 'S02', fulfilledAt: 'S01' },
    });

    const picked = await operate(s01, order, 'pick', { lines: [{ lineId, quantity: 2 }] });
    expect(picked.order).toMatchObject({ status: 'processing', version: 2 });
    expect(picked.order.lines[0]).toMatchObject({ status: 'picked', quantities: { picked: 2, packed: 0 } });
    expect(picked.effect).toMatchObject({ invoiced: 0, paidNow: 0, refund: 0, captured: 0 });
    const tooMany = await s01.post(`/orders/${order.number}/pick`, {
      actor: cashier,
      version: 2,
      lines: [{ lineId, quantity: 2 }],
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({
      code: 'QUANTITY_ABOVE_UNPICKED',
      rule: 'R-PCK-1',
      details: { unpicked: 1, requested: 2 },
    });

    // Two associates pick the last unit at once: one of them gets it.
    const both = await Promise.all(
      [0, 1].map(() =>
        s01.post(`/orders/${order.number}/pick`, {
          actor: cashier,
          version: 2,
          lines: [{ lineId, quantity: 1 }],
        }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);

    const overPacked = await s01.post(`/orders/${order.number}/pack`, {
      actor: cashier,
      version: 3,
      lines: [{ lineId, quantity: 4 }],
    });
    expect(overPacked.status).toBe(422);
    expect(overPacked.body).toMatchObject({
      code: 'QUANTITY_ABOVE_PICKED',
      details: { unpacked: 3, requested: 4 },
    });
    const packed = await operate(s01, { number: order.number, version: 3 }, 'pack', {
      lines: [{ lineId, quantity: 3 }],
    });
    expect(packed.order.lines[0]).toMatchObject({ status: 'packed', quantities: { picked: 3, packed: 3 } });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual(stockBefore);
    const detail = await s01.get(`/orders/${order.number}`);
    expect(detail.body.history.map((h: Json) => h.operation)).toEqual([
      'customerOrder',
      'pick',
      'pick',
      'pack',
    ]);
    expect(detail.body.ledger).toHaveLength(1);
  });

  it('R-PCK-2 R-PCK-3 R-PCK-4 pickup only at the pickup store, partially and again, with the deposit applied and the due paid', async () => {
    // Two pairs of boots (2 × 129.50) to pick up at S02, created at S01 with the 10 % deposit.
    const { order } = await createOrder(s01, [pickup('BOOT-42', 2, 'S02')], { payments: [cash(2590)] });
    const lineId = order.lines[0].id;
    const pickUp = (store: StoreClient, version: number, quantity: number, payments: unknown[] = []) =>
      store.post(`/orders/${order.number}/pick-up`, {
        actor: cashier,
        version,
        lines: [{ lineId, quantity }],
        payments,
      });
    const stock = await stockLevel(hq, 'S02', 'BOOT-42');

    const wrongStore = await pickUp(s01, 1, 1, [cash(10360)]);
    expect(wrongStore.status).toBe(422);
    expect(wrongStore.body).toMatchObject({ code: 'NOT_FULFILLED_HERE', details: { fulfilledAt: 'S02' } });
    const tooMany = await pickUp(s02, 1, 3);
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({
      code: 'QUANTITY_ABOVE_OPEN',
      rule: 'R-PCK-2',
      details: { open: 2, requested: 3 },
    });
    // Due = 129.50 − the whole deposit of 25.90 = 103.60.
    const unpaid = await pickUp(s02, 1, 1);
    expect(unpaid.status).toBe(402);
    expect(unpaid.body).toMatchObject({ code: 'PAYMENT_REQUIRED', rule: 'R-PCK-3', details: { due: 10360 } });
    const overpaid = await pickUp(s02, 1, 1, [cash(10361)]);
    expect(overpaid.status).toBe(422);
    expect(overpaid.body).toMatchObject({
      code: 'PAYMENT_ABOVE_DUE',
      details: { due: 10360, tendered: 10361 },
    });
    expect(await stockLevel(hq, 'S02', 'BOOT-42')).toEqual(stock);

    const first = await pickUp(s02, 1, 1, [cash(10360)]);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.effect).toMatchObject({
      invoiced: 12950,
      depositApplied: 2590,
      due: 10360,
      paidNow: 10360,
      captured: 0,
      balance: 12950,
    });
    expect(first.body.order).toMatchObject({ status: 'partiallyDelivered', version: 2 });
    expect(first.body.order.lines[0]).toMatchObject({
      status: 'partiallyDelivered',
      quantities: { ordered: 2, delivered: 1, invoiced: 1, reserved: 1 },
    });
    expect(first.body.invoices).toEqual([
      { id: expect.any(String), number: expect.stringMatching(/^INV-\d{6}$/) },
    ]);
    const invoice = first.body.order.invoices.at(-1);
    expect(invoice).toMatchObject({
      kind: 'pickup',
      total: 12950,
      locationId: 'S02',
      collectedBy: 'customer',
    });
    expect(invoice.vat).toEqual([{ rate: 21, gross: 12950, vat: 2248, net: 10702 }]);
    // R-CRE-6: delivery consumes the reservation.
    expect(await stockLevel(hq, 'S02', 'BOOT-42')).toEqual({
      onHand: stock.onHand - 1,
      reserved: stock.reserved - 1,
    });

    const second = await pickUp(s02, 2, 1, [cash(12950)]);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.effect).toMatchObject({ invoiced: 12950, depositApplied: 0, due: 12950, balance: 0 });
    expect(second.body.order).toMatchObject({ status: 'delivered', money: { paid: 25900, due: 0 } });
    expect(await stockLevel(hq, 'S02', 'BOOT-42')).toEqual({
      onHand: stock.onHand - 2,
      reserved: stock.reserved - 2,
    });
    const done = await pickUp(s02, 3, 1);
    expect(done.status).toBe(422);
    expect(done.body).toMatchObject({ code: 'OPERATION_NOT_ALLOWED', rule: 'R-PCK-2' });
  });

  it('R-PCK-3 R-PCK-6 a fully paid pickup completes without tender, collected by someone the order names', async () => {
    const { order } = await createOrder(s01, [pickup('TENT-2P', 1)], {
      payments: [cash(19999)],
      collectors: ['Piet Bakker'],
    });
    expect(order.pickupCode).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    const body = { actor: cashier, version: 1, lines: [{ lineId: order.lines[0].id, quantity: 1 }] };
    const stranger = await s01.post(`/orders/${order.number}/pick-up`, { ...body, collectedBy: 'Jan Smit' });
    expect(stranger.status).toBe(422);
    expect(stranger.body).toMatchObject({
      code: 'COLLECTOR_NOT_AUTHORIZED',
      rule: 'R-PCK-6',
      field: 'collectedBy',
    });
    const collected = await s01.post(`/orders/${order.number}/pick-up`, {
      ...body,
      collectedBy: 'Piet Bakker',
    });
    expect(collected.status).toBe(200);
    expect(collected.body.effect).toMatchObject({
      invoiced: 19999,
      depositApplied: 19999,
      due: 0,
      paidNow: 0,
    });
    expect(collected.body.order.status).toBe('delivered');
    expect(collected.body.order.invoices[0].collectedBy).toBe('Piet Bakker');
  });

  it('R-PCK-5 the back office ships from the warehouse, invoicing the charge with the first shipment and capturing the authorized card', async () => {
    const token = await cardToken(s01, TEST_CARDS.approves);
    // 199.99 + 2 × 24.95 + 6.95 shipping = 256.84; deposit 10 % = 25.684 → 25.68; the rest on the card.
    const { order } = await createOrder(s01, [ship('TENT-2P', 1), ship('BOOK-WAD', 2)], {
      shipments: [shipment(695)],
      payments: [cash(2568)],
      authorizations: [{ cardToken: token, amount: 23116 }],
    });
    const [tent, book] = order.lines;
    const [authorization] = cardTenders(order);
    const before = {
      tent: await stockLevel(hq, 'DC1', 'TENT-2P'),
      book: await stockLevel(hq, 'DC1', 'BOOK-WAD'),
    };
    const bo = await backOffice(hq);

    const unknown = await bo.post(`/orders/${order.number}/ship`, { version: 1, shipmentId: 'SH9' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', field: 'shipmentId' });

    const first = await bo.post(`/orders/${order.number}/ship`, {
      version: 1,
      shipmentId: 'SH1',
      lines: [{ lineId: tent.id, quantity: 1 }],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.effect).toMatchObject({
      invoiced: 19999 + 695,
      depositApplied: 2568,
      captured: 20694 - 2568,
      due: 20694 - 2568,
    });
    expect(first.body.order.status).toBe('partiallyDelivered');
    const invoice = first.body.order.invoices[0];
    expect(invoice).toMatchObject({ kind: 'shipment', locationId: 'DC1', total: 20694 });
    expect(invoice.charges).toEqual([expect.objectContaining({ code: 'SHIP', amount: 695 })]);
    expect(authorizationOf(hq, authorization as string)).toMatchObject({ amount: 23116, captured: 18126 });
    expect(await stockLevel(hq, 'DC1', 'TENT-2P')).toEqual({
      onHand: before.tent.onHand - 1,
      reserved: before.tent.reserved - 1,
    });

    const stale = await bo.post(`/orders/${order.number}/ship`, { version: 1, shipmentId: 'SH1' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', rule: 'R-EDT-4' });

    const rest = await bo.post(`/orders/${order.number}/ship`, { version: 2, shipmentId: 'SH1' });
    expect(rest.status, JSON.stringify(rest.body)).toBe(200);
    expect(rest.body.effect).toMatchObject({ invoiced: 4990, depositApplied: 0, captured: 4990, due: 4990 });
    expect(rest.body.order).toMatchObject({
      status: 'delivered',
      money: { paid: 25684, due: 0, balance: 0 },
    });
    expect(rest.body.order.invoices[1].charges).toEqual([]);
    expect(authorizationOf(hq, authorization as string)).toMatchObject({ captured: 23116, voided: 0 });
    expect(await stockLevel(hq, 'DC1', 'BOOK-WAD')).toEqual({
      onHand: before.book.onHand - 2,
      reserved: before.book.reserved - 2,
    });
    expect(rest.body.order.lines.map((l: Json) => l.status)).toEqual(['delivered', 'delivered']);
    expect(book.quantities.reserved).toBe(2);

    const detail = await s01.get(`/orders/${order.number}`);
    expect(detail.body.history.slice(1)).toEqual([
      expect.objectContaining({
        operation: 'ship',
        staffId: 'HQ-ADMIN',
        locationId: 'DC1',
        registerId: 'HQ',
      }),
      expect.objectContaining({
        operation: 'ship',
        staffId: 'HQ-ADMIN',
        locationId: 'DC1',
        registerId: 'HQ',
      }),
    ]);
  });
});
