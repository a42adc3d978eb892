import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASHIER, posClient, seedPos } from './pos-fixtures.ts';
import { type RunningStore, SECRET, STORE_ID, startStore } from './store-server.ts';

const STOCK = {
  stock: [
    { locationId: 'DC1', sku: 'TENT-4P', onHand: 50, reserved: 2, available: 48 },
    { locationId: 'S02', sku: 'TENT-4P', onHand: 3, reserved: 0, available: 3 },
  ],
};

/** HQ's RTS, faked: it answers the stock read and notes how it was asked. */
async function fakeHq() {
  const calls: { url: string | undefined; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((request, response) => {
    calls.push({ url: request.url, headers: request.headers });
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(STOCK));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("a product's stock per location, read from HQ for a pickup (R-CRE-6)", () => {
  let hq: Awaited<ReturnType<typeof fakeHq>>;
  let store: RunningStore;
  let down: RunningStore;
  beforeAll(async () => {
    hq = await fakeHq();
    store = await startStore({ hqUrl: hq.url });
    await seedPos(store);
    // Nothing listens at its HQ address.
    down = await startStore();
    await seedPos(down);
  });
  afterAll(async () => {
    await store.close();
    await down.close();
    await hq.close();
  });

  it('R-CRE-6, R-SEC-4 answers what HQ has, asked as this store', async () => {
    const pos = posClient(store);
    const reply = await pos.call('GET', '/api/products/TENT-4P/stock', { token: await pos.tokenOf(CASHIER) });
    expect(reply).toMatchObject({ status: 200, body: STOCK });
    expect(hq.calls).toEqual([
      expect.objectContaining({
        url: '/rts/stock/TENT-4P',
        headers: expect.objectContaining({ authorization: `Bearer ${STORE_ID}:${SECRET}` }),
      }),
    ]);
  });

  it('R-ASY-1 with HQ unreachable it says so (503), and R-SEC-1 only to a signed-in register', async () => {
    const pos = posClient(down);
    const reply = await pos.call('GET', '/api/products/TENT-4P/stock', { token: await pos.tokenOf(CASHIER) });
    expect(reply).toMatchObject({ status: 503, body: { code: 'HQ_UNREACHABLE' } });
    expect((await pos.call('GET', '/api/products/TENT-4P/stock')).status).toBe(401);
  });
});
