import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackOfficeClient, signedIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
type Json = any;

const tentsAtS02 = (quantity: number) => ({
  sku: 'TENT-2P',
  quantity,
  delivery: { kind: 'pickup', storeId: 'S02', date: '2026-11-30' },
  backorder: true,
});

describe.each(engines())('Stock receipts at HQ on %s', (engine) => {
  let hq: RunningHq;
  let bo: BackOfficeClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    bo = await signedIn(hq);
  });
  afterAll(() => hq.close());

  const tentLine = (order: Json) => order.lines.find((l: { productId: string }) => l.productId === 'TENT-2P');
  const order = async (number: string) => {
    const found = await bo.get(`/orders/${number}`);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    return found.body;
  };

  it('R-CRE-6 a stock receipt reserves for backordered lines, oldest order first', async () => {
    const s01 = storeClient(hq, 'S01');
    const s02 = storeClient(hq, 'S02');
    expect((await bo.put('/stock/S02/TENT-2P', { onHand: 0 })).body.stock).toMatchObject({
      onHand: 0,
      reserved: 0,
    });

    // Two orders wait for tents at S02: the older one for 2, the newer one for 3. A third waits elsewhere.
    hq.setNow('2026-11-27T10:00:00Z');
    const older = await s01.post('/orders', {
      actor: cashier,
      type: 'customerOrder',
      customerNumber: 'C-1001',
      lines: [
        tentsAtS02(2),
        { sku: 'BOOK-WAD', quantity: 1, delivery: { kind: 'pickup', storeId: 'S02', date: '2026-11-30' } },
      ],
      payments: [{ method: 'cash', amount: 5000 }],
    });
    expect(older.status, JSON.stringify(older.body)).toBe(201);
    hq.setNow('2026-11-27T11:00:00Z');
    const newer = await s02.post('/orders', {
      actor: { ...cashier, staffId: 'S02-CASHIER' },
      type: 'customerOrder',
      customerNumber: 'C-1002',
      lines: [tentsAtS02(3)],
      payments: [{ method: 'cash', amount: 6000 }],
    });
    expect(newer.status, JSON.stringify(newer.body)).toBe(201);
    const elsewhere = await s01.post('/orders', {
      actor: cashier,
      type: 'customerOrder',
      customerNumber: 'C-1002',
      lines: [{ ...tentsAtS02(9), delivery: { kind: 'pickup', storeId: 'S01', date: '2026-11-30' } }],
      payments: [{ method: 'cash', amount: 18000 }],
    });
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(201);
    const [olderNumber, newerNumber] = [older.body.order.number, newer.body.order.number];
    expect(tentLine(older.body.order).quantities.reserved).toBe(0);
    expect(tentLine(newer.body.order).quantities.reserved).toBe(0);

    const backordered = await s02.post(`/orders/${olderNumber}/pick-up`, {
      actor: cashier,
      version: older.body.order.version,
      lines: [{ lineId: tentLine(older.body.order).id, quantity: 2 }],
      payments: [{ method: 'cash', amount: 35998 }],
    });
    expect(backordered).toMatchObject({ status: 422, body: { code: 'LINE_BACKORDERED', rule: 'R-CRE-6' } });

    // Three tents arrive: the older order gets its 2, the newer one the last.
    hq.setNow('2026-11-27T15:00:00Z');
    const receipt = await bo.put('/stock/S02/TENT-2P', { onHand: 3 });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(200);
    expect(receipt.body).toEqual({
      stock: { locationId: 'S02', sku: 'TENT-2P', onHand: 3, reserved: 3, available: 0 },
      reservations: [
        {
          orderId: older.body.order.id,
          orderNumber: olderNumber,
          lineId: tentLine(older.body.order).id,
          quantity: 2,
        },
        {
          orderId: newer.body.order.id,
          orderNumber: newerNumber,
          lineId: tentLine(newer.body.order).id,
          quantity: 1,
        },
      ],
    });
    const olderNow = await order(olderNumber);
    expect(tentLine(olderNow).quantities.reserved).toBe(2);
    expect(olderNow.version).toBe(older.body.order.version + 1);
    expect(olderNow.history.at(-1)).toMatchObject({
      operation: 'stockReserved',
      staffId: 'HQ-ADMIN',
      locationId: 'S02',
      at: '2026-11-27T15:00:00.000Z',
      details: { sku: 'TENT-2P', lines: [{ lineId: tentLine(older.body.order).id, quantity: 2 }] },
    });
    const bookLine = olderNow.lines.find((l: { productId: string }) => l.productId === 'BOOK-WAD');
    expect(bookLine.quantities.reserved, 'other products are untouched').toBe(1);
    expect(tentLine(await order(newerNumber)).quantities.reserved).toBe(1);
    expect(tentLine(await order(elsewhere.body.order.number)).quantities.reserved, 'S01 waits on').toBe(5);

    // Two more: the newer order gets them, and nothing is reserved twice.
    const more = await bo.put('/stock/S02/TENT-2P', { onHand: 5 });
    expect(more.body.reservations).toEqual([
      expect.objectContaining({ orderNumber: newerNumber, quantity: 2 }),
    ]);
    expect(more.body.stock).toMatchObject({ onHand: 5, reserved: 5, available: 0 });
    expect(tentLine(await order(newerNumber)).quantities.reserved).toBe(3);
    expect(tentLine(await order(olderNumber)).quantities.reserved).toBe(2);
    const again = await bo.put('/stock/S02/TENT-2P', { onHand: 6 });
    expect(again.body).toMatchObject({ stock: { onHand: 6, reserved: 5, available: 1 }, reservations: [] });

    // The reserved units can now be picked up.
    const olderFresh = await order(olderNumber);
    const pickedUp = await s02.post(`/orders/${olderNumber}/pick-up`, {
      actor: cashier,
      version: olderFresh.version,
      lines: [{ lineId: tentLine(olderFresh).id, quantity: 2 }],
      payments: [{ method: 'cash', amount: 34998 }],
    });
    expect(pickedUp.status, JSON.stringify(pickedUp.body)).toBe(200);
    expect((await bo.get('/stock?locationId=S02&sku=TENT-2P')).body.stock).toEqual([
      { locationId: 'S02', sku: 'TENT-2P', onHand: 4, reserved: 3, available: 1 },
    ]);
  });

  it('R-CRE-6 a count below what orders hold reserved is refused, naming the field', async () => {
    const before = await bo.get('/stock?locationId=S02&sku=TENT-2P');
    const refused = await bo.put('/stock/S02/TENT-2P', { onHand: 2 });
    expect(refused).toMatchObject({
      status: 422,
      body: {
        code: 'NOT_ENOUGH_STOCK',
        rule: 'R-CRE-6',
        field: 'onHand',
        details: { reserved: 3, requested: 2 },
      },
    });
    expect((await bo.get('/stock?locationId=S02&sku=TENT-2P')).body).toEqual(before.body);
    const down = await bo.put('/stock/S02/TENT-2P', { onHand: 3 });
    expect(down.body).toMatchObject({ stock: { onHand: 3, reserved: 3, available: 0 }, reservations: [] });
  });

  it('R-CRE-6 a receipt where the product was never stocked creates its stock and serves the waiting lines', async () => {
    expect(
      (await bo.put('/products/LAMP-1', { sku: 'LAMP-1', name: 'Head lamp', price: 2995, vatRate: 21 }))
        .status,
    ).toBe(201);
    const s01 = storeClient(hq, 'S01');
    const waiting = await s01.post('/orders', {
      actor: cashier,
      type: 'customerOrder',
      customerNumber: 'C-1001',
      lines: [{ sku: 'LAMP-1', quantity: 2, delivery: { kind: 'ship', shipmentId: 'SH1' }, backorder: true }],
      shipments: [
        { id: 'SH1', addressId: 'A-1', modeOfDelivery: 'POSTNL', requestedDate: '2026-12-01', charge: 0 },
      ],
      payments: [{ method: 'cash', amount: 600 }],
    });
    expect(waiting.status, JSON.stringify(waiting.body)).toBe(201);
    expect((await bo.get('/stock?sku=LAMP-1')).body.stock).toEqual([]);
    const receipt = await bo.put('/stock/DC1/LAMP-1', { onHand: 10 });
    expect(receipt.body).toEqual({
      stock: { locationId: 'DC1', sku: 'LAMP-1', onHand: 10, reserved: 2, available: 8 },
      reservations: [expect.objectContaining({ orderNumber: waiting.body.order.number, quantity: 2 })],
    });
  });

  it('R-CRE-6 receipts racing cancellations and new orders: no deadlock, no 5xx, reservations add up', async () => {
    const s02 = storeClient(hq, 'S02');
    expect((await bo.put('/stock/S02/BOOT-42', { onHand: 0 })).status).toBe(200);
    const bootsAtS02 = {
      actor: cashier,
      type: 'customerOrder',
      customerNumber: 'C-1002',
      lines: [
        {
          sku: 'BOOT-42',
          quantity: 2,
          delivery: { kind: 'pickup', storeId: 'S02', date: '2026-11-30' },
          backorder: true,
        },
      ],
      payments: [{ method: 'cash', amount: 2590 }],
    };
    const waiting: Json[] = [];
    for (let i = 0; i < 6; i++) {
      const created = await s02.post('/orders', bootsAtS02);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      waiting.push(created.body.order);
    }
    const answers = await Promise.all([
      ...[3, 6, 9, 12].map((onHand) => bo.put('/stock/S02/BOOT-42', { onHand })),
      ...waiting
        .filter((_, i) => i % 2 === 0)
        .map((o) => s02.post(`/orders/${o.number}/cancel`, { actor: cashier, version: o.version })),
      ...[1, 2].map(() => s02.post('/orders', bootsAtS02)),
    ]);
    for (const answer of answers) {
      expect([200, 201, 409, 422], JSON.stringify(answer.body)).toContain(answer.status);
    }
    // A last receipt serves whoever still waits, then every reservation is accounted for.
    const final = await bo.put('/stock/S02/BOOT-42', { onHand: 40 });
    expect(final.status, JSON.stringify(final.body)).toBe(200);
    const orders = await hq.database.db
      .selectFrom('order_lines')
      .innerJoin('orders', 'orders.id', 'order_lines.order_id')
      .select(['orders.number', 'orders.document'])
      .where('order_lines.sku', '=', 'BOOT-42')
      .where('order_lines.location_id', '=', 'S02')
      .execute();
    let reservedOnOrders = 0;
    for (const row of orders) {
      for (const line of JSON.parse(row.document).lines) {
        if (line.productId !== 'BOOT-42') continue;
        const open = line.quantities.ordered - line.quantities.delivered - line.quantities.cancelled;
        expect(line.quantities.reserved, row.number).toBe(open);
        reservedOnOrders += line.quantities.reserved;
      }
    }
    expect(final.body.stock).toMatchObject({ onHand: 40, reserved: reservedOnOrders });
  });
});
