import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';

describe.each(engines())('RTS create and find on %s', (engine) => {
  let hq: RunningHq;
  let s01: ReturnType<typeof storeClient>;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
  });
  afterAll(() => hq.close());

  it('R-CRE-7 a hybrid customer order gets its HQ number at once, with carry-out invoiced and stock reserved', async () => {
    const created = await s01.post('/orders', {
      actor: cashier,
      type: 'customerOrder',
      customerNumber: 'C-1001',
      lines: [
        { sku: 'BOOK-WAD', quantity: 2, delivery: { kind: 'carryOut' } },
        { sku: 'BOOT-42', quantity: 2, delivery: { kind: 'pickup', storeId: 'S02', date: '2026-11-30' } },
        { sku: 'TENT-2P', quantity: 1, delivery: { kind: 'ship', shipmentId: 'SH1' } },
      ],
      shipments: [
        { id: 'SH1', addressId: 'A-1', modeOfDelivery: 'POSTNL', requestedDate: '2026-12-01', charge: 695 },
      ],
      payments: [{ method: 'cash', amount: 10000 }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.order.number).toMatch(/^SO-\d{6}$/);
    expect(created.body.effect).toMatchObject({ orderTotal: 51584, depositRequired: 4659, paidNow: 10000 });
    expect(created.body.invoices).toEqual([
      { id: expect.any(String), number: expect.stringMatching(/^INV-\d{6}$/) },
    ]);
    const stock = await hq.database.db
      .selectFrom('stock')
      .selectAll()
      .where('sku', 'in', ['BOOT-42', 'TENT-2P', 'BOOK-WAD'])
      .execute();
    const level = (location: string, sku: string) =>
      stock.find((s) => s.location_id === location && s.sku === sku);
    expect(level('S02', 'BOOT-42')).toMatchObject({ on_hand: 4, reserved: 2 });
    expect(level('DC1', 'TENT-2P')).toMatchObject({ on_hand: 50, reserved: 1 });
    expect(level('S01', 'BOOK-WAD')).toMatchObject({ on_hand: 18, reserved: 0 });

    const found = await s01.get(`/orders?number=${created.body.order.number}`);
    expect(found.body.orders).toHaveLength(1);
    const detail = await s01.get(`/orders/${created.body.order.number}`);
    expect(detail.status).toBe(200);
    expect(detail.body.history).toEqual([
      expect.objectContaining({
        operation: 'customerOrder',
        staffId: 'S01-CASHIER',
        locationId: 'S01',
        registerId: 'R1',
      }),
    ]);
  });
});
