import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { type RunningHq, startHq, storeClient } from './hq-server.ts';

describe.each(engines())("RTS: a product's stock per location, for a pickup (R-CRE-6) on %s", (engine) => {
  let hq: RunningHq;
  beforeAll(async () => {
    hq = await startHq(engine);
  });
  afterAll(() => hq.close());

  it('R-CRE-6 answers on hand, reserved and available at every store and warehouse that has the product', async () => {
    const reply = await storeClient(hq, 'S01').get('/stock/TENT-2P');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      stock: [
        { locationId: 'DC1', sku: 'TENT-2P', onHand: 50, reserved: 0, available: 50 },
        { locationId: 'S01', sku: 'TENT-2P', onHand: 5, reserved: 0, available: 5 },
        { locationId: 'S02', sku: 'TENT-2P', onHand: 3, reserved: 0, available: 3 },
      ],
    });
  });

  it('R-CRE-6 an unknown product has no stock anywhere', async () => {
    const reply = await storeClient(hq, 'S02').get('/stock/NO-SUCH-SKU');
    expect(reply).toEqual({ status: 200, body: { stock: [] } });
  });

  it('R-SEC-4 is answered to a store that authenticates only', async () => {
    const response = await fetch(`${hq.url}/rts/stock/TENT-2P`);
    expect(response.status).toBe(401);
  });
});
