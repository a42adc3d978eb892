import type { CartView, FindOrdersReply, Receipt } from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterClient, Reply, System } from './system.ts';
import { startSystem } from './system.ts';

const LAMP_HEAD = 2495;
const DEPOSIT = Math.round(LAMP_HEAD / 10);
const PER_STORE = 100;
const CRASHES = 20;

function expectStatus<T>(reply: Reply<T>, status: number): T {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  return reply.body;
}

function inDays(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** One async order at the register's store: a head lamp to pick up there, its deposit paid in cash. */
async function lampCart(
  register: RegisterClient,
  storeId: string,
  customerNumber = 'C-1002',
): Promise<CartView> {
  const opened = expectStatus(await register.post<CartView>('/carts'), 201);
  const filled = expectStatus(
    await register.post<CartView>(`/carts/${opened.id}/changes`, {
      version: opened.version,
      changes: [
        { kind: 'setCustomer', customerNumber },
        { kind: 'addProduct', sku: 'LAMP-HEAD', quantity: 1 },
        { kind: 'setDelivery', delivery: { kind: 'pickup', storeId, date: inDays(3) } },
        { kind: 'addCashPayment', amount: DEPOSIT },
      ],
    }),
    200,
  );
  return filled;
}

async function sellLamp(register: RegisterClient, storeId: string): Promise<Receipt> {
  const cart = await lampCart(register, storeId);
  return expectStatus(await register.post<{ receipt: Receipt }>(`/carts/${cart.id}/checkout`, {}), 201)
    .receipt;
}

describe('no async order is lost or made twice, also when HQ is killed at any moment (R-ASY-2, R-ASY-3, R-ASY-4)', () => {
  let system: System;
  const confirmations: string[] = [];

  beforeAll(async () => {
    system = await startSystem();
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  }, 30_000);

  const salesOrders = async (customer = 'C-1002') => {
    const found: FindOrdersReply['orders'] = [];
    let after: string | null = null;
    do {
      const page: FindOrdersReply = expectStatus(
        await system.backOffice.get<FindOrdersReply>(
          `/orders?customer=${customer}&limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`,
        ),
        200,
      );
      found.push(...page.orders);
      after = page.next;
    } while (after);
    return found;
  };
  const runJob = (job: 'p-job' | 'synchronize-orders') =>
    system.backOffice.post<{ runs?: unknown[]; run?: unknown }>(`/batch-jobs/${job}/run`, {});

  it('R-ASY-2 R-ASY-3 R-ASY-4: 200 orders made at two stores with HQ down become exactly 200 sales orders, findable by both numbers; a rerun changes nothing', async () => {
    const s01 = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R7');
    const s02 = await system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R7');
    await system.kassa.hq.stop();
    try {
      for (let i = 0; i < PER_STORE; i++) {
        for (const [register, storeId] of [
          [s01, 'S01'],
          [s02, 'S02'],
        ] as const) {
          confirmations.push((await sellLamp(register, storeId)).order.confirmationNumber as string);
        }
      }
    } finally {
      await system.kassa.hq.start();
    }
    expect(new Set(confirmations).size).toBe(2 * PER_STORE);
    expectStatus(await runJob('p-job'), 200);
    expectStatus(await runJob('synchronize-orders'), 200);
    const orders = await salesOrders();
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
    expect(await salesOrders()).toHaveLength(2 * PER_STORE);
  }, 180_000);

  it(`R-ASY-3 R-ASY-4: HQ killed (SIGKILL) at ${CRASHES} random moments of the P-job and Synchronize orders; after restarts and reruns nothing is lost, nothing duplicated, and every ledger balances`, async () => {
    const s01 = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R8');
    const s02 = await system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R8');
    const before = (await salesOrders()).length;
    await system.kassa.hq.stop();
    const more: string[] = [];
    try {
      for (let i = 0; i < PER_STORE; i++) {
        more.push((await sellLamp(s01, 'S01')).order.confirmationNumber as string);
        more.push((await sellLamp(s02, 'S02')).order.confirmationNumber as string);
      }
    } finally {
      await system.kassa.hq.start();
    }
    let killedWhileRunning = 0;
    for (let crash = 0; crash < CRASHES; crash++) {
      const job = crash % 2 === 0 ? 'p-job' : 'synchronize-orders';
      let answered = false;
      const running = runJob(job)
        .then(() => {
          answered = true;
        })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 150)));
      if (!answered) killedWhileRunning++;
      await system.kassa.hq.kill();
      await running;
      await system.kassa.hq.start();
    }
    // Most kills land while a job works; the tally is in the test's output.
    console.log(`HQ killed ${CRASHES} times, ${killedWhileRunning} of them while a job was running`);
    expectStatus(await runJob('p-job'), 200);
    expectStatus(await runJob('synchronize-orders'), 200);

    const orders = await salesOrders();
    expect(orders).toHaveLength(before + more.length);
    const made = new Set(orders.map((order) => order.confirmationNumber));
    for (const confirmation of more) expect(made.has(confirmation), confirmation).toBe(true);
    const staged = expectStatus(
      await system.backOffice.get<{ transactions: { status: string }[] }>('/staged-transactions?limit=500'),
      200,
    );
    expect(staged.transactions.filter((t) => t.status !== 'succeeded')).toEqual([]);
    // Every order's ledger balances: the deposit paid, the rest of the total still open.
    for (const order of orders.slice(-20)) {
      const detail = expectStatus(
        await system.backOffice.get<{ money: { total: number; paid: number; balance: number } }>(
          `/orders/${order.id}`,
        ),
        200,
      );
      expect(detail.money).toEqual(
        expect.objectContaining({ total: LAMP_HEAD, paid: DEPOSIT, balance: LAMP_HEAD - DEPOSIT }),
      );
    }
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
    expect(await salesOrders('C-1004')).toHaveLength(carts.length);
  }, 180_000);
});
