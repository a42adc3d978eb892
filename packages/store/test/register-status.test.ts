import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMSTERDAM, FALLS_BACK, packageOf } from './distribution-fixtures.ts';
import { CASHIER, posClient, REGISTER, seedPos } from './pos-fixtures.ts';
import { hqClient, type RunningStore, SECRET, STORE_ID, startStore } from './store-server.ts';

/** HQ's RTS, faked: it answers every call 404 as HQ does for an unknown order, or never while `hangs`. */
async function fakeHq({ hangs = false } = {}) {
  const calls: { url: string | undefined; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((request, response) => {
    calls.push({ url: request.url, headers: request.headers });
    if (hangs) return;
    response.statusCode = 404;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ code: 'NOT_FOUND', message: 'no such order', field: 'orderId' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("a register's status: its store, HQ right now and how orders are created (R-PRO-2, R-PRO-3)", () => {
  let store: RunningStore;
  let pos: ReturnType<typeof posClient>;
  let token: string;

  beforeAll(async () => {
    store = await startStore();
    await seedPos(store);
    pos = posClient(store);
    token = await pos.tokenOf(CASHIER);
  });
  afterAll(() => store.close());

  it('R-SEC-1 is for signed-in registers only', async () => {
    const reply = await pos.call('GET', '/api/status');
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ code: 'UNAUTHORIZED', field: 'authorization', rule: 'R-SEC-1' });
  });

  it('R-PRO-3 names the store and register; with HQ out of reach, it says so, and the profile job 1070 brings tells whether orders then fall back to async', async () => {
    const before = await pos.call('GET', '/api/status', { token });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      store: { id: STORE_ID, name: null },
      registerId: REGISTER,
      hq: { reachable: false },
      profile: null,
    });

    const channel = await hqClient(store).post(
      '/jobs/distribution',
      packageOf('1070', 0, [AMSTERDAM, FALLS_BACK]),
    );
    expect(channel.status).toBe(200);
    const after = await pos.call('GET', '/api/status', { token });
    expect(after.body).toEqual({
      store: { id: STORE_ID, name: 'Amsterdam' },
      registerId: REGISTER,
      hq: { reachable: false },
      profile: { createCustomerOrderInAsyncMode: false, fallbackToAsyncWhenHqUnreachable: true },
    });
  });
});

describe('the status asks HQ briefly, and once for all the registers that poll (R-PRO-3)', () => {
  it('R-PRO-3 HQ answering is reachable; polls close together reach HQ once, as the store (R-SEC-4)', async () => {
    const hq = await fakeHq();
    const store = await startStore({ hqUrl: hq.url });
    try {
      await seedPos(store);
      const pos = posClient(store);
      const token = await pos.tokenOf(CASHIER);
      const polls = await Promise.all([1, 2, 3].map(() => pos.call('GET', '/api/status', { token })));
      polls.push(await pos.call('GET', '/api/status', { token }));
      for (const poll of polls) expect(poll.body.hq).toEqual({ reachable: true });
      expect(hq.calls).toHaveLength(1);
      expect(hq.calls[0]?.url).toMatch(/^\/rts\//);
      expect(hq.calls[0]?.headers.authorization).toBe(`Bearer ${STORE_ID}:${SECRET}`);
    } finally {
      await store.close();
      await hq.close();
    }
  });

  it('R-PRO-3 an HQ that does not answer is unreachable after a short wait, not the 15 s a checkout waits', async () => {
    const hq = await fakeHq({ hangs: true });
    const store = await startStore({ hqUrl: hq.url });
    try {
      await seedPos(store);
      const pos = posClient(store);
      const token = await pos.tokenOf(CASHIER);
      const started = performance.now();
      const status = await pos.call('GET', '/api/status', { token });
      expect(status.body.hq).toEqual({ reachable: false });
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      await store.close();
      await hq.close();
    }
  }, 10_000);
});
