import { uuidv7 } from '@kassa/server-kit';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../src/app/distribution/run-due-jobs.ts';
import { type BackOfficeClient, signedIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq, storeClient } from './hq-server.ts';

const TENT_2P = 19999;
let staged = 0;

/** A staged async order, as the P-job stages a store's outbox row: a tent picked up at S01, paid in cash. */
function stagedOrder(overrides: Record<string, unknown> = {}) {
  const n = ++staged;
  const orderId = `S01-ORDER-${n}`;
  const lines = (overrides.lines as unknown[] | undefined) ?? [
    { sku: 'TENT-2P', quantity: 1, delivery: { kind: 'pickup', storeId: 'S01', date: '2026-11-30' } },
  ];
  const confirmationNumber = `S01-R1-${String(n).padStart(6, '0')}`;
  const createdAt = '2026-11-27T09:30:00.000Z';
  return {
    transaction_id: `S01-TX-${n}`,
    store_id: 'S01',
    sequence: n,
    kind: 'createOrder' as const,
    order_id: orderId,
    confirmation_number: confirmationNumber,
    status: 'pending' as const,
    reason: null,
    sales_order_id: null,
    created_at: createdAt,
    updated_at: createdAt,
    payload: JSON.stringify({
      actor: { staffId: 'S01-CASHIER', registerId: 'R1', permissions: ['createOrder'] },
      type: 'customerOrder',
      customerNumber: 'C-1001',
      lines,
      payments: [{ method: 'cash', amount: 2000 }],
      orderId,
      lineIds: lines.map((_, index) => `${orderId}-L${index + 1}`),
      confirmationNumber,
      createdAt,
      ...overrides,
    }),
  };
}

/** A pickup or cancellation the store did to a staged order before HQ had it (R-ASY-5), staged after it. */
function stagedOperation(
  order: ReturnType<typeof stagedOrder>,
  kind: 'pickUp' | 'cancel',
  body: Record<string, unknown>,
) {
  const n = ++staged;
  const createdAt = `2026-11-27T09:${String(30 + (n % 30)).padStart(2, '0')}:00.000Z`;
  return {
    ...order,
    transaction_id: `S01-TX-${n}`,
    sequence: n,
    kind,
    created_at: createdAt,
    updated_at: createdAt,
    payload: JSON.stringify({
      actor: { staffId: 'S01-CASHIER', registerId: 'R1', permissions: ['pickUp', 'cancel'] },
      orderId: order.order_id,
      confirmationNumber: order.confirmation_number,
      createdAt,
      payments: [],
      ...body,
    }),
  };
}

describe.each(engines())('Synchronize orders on %s (R-ASY-4)', (engine) => {
  let hq: RunningHq;
  let office: BackOfficeClient;

  beforeAll(async () => {
    hq = await startHq(engine);
    office = await signedIn(hq);
  });
  afterAll(async () => {
    await hq.close();
  });

  const stage = async (...rows: (ReturnType<typeof stagedOrder> | ReturnType<typeof stagedOperation>)[]) => {
    await hq.database.db.insertInto('staged_transactions').values(rows).execute();
    return rows.map((row) => row.transaction_id);
  };
  const synchronize = async () => {
    const reply = await office.call('POST', '/batch-jobs/synchronize-orders/run', {});
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.run;
  };
  const stagedRow = (transactionId: string) =>
    hq.database.db
      .selectFrom('staged_transactions')
      .selectAll()
      .where('transaction_id', '=', transactionId)
      .executeTakeFirstOrThrow();
  const orderCount = async () =>
    Number(
      (
        await hq.database.db
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("R-ASY-4 makes each pending staged order a sales order exactly once, with the store's id, confirmation number and instant", async () => {
    const ids = await stage(stagedOrder(), stagedOrder(), stagedOrder());
    const before = await orderCount();
    const run = await synchronize();
    expect(run).toMatchObject({ job: 'synchronize-orders', status: 'succeeded', rows: 3, error: null });
    expect(await orderCount()).toBe(before + 3);
    for (const id of ids) {
      const row = await stagedRow(id);
      expect(row).toMatchObject({ status: 'succeeded', reason: null, sales_order_id: row.order_id });
      const order = await office.get(`/orders/${row.order_id}`);
      expect(order.status, JSON.stringify(order.body)).toBe(200);
      expect(order.body).toMatchObject({
        id: row.order_id,
        number: expect.stringMatching(/^SO-\d+$/),
        confirmationNumber: row.confirmation_number,
        storeId: 'S01',
        createdAt: '2026-11-27T09:30:00.000Z',
        status: 'open',
        money: { total: TENT_2P, depositRequired: 2000, paid: 2000 },
      });
      expect(order.body.lines[0].quantities).toMatchObject({ ordered: 1, reserved: 1 });
    }
    // Once is once: a rerun makes nothing.
    expect(await synchronize()).toMatchObject({ status: 'succeeded', rows: 0 });
    expect(await orderCount()).toBe(before + 3);
  });

  it('R-ASY-4 an order the rules refuse stays Failed with its reason and does not hold the others back', async () => {
    const [good1, bad, good2] = await stage(
      stagedOrder(),
      stagedOrder({ customerNumber: 'C-9999' }),
      stagedOrder(),
    );
    const before = await orderCount();
    expect(await synchronize()).toMatchObject({ status: 'succeeded', rows: 3 });
    expect(await orderCount()).toBe(before + 2);
    expect(await stagedRow(good1 as string)).toMatchObject({ status: 'succeeded' });
    expect(await stagedRow(good2 as string)).toMatchObject({ status: 'succeeded' });
    const failed = await stagedRow(bad as string);
    expect(failed).toMatchObject({ status: 'failed', sales_order_id: null });
    expect(failed.reason).toMatch(/UNKNOWN_CUSTOMER.*C-9999/);
    expect((await office.get(`/orders/${failed.order_id}`)).status).toBe(404);
  });

  it('R-ASY-4 R-CRE-6 orders of one batch reserve in the order the store made them: each sees what the ones before it left, the rest is backordered', async () => {
    await hq.database.db
      .updateTable('stock')
      .set({ on_hand: 2, reserved: 0 })
      .where('location_id', '=', 'S01')
      .where('sku', '=', 'TENT-2P')
      .execute();
    const ids = await stage(stagedOrder(), stagedOrder(), stagedOrder());
    expect(await synchronize()).toMatchObject({ status: 'succeeded', rows: 3 });
    const quantities = [];
    for (const id of ids) {
      const order = await office.get(`/orders/${(await stagedRow(id)).order_id}`);
      quantities.push(order.body.lines[0].quantities);
    }
    // What is ordered but not reserved is on backorder (the store's customer has a receipt for it).
    expect(quantities).toMatchObject([
      { ordered: 1, reserved: 1 },
      { ordered: 1, reserved: 1 },
      { ordered: 1, reserved: 0 },
    ]);
    const stock = await hq.database.db
      .selectFrom('stock')
      .select(['on_hand', 'reserved'])
      .where('location_id', '=', 'S01')
      .where('sku', '=', 'TENT-2P')
      .executeTakeFirstOrThrow();
    expect(stock).toEqual({ on_hand: 2, reserved: 2 });
  });

  it('R-ASY-4 a row the database refuses in a batch (a confirmation number taken) fails that order alone; the batch is done again one by one', async () => {
    const first = stagedOrder();
    const twin = stagedOrder();
    const twinPayload = JSON.parse(twin.payload);
    twin.confirmation_number = first.confirmation_number;
    twin.payload = JSON.stringify({ ...twinPayload, confirmationNumber: first.confirmation_number });
    const [ok, clash, after] = await stage(first, twin, stagedOrder());
    const before = await orderCount();
    expect(await synchronize()).toMatchObject({ status: 'succeeded', rows: 3 });
    expect(await orderCount()).toBe(before + 2);
    expect(await stagedRow(ok as string)).toMatchObject({ status: 'succeeded' });
    expect(await stagedRow(after as string)).toMatchObject({ status: 'succeeded' });
    const failed = await stagedRow(clash as string);
    expect(failed).toMatchObject({ status: 'failed', sales_order_id: null });
    expect(failed.reason).toMatch(/confirmation_number|unique/i);
  });

  it('R-ASY-4 a staged order whose sales order exists already succeeds without a second one', async () => {
    const [first] = await stage(stagedOrder());
    await synchronize();
    const made = await stagedRow(first as string);
    // The same order staged again (a store restored from a backup resends it under a new transaction id).
    const again = { ...stagedOrder(), order_id: made.order_id, transaction_id: 'S01-TX-again' };
    await stage(again);
    const before = await orderCount();
    expect(await synchronize()).toMatchObject({ rows: 1 });
    expect(await orderCount()).toBe(before);
    expect(await stagedRow('S01-TX-again')).toMatchObject({
      status: 'succeeded',
      sales_order_id: made.order_id,
    });
  });

  it('R-ASY-4 a failed order is opened for editing, corrected in the back office and synchronized again; the moves outside the status table are refused', async () => {
    const [bad] = await stage(stagedOrder({ customerNumber: 'C-9999' }));
    await synchronize();
    const failed = await stagedRow(bad as string);
    expect(failed.status).toBe('failed');
    const payload = JSON.parse(failed.payload);
    // The back office reads the one transaction with its reason and payload before correcting it.
    expect(await office.get(`/staged-transactions/${bad}`)).toMatchObject({
      status: 200,
      body: { transactionId: bad, status: 'failed', reason: failed.reason, payload },
    });
    expect((await office.get('/staged-transactions/no-such')).status).toBe(404);

    // Saving a correction needs the transaction open for editing first; a succeeded one never moves.
    const notOpen = await office.put(`/staged-transactions/${bad}`, {
      payload: { ...payload, customerNumber: 'C-1001' },
    });
    expect(notOpen).toMatchObject({ status: 400, body: { field: 'status', rule: 'R-ASY-4' } });
    const opened = await office.call('POST', `/staged-transactions/${bad}/edit`, {});
    expect(opened).toMatchObject({ status: 200, body: { status: 'editing', reason: failed.reason } });
    // Synchronize orders leaves a transaction being edited alone.
    expect(await synchronize()).toMatchObject({ rows: 0 });
    const renumbered = await office.put(`/staged-transactions/${bad}`, {
      payload: { ...payload, customerNumber: 'C-1001', confirmationNumber: 'S01-R1-999999' },
    });
    expect(renumbered).toMatchObject({ status: 400, body: { field: 'payload.confirmationNumber' } });
    const saved = await office.put(`/staged-transactions/${bad}`, {
      payload: { ...payload, customerNumber: 'C-1001' },
    });
    expect(saved).toMatchObject({ status: 200, body: { status: 'pending', reason: null } });

    expect(await synchronize()).toMatchObject({ rows: 1 });
    const done = await stagedRow(bad as string);
    expect(done).toMatchObject({ status: 'succeeded', sales_order_id: failed.order_id });
    expect((await office.get(`/orders/${failed.order_id}`)).body).toMatchObject({
      customer: { number: 'C-1001' },
      confirmationNumber: failed.confirmation_number,
    });
    const again = await office.call('POST', `/staged-transactions/${bad}/retry`, {});
    expect(again).toMatchObject({ status: 422, body: { code: 'STAGED_TRANSITION_NOT_ALLOWED' } });
    expect((await office.call('POST', '/staged-transactions/no-such/edit', {})).status).toBe(404);
  });

  it('R-ASY-4 a failed order whose cause went away is retried as it is', async () => {
    await hq.database.db.updateTable('products').set({ active: 0 }).where('sku', '=', 'BOOT-42').execute();
    const [boots] = await stage(
      stagedOrder({
        lines: [
          { sku: 'BOOT-42', quantity: 1, delivery: { kind: 'pickup', storeId: 'S01', date: '2026-11-30' } },
        ],
        payments: [{ method: 'cash', amount: 1295 }],
      }),
    );
    await synchronize();
    expect(await stagedRow(boots as string)).toMatchObject({ status: 'failed' });
    await hq.database.db.updateTable('products').set({ active: 1 }).where('sku', '=', 'BOOT-42').execute();
    expect((await office.call('POST', `/staged-transactions/${boots}/retry`, {})).body).toMatchObject({
      status: 'pending',
    });
    await synchronize();
    expect(await stagedRow(boots as string)).toMatchObject({ status: 'succeeded' });
  });

  describe('pickups and cancellations a store did before HQ had the order (R-ASY-5)', () => {
    const setTents = (onHand: number) =>
      hq.database.db
        .updateTable('stock')
        .set({ on_hand: onHand, reserved: 0 })
        .where('location_id', '=', 'S01')
        .where('sku', '=', 'TENT-2P')
        .execute();
    const tents = () =>
      hq.database.db
        .selectFrom('stock')
        .select(['on_hand', 'reserved'])
        .where('location_id', '=', 'S01')
        .where('sku', '=', 'TENT-2P')
        .executeTakeFirstOrThrow();
    const twoTents = () =>
      stagedOrder({
        lines: [
          { sku: 'TENT-2P', quantity: 2, delivery: { kind: 'pickup', storeId: 'S01', date: '2026-11-30' } },
        ],
        payments: [{ method: 'cash', amount: 4000 }],
      });

    it('R-ASY-5 a pickup and then a cancellation of the rest are applied after the order, in order, as the store did them', async () => {
      await setTents(10);
      const order = twoTents();
      const line = `${order.order_id}-L1`;
      // What the store asked for the one tent is what the rules ask (the store decides by the same rules).
      const pickUp = stagedOperation(order, 'pickUp', {
        version: 1,
        lines: [{ lineId: line, quantity: 1 }],
        payments: [{ method: 'cash', amount: 15999 }],
      });
      // The deposit went to the tent picked up, so the cancellation charge (5 %) is paid in cash.
      const cancel = stagedOperation(order, 'cancel', {
        version: 2,
        payments: [{ method: 'cash', amount: 1000 }],
      });
      // Staged all at once, the operations after their order: one run makes the order, then applies them.
      const [made, pickedUp, cancelled] = await stage(order, pickUp, cancel);
      expect(await synchronize()).toMatchObject({ status: 'succeeded', rows: 3 });
      for (const id of [made, pickedUp, cancelled]) {
        expect(await stagedRow(id as string)).toMatchObject({
          status: 'succeeded',
          sales_order_id: order.order_id,
        });
      }
      const sales = await office.get(`/orders/${order.order_id}`);
      expect(sales.body.lines[0]).toMatchObject({
        id: line,
        quantities: { ordered: 2, delivered: 1, cancelled: 1, reserved: 0 },
      });
      expect(sales.body.status).toBe('delivered');
      expect(sales.body.history.map((h: { operation: string }) => h.operation)).toEqual([
        'customerOrder',
        'pickUp',
        'cancel',
      ]);
      // One tent left the store, the other was released.
      expect(await tents()).toEqual({ on_hand: 9, reserved: 0 });
    });

    it('R-ASY-5 an operation waits while its order is not a sales order, and goes after it once corrected', async () => {
      await setTents(10);
      const order = twoTents();
      const unknown = {
        ...order,
        payload: JSON.stringify({ ...JSON.parse(order.payload), customerNumber: 'C-9999' }),
      };
      const cancel = stagedOperation(order, 'cancel', { version: 1 });
      const [made, cancelled] = await stage(unknown, cancel);
      await synchronize();
      expect(await stagedRow(made as string)).toMatchObject({ status: 'failed' });
      expect(await stagedRow(cancelled as string)).toMatchObject({ status: 'pending', reason: null });
      // The back office corrects the order; the next run makes it and then cancels it.
      await office.call('POST', `/staged-transactions/${made}/edit`, {});
      const corrected = await office.put(`/staged-transactions/${made}`, {
        payload: JSON.parse(order.payload),
      });
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
      expect(await synchronize()).toMatchObject({ rows: 2 });
      expect(await stagedRow(cancelled as string)).toMatchObject({ status: 'succeeded' });
      const sales = await office.get(`/orders/${order.order_id}`);
      expect(sales.body.status).toBe('cancelled');
      expect(await tents()).toEqual({ on_hand: 10, reserved: 0 });
    });

    it('R-ASY-5 an operation the rules refuse at HQ fails with its reason; the next one on that order waits for it', async () => {
      await setTents(10);
      const order = twoTents();
      const tooMany = stagedOperation(order, 'pickUp', {
        version: 1,
        lines: [{ lineId: `${order.order_id}-L1`, quantity: 3 }],
        payments: [{ method: 'cash', amount: 35998 }],
      });
      const cancel = stagedOperation(order, 'cancel', { version: 2 });
      const [, refused, waiting] = await stage(order, tooMany, cancel);
      await synchronize();
      const failed = await stagedRow(refused as string);
      expect(failed.status).toBe('failed');
      expect(failed.reason).toMatch(/quantit/i);
      expect(await stagedRow(waiting as string)).toMatchObject({ status: 'pending' });
      const sales = await office.get(`/orders/${order.order_id}`);
      expect(sales.body.lines[0].quantities).toMatchObject({ ordered: 2, reserved: 2, delivered: 0 });
    });

    it('R-ASY-5 what the store asked at a pickup is what HQ asks: the same rules, as of when it happened', async () => {
      await setTents(10);
      const order = twoTents();
      await stage(order);
      await synchronize();
      const preview = await storeClient(hq, 'S01').post(
        `/orders/${order.order_id}/pick-up`,
        {
          actor: { staffId: 'S01-CASHIER', registerId: 'R1', permissions: ['pickUp'] },
          version: 1,
          lines: [{ lineId: `${order.order_id}-L1`, quantity: 1 }],
        },
        { preview: true },
      );
      expect(preview.body.effect.due).toBe(15999);
    });
  });

  it('R-ASY-4 runs by its schedule, after the interval since it last started', async () => {
    const [scheduled] = await stage(stagedOrder());
    const put = await office.put('/batch-jobs/schedules/synchronize-orders', {
      intervalSeconds: 30,
      enabled: true,
    });
    expect(put).toMatchObject({ status: 200, body: { job: 'synchronize-orders', intervalSeconds: 30 } });
    const hqContext = {
      database: hq.database,
      payments: hq.payments,
      clock: () => Temporal.Now.instant(),
      newId: uuidv7,
    };
    const t0 = Temporal.Instant.from('2026-12-02T09:00:00Z');
    const ran = await runDueJobs(hqContext, t0);
    expect(ran).toEqual([
      { job: 'synchronize-orders', runs: [expect.objectContaining({ status: 'succeeded', rows: 1 })] },
    ]);
    expect(await stagedRow(scheduled as string)).toMatchObject({ status: 'succeeded' });
    expect(await runDueJobs(hqContext, t0.add({ seconds: 29 }))).toEqual([]);
    await office.put('/batch-jobs/schedules/synchronize-orders', { intervalSeconds: null, enabled: true });
  });
});
