import type { CartView, FindOrdersReply, Receipt } from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  crashHqWhileSynchronizing,
  describeTally,
  runBatchJob,
  salesOrders,
} from '../src/async-orders-crash.ts';
import { expectStatus } from '../src/expect-status.ts';
import { lampCart, sellLampsWithHqDown } from '../src/lamp-orders.ts';
import type { System } from '../src/system.ts';
import { startSystem } from '../src/system.ts';

const PER_STORE = 100;
const CRASHES = 20;
/** Orders each store makes while HQ is down after a kill: every run of a job has work to be cut in. */
const PER_ROUND = 5;

describe('no async order is lost or made twice, also when HQ is killed at any moment (R-ASY-2, R-ASY-3, R-ASY-4)', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem();
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  }, 30_000);

  const runJob = (job: 'p-job' | 'synchronize-orders') => runBatchJob(system.backOffice, job);

  it('R-ASY-2 R-ASY-3 R-ASY-4: 200 orders made at two stores with HQ down become exactly 200 sales orders, findable by both numbers; a rerun changes nothing', async () => {
    const s01 = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R7');
    const s02 = await system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R7');
    const confirmations = await sellLampsWithHqDown(
      system,
      [
        [s01, 'S01'],
        [s02, 'S02'],
      ],
      PER_STORE,
    );
    expect(new Set(confirmations).size).toBe(2 * PER_STORE);
    expectStatus(await runJob('p-job'), 200);
    expectStatus(await runJob('synchronize-orders'), 200);
    const orders = await salesOrders(system.backOffice);
    expect(orders).toHaveLength(2 * PER_STORE);
    expect(new Set(orders.map((order) => order.confirmationNumber))).toEqual(new Set(confirmations));
    for (const order of orders.slice(0, 20)) {
      const byConfirmation = expectStatus(
        await system.backOffice.get<FindOrdersReply>(
          `/orders?confirmationNumber=${order.confirmationNumber}`,
        ),
        200,
      );
      expect(byConfirmation.orders.map((o) => o.number)).toEqual([order.number]);
      const byNumber = expectStatus(
        await system.backOffice.get<FindOrdersReply>(`/orders?number=${order.number}`),
        200,
      );
      expect(byNumber.orders.map((o) => o.id)).toEqual([order.id]);
    }
    expectStatus(await runJob('p-job'), 200);
    expectStatus(await runJob('synchronize-orders'), 200);
    expect(await salesOrders(system.backOffice)).toHaveLength(2 * PER_STORE);
  }, 180_000);

  it(`R-ASY-3 R-ASY-4: HQ killed (SIGKILL) at ${CRASHES} random moments of the P-job and Synchronize orders; after restarts and reruns nothing is lost, nothing duplicated, and every ledger balances`, async () => {
    const { confirmations, tally, verdict } = await crashHqWhileSynchronizing(system, {
      registerId: 'R8',
      perStore: PER_STORE,
      perRound: PER_ROUND,
      kills: CRASHES,
    });
    // Most kills land while a job works; the tally is in the test's output.
    console.log(`HQ killed: ${describeTally(tally)}`);
    expect(confirmations).toHaveLength(2 * (PER_STORE + CRASHES * PER_ROUND));
    expect(verdict.salesOrders).toBe(verdict.expected);
    expect(verdict.lost).toEqual([]);
    expect(verdict.duplicates).toEqual([]);
    expect(verdict.notSucceeded).toEqual([]);
    // Every order's ledger balances: the deposit paid, the rest of the total still open.
    expect(verdict.ledgerImbalances).toEqual([]);
  }, 300_000);

  it('R-ASY-2: a store killed (SIGKILL) between writing an order and answering the register; after a restart the retry answers one order, never two', async () => {
    const { S01: store } = system.kassa.stores;
    const register = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R9');
    await system.kassa.hq.stop();
    const carts: string[] = [];
    let answeredBeforeKill = 0;
    try {
      for (let crash = 0; crash < 10; crash++) {
        const cart = await lampCart(register, 'S01', 'C-1004');
        carts.push(cart.id);
        const key = `crash-${cart.id}`;
        let answered = false;
        const sent = register
          .post(`/carts/${cart.id}/checkout`, {}, { idempotencyKey: key })
          .then(() => {
            answered = true;
          })
          .catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 20)));
        if (answered) answeredBeforeKill++;
        await store.kill();
        await sent;
        await store.start();
        // The register retries with the same key: the order the store wrote, or a first one now.
        const retried = expectStatus(
          await register.post<{ cart: CartView; receipt: Receipt }>(
            `/carts/${cart.id}/checkout`,
            {},
            { idempotencyKey: key },
          ),
          201,
        );
        expect(retried.cart.status).toBe('completed');
      }
    } finally {
      await system.kassa.hq.start();
    }
    console.log(`store killed 10 times, ${10 - answeredBeforeKill} of them before it answered`);
    expectStatus(await runJob('p-job'), 200);
    expectStatus(await runJob('synchronize-orders'), 200);
    expect(await salesOrders(system.backOffice, 'C-1004')).toHaveLength(carts.length);
  }, 180_000);
});
