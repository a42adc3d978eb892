import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  carryOut,
  cash,
  orderBody,
  pickup,
  rowCounts,
  type StoreClient,
  setStock,
  stockLevel,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: stock is never oversold on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  let s02: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
    s02 = storeClient(hq, 'S02');
  });
  afterAll(() => hq.close());

  /** Fires all requests at once and sorts the answers into created and refused. */
  async function race(requests: (() => Promise<{ status: number; body: { code?: string } }>)[]) {
    const replies = await Promise.all(requests.map((request) => request()));
    const created = replies.filter((r) => r.status === 201);
    const refused = replies.filter((r) => r.status !== 201);
    for (const refusal of refused) {
      expect(refusal.status, JSON.stringify(refusal.body)).toBe(422);
      expect(refusal.body.code).toBe('NOT_ENOUGH_STOCK');
    }
    return { created, refused };
  }

  it('R-CRE-6 20 concurrent pickup orders for the last 5 units at S02: exactly 5 are created, 15 refused, 5 reserved', async () => {
    await setStock(hq, 'S02', 'TENT-2P', 5);
    const before = await rowCounts(hq);
    const { created, refused } = await race(
      Array.from(
        { length: 20 },
        () => () => s01.post('/orders', orderBody([pickup('TENT-2P', 1, 'S02')], { payments: [cash(2000)] })),
      ),
    );
    expect(created).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const refusal of refused) {
      expect(refusal.body).toMatchObject({
        rule: 'R-CRE-6',
        details: { productId: 'TENT-2P', locationId: 'S02', available: 0, requested: 1 },
      });
    }
    expect(new Set(created.map((c) => (c.body as { order: { number: string } }).order.number)).size).toBe(5);
    expect(await stockLevel(hq, 'S02', 'TENT-2P')).toEqual({ onHand: 5, reserved: 5 });
    const after = await rowCounts(hq);
    expect(after.orders - before.orders).toBe(5);
    expect(after.ledger_entries - before.ledger_entries).toBe(5);
  });

  it('R-CRE-6 20 concurrent carry-out sales of the last 5 units at S02: exactly 5 are sold and the shelf is empty', async () => {
    await setStock(hq, 'S02', 'BOOT-42', 5);
    const { created } = await race(
      Array.from(
        { length: 20 },
        () => () => s02.post('/orders', orderBody([carryOut('BOOT-42', 1)], { payments: [cash(12950)] })),
      ),
    );
    expect(created).toHaveLength(5);
    expect(await stockLevel(hq, 'S02', 'BOOT-42')).toEqual({ onHand: 0, reserved: 0 });
  });

  it('R-CRE-6 pickups reserving and carry-outs selling the same last 5 units at once never take more than there is', async () => {
    await setStock(hq, 'S01', 'BOOK-WAD', 5);
    const requests = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? () => s02.post('/orders', orderBody([pickup('BOOK-WAD', 1, 'S01')], { payments: [cash(250)] }))
        : () => s01.post('/orders', orderBody([carryOut('BOOK-WAD', 1)], { payments: [cash(2495)] })),
    );
    const { created } = await race(requests);
    expect(created).toHaveLength(5);
    const reserved = created.filter(
      (c) => (c.body as { order: { status: string } }).order.status === 'open',
    ).length;
    expect(await stockLevel(hq, 'S01', 'BOOK-WAD')).toEqual({ onHand: 5 - (5 - reserved), reserved });
  });
});
