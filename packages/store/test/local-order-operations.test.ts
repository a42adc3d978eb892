import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Receipt, StoreOperationReply, StoreTransaction, StoreTransactionPage } from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMSTERDAM, entriesOfJob, FALLS_BACK, packageOf } from './distribution-fixtures.ts';
import { CASHIER, MANAGER, posClient, seedPos } from './pos-fixtures.ts';
import { hqClient, type RunningStore, STORE_ID, startStore } from './store-server.ts';

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
type Json = any;

const NOW = '2026-11-27T10:00:00.000Z';
const PICKUP_HERE = { kind: 'pickup', storeId: STORE_ID, date: '2026-11-30' } as const;
// Seeded prices (pos-fixtures.ts) and the Commerce parameters of job 1070 (distribution-fixtures.ts).
const TENT = 34995;
const BAG = 12950;
const DEPOSIT = (2 * TENT + BAG) / 5;
// 10 % of the tent and the bag left open, rounded half away from zero (R-MON-2).
const CANCELLATION_CHARGE = 4795;
const OVERRIDE = { staffId: MANAGER.staffId, password: MANAGER.password };

/**
 * HQ's RTS as far as these tests need it: down (503, which the store reads as unreachable), or up and
 * holding its copies of orders. Operations sent to it are recorded and answered with `answer` (a refusal,
 * or a 503 as when HQ's answer is lost), so a test sees that the store relayed one and what it made of it.
 */
async function fakeHq() {
  const state = {
    down: true,
    orders: new Map<string, Json>(),
    posted: [] as string[],
    answer: {
      status: 409,
      body: { code: 'VERSION_CONFLICT', message: 'HQ refused', field: 'version' } as Json,
    },
  };
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (state.down) return send(503, { code: 'DOWN', message: 'down for maintenance' });
    const path = new URL(request.url ?? '/', 'http://hq').pathname;
    if (request.method === 'POST') {
      state.posted.push(path);
      return send(state.answer.status, state.answer.body);
    }
    const order = state.orders.get(decodeURIComponent(path.replace('/rts/orders/', '')));
    return order ? send(200, order) : send(404, { code: 'NOT_FOUND', message: 'no such order' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('pickup and cancellation at the store of an order it made itself, before HQ has it (R-ASY-5)', () => {
  let hq: Awaited<ReturnType<typeof fakeHq>>;
  let store: RunningStore;
  let pos: ReturnType<typeof posClient>;
  let cashier: string;
  let order: Json;

  beforeAll(async () => {
    hq = await fakeHq();
    store = await startStore({ now: NOW, hqUrl: hq.url });
    await seedPos(store);
    // Job 1070 with this store to pick up at and a profile that falls back to async when HQ is out of
    // reach (R-PRO-3); job 1040 with the cancellation charge code.
    const channel = packageOf('1070', 0, [
      ...entriesOfJob('1070', 'created').filter((entry) => entry.entity !== 'functionalityProfile'),
      FALLS_BACK,
      AMSTERDAM,
    ]);
    const { applied } = (await hqClient(store).get('/jobs/distribution')).body;
    const codes = packageOf('1040', applied['1040'], [
      {
        entity: 'chargeCode',
        key: 'CANCEL',
        payload: { code: 'CANCEL', description: 'Cancellation', vatRate: 21 },
      },
    ]);
    for (const distributed of [channel, codes]) {
      expect((await hqClient(store).post('/jobs/distribution', distributed)).status).toBe(200);
    }
    pos = posClient(store);
    cashier = await pos.tokenOf(CASHIER);
    order = await asyncOrder();
  });
  afterAll(async () => {
    await store?.close();
    await hq?.close();
  });

  const key = () => `key-${randomUUID()}`;
  const ok = <T = Json>(reply: { status: number; body: Json }, status = 200): T => {
    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    return reply.body as T;
  };

  /** Two tents and a sleeping bag to pick up here, the deposit paid in cash, made with HQ out of reach. */
  async function asyncOrder(): Promise<Json> {
    let cart = ok(
      await pos.call('POST', '/api/carts', { token: cashier, headers: { 'idempotency-key': key() } }),
      201,
    );
    cart = ok(
      await pos.call('POST', `/api/carts/${cart.id}/changes`, {
        token: cashier,
        headers: { 'idempotency-key': key() },
        body: {
          version: cart.version,
          changes: [
            { kind: 'setCustomer', customerNumber: 'C-1002' },
            { kind: 'addProduct', sku: 'TENT-4P', quantity: 2 },
            { kind: 'addProduct', sku: 'BAG-DOWN' },
            { kind: 'setDelivery', delivery: PICKUP_HERE },
            { kind: 'addCashPayment', amount: DEPOSIT },
          ],
        },
      }),
    );
    const done = ok(
      await pos.call('POST', `/api/carts/${cart.id}/checkout`, {
        token: cashier,
        headers: { 'idempotency-key': key() },
        body: {},
      }),
      201,
    );
    return getOrder(done.receipt.order.confirmationNumber);
  }

  const getOrder = async (idOrNumber: string) =>
    ok(await pos.call('GET', `/api/orders/${idOrNumber}`, { token: cashier }));
  const outbox = async () =>
    StoreTransactionPage.parse((await hqClient(store).get('/jobs/transactions')).body).transactions;
  const lineOf = (sku: string) => order.lines.find((line: Json) => line.productId === sku).id as string;
  const operate = (
    operation: 'pick-up' | 'cancel',
    body: unknown,
    { preview = false, idempotencyKey = key(), token = cashier } = {},
  ) =>
    pos.call(
      'POST',
      `/api/orders/${order.confirmationNumber}/${operation}${preview ? '?preview=true' : ''}`,
      {
        token,
        body,
        ...(preview ? {} : { headers: { 'idempotency-key': idempotencyKey } }),
      },
    );
  const pickUpTent = (extra: Record<string, unknown> = {}, options = {}) =>
    operate(
      'pick-up',
      { version: 1, lines: [{ lineId: lineOf('TENT-4P'), quantity: 1 }], ...extra },
      options,
    );

  it('R-ASY-2 R-ASY-5 with HQ unreachable the store made the order itself, at version 1, and finds it by its confirmation number', async () => {
    expect(order).toMatchObject({
      number: '',
      confirmationNumber: expect.stringMatching(/^S01-REG-1-\d{6}$/),
      version: 1,
      status: 'open',
      money: { total: 2 * TENT + BAG, depositRequired: DEPOSIT, paid: DEPOSIT },
    });
    expect((await outbox()).map((row) => row.kind)).toEqual(['createOrder']);
  });

  it('R-ASY-5 R-PCK-3 a pickup paid with cash the deposit does not cover: a card tender is refused naming it, and nothing is written', async () => {
    const preview = ok(await pickUpTent({}, { preview: true }));
    expect(preview).toMatchObject({
      preview: true,
      receipt: null,
      effect: { invoiced: TENT, depositApplied: DEPOSIT },
    });
    expect(preview.blockers).toEqual([
      expect.objectContaining({ code: 'PAYMENT_REQUIRED', rule: 'R-PCK-3' }),
    ]);

    const card = await pickUpTent({
      payments: [{ method: 'card', cardToken: 'tok_4242', amount: TENT - DEPOSIT }],
    });
    expect(card.status, JSON.stringify(card.body)).toBe(422);
    expect(card.body).toMatchObject({ code: 'CARD_NEEDS_HQ', field: 'payments[0]', rule: 'R-ASY-5' });
    const short = await pickUpTent({
      payments: [{ method: 'cash', amount: TENT - DEPOSIT }],
      cashTendered: TENT - DEPOSIT - 1,
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'cashTendered' });
    const unpaid = await pickUpTent();
    expect(unpaid.status).toBe(402);
    expect(unpaid.body).toMatchObject({ code: 'PAYMENT_REQUIRED', rule: 'R-PCK-3' });
    expect((await outbox()).map((row) => row.kind)).toEqual(['createOrder']);
    expect(await getOrder(order.id)).toEqual(order);
  });

  it('R-ASY-5 R-PCK-2 R-RCP-1 picks up one tent with cash: the receipt shows it with the change, and the order is partially delivered at version 2', async () => {
    const idempotencyKey = key();
    const due = TENT - DEPOSIT;
    const reply = await pickUpTent(
      { payments: [{ method: 'cash', amount: due }], cashTendered: 20000 },
      { idempotencyKey },
    );
    const pickedUp = StoreOperationReply.parse(ok(reply));
    expect(pickedUp).toMatchObject({
      preview: false,
      order: { id: order.id, number: '', version: 2, status: 'partiallyDelivered' },
      effect: { invoiced: TENT, depositApplied: DEPOSIT, paidNow: due },
      approvals: [],
      blockers: [],
      invoices: [{ id: expect.any(String), number: null }],
      returnOrders: [],
    });
    const receipt = Receipt.parse(pickedUp.receipt);
    expect(receipt).toMatchObject({
      kind: 'pickup',
      order: {
        id: order.id,
        number: '',
        confirmationNumber: order.confirmationNumber,
        status: 'partiallyDelivered',
      },
      staffId: CASHIER.staffId,
      approvedBy: null,
      total: TENT,
      cash: { tendered: 20000, change: 20000 - due },
      tenders: [{ method: 'cash', kind: 'paid', amount: due }],
      invoices: [{ number: null, kind: 'pickup' }],
      collectedBy: 'customer',
    });
    expect(receipt.lines.map((line) => [line.sku, line.quantity])).toEqual([['TENT-4P', 1]]);

    expect(await getOrder(order.confirmationNumber)).toMatchObject({
      version: 2,
      status: 'partiallyDelivered',
    });
    const found = ok(
      await pos.call('GET', `/api/orders?confirmationNumber=${order.confirmationNumber}`, { token: cashier }),
    );
    expect(found.orders).toEqual([expect.objectContaining({ id: order.id, status: 'partiallyDelivered' })]);
    expect((await outbox()).map((row) => row.kind)).toEqual(['createOrder', 'pickUp']);

    // A retry with the same key answers the same, writes nothing more, and stays with the store even
    // once HQ has caught up with the order meanwhile: it is one pickup, done here.
    hq.state.down = false;
    hq.state.orders.set(order.id, { ...pickedUp.order, number: 'SO-000042' });
    try {
      expect(
        ok(
          await pickUpTent(
            { payments: [{ method: 'cash', amount: due }], cashTendered: 20000 },
            { idempotencyKey },
          ),
        ),
      ).toEqual(pickedUp);
    } finally {
      hq.state.down = true;
      hq.state.orders.clear();
    }
    expect(hq.state.posted).toEqual([]);
    expect(await outbox()).toHaveLength(2);
  });

  it('R-ASY-5 R-EDT-4 an operation on the version read before the pickup is refused with 409 VERSION_CONFLICT', async () => {
    const stale = await operate('cancel', { version: 1 }, { token: await pos.tokenOf(MANAGER) });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      field: 'version',
      rule: 'R-EDT-4',
      details: { expected: 1, actual: 2 },
    });
    expect(await outbox()).toHaveLength(2);
  });

  it('R-ASY-5 R-SEC-1 a cashier may not cancel without a manager (403), and the preview of the cancellation writes nothing', async () => {
    const denied = await operate('cancel', { version: 2 });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ code: 'FORBIDDEN', permission: 'cancel' });

    const before = await store.database.db.selectFrom('local_orders').selectAll().execute();
    const preview = ok(await operate('cancel', { version: 2, managerOverride: OVERRIDE }, { preview: true }));
    expect(preview).toMatchObject({
      preview: true,
      receipt: null,
      order: { version: 3, status: 'delivered' },
      effect: { charge: CANCELLATION_CHARGE },
    });
    expect(await store.database.db.selectFrom('local_orders').selectAll().execute()).toEqual(before);
    expect(await outbox()).toHaveLength(2);
    expect(await getOrder(order.id)).toMatchObject({ version: 2 });
  });

  it('R-ASY-5 R-CAN-1 R-CAN-3 R-SEC-2 cancels the rest with the cancellation charge, approved by a manager: the receipt shows it, and nothing is left open', async () => {
    // HQ has the order now, but not the pickup yet: the store keeps doing them itself.
    hq.state.down = false;
    hq.state.orders.set(order.id, { ...order, number: 'SO-000042' });
    try {
      const charge = CANCELLATION_CHARGE;
      const reply = StoreOperationReply.parse(
        ok(
          await operate('cancel', {
            version: 2,
            payments: [{ method: 'cash', amount: charge }],
            managerOverride: OVERRIDE,
          }),
        ),
      );
      expect(hq.state.posted).toEqual([]);
      expect(reply).toMatchObject({
        // Delivered with the rest cancelled (SPEC §7): the lines tell the two apart.
        order: { id: order.id, number: 'SO-000042', version: 3, status: 'delivered' },
        effect: { charge, paidNow: charge },
        invoices: [{ number: null }],
      });
      expect(reply.receipt).toMatchObject({
        kind: 'cancel',
        approvedBy: MANAGER.staffId,
        order: { number: 'SO-000042', status: 'delivered' },
        charges: [{ kind: 'cancellation', code: 'CANCEL', amount: charge }],
        invoices: [{ number: null, kind: 'cancellation' }],
      });
      // Cancelled units were never invoiced: listed, with nothing charged or given back for them.
      expect(reply.receipt?.lines.map((line) => [line.sku, line.quantity, line.amount])).toEqual([
        ['TENT-4P', 1, 0],
        ['BAG-DOWN', 1, 0],
      ]);
      expect(reply.receipt?.total).toBe(charge);
      // The store's copy is the order until HQ has the pickup and the cancellation too.
      expect(await getOrder(order.confirmationNumber)).toMatchObject({
        number: 'SO-000042',
        version: 3,
        status: 'delivered',
        lines: [
          expect.objectContaining({ productId: 'TENT-4P', status: 'delivered' }),
          expect.objectContaining({ productId: 'BAG-DOWN', status: 'cancelled' }),
        ],
      });
    } finally {
      hq.state.down = true;
      hq.state.orders.clear();
    }
    const found = ok(
      await pos.call('GET', `/api/orders?confirmationNumber=${order.confirmationNumber}`, { token: cashier }),
    );
    expect(found.orders).toEqual([expect.objectContaining({ id: order.id, status: 'delivered' })]);
  });

  it('R-ASY-3 R-ASY-5 the outbox holds the order, the pickup and the cancellation in that order, each as the contracts say, on versions 1 and 2', async () => {
    const rows = await outbox();
    expect(rows.map((row) => StoreTransaction.parse(row).kind)).toEqual(['createOrder', 'pickUp', 'cancel']);
    const [, pickUp, cancel] = rows;
    const onThisOrder = { orderId: order.id, confirmationNumber: order.confirmationNumber, createdAt: NOW };
    expect(pickUp).toMatchObject({
      ...onThisOrder,
      transactionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/),
      payload: {
        ...onThisOrder,
        version: 1,
        actor: { staffId: CASHIER.staffId, registerId: 'REG-1' },
        paymentRequirement: 'NotRequired',
        lines: [{ lineId: lineOf('TENT-4P'), quantity: 1 }],
        payments: [{ method: 'cash', amount: TENT - DEPOSIT }],
      },
    });
    expect(pickUp?.payload).not.toHaveProperty('cashTendered');
    expect(cancel).toMatchObject({
      ...onThisOrder,
      payload: {
        ...onThisOrder,
        version: 2,
        actor: {
          staffId: CASHIER.staffId,
          approvedBy: MANAGER.staffId,
          permissions: expect.arrayContaining(['cancel']),
        },
      },
    });
    expect(cancel?.payload).not.toHaveProperty('managerOverride');
  });

  it('R-ASY-5 once HQ has everything the store did to the order, it is read from HQ and operations on it go there again', async () => {
    // HQ applied the order, the pickup and the cancellation, and has moved the order on since.
    const atHq = { ...(await getOrder(order.id)), number: 'SO-000042', version: 4 };
    hq.state.down = false;
    hq.state.orders.set(order.id, atHq);
    try {
      expect(await getOrder(order.confirmationNumber)).toEqual(atHq);
      const relayed = await operate('cancel', { version: 4 }, { token: await pos.tokenOf(MANAGER) });
      expect(relayed.status).toBe(409);
      expect(relayed.body).toMatchObject({ code: 'VERSION_CONFLICT', message: 'HQ refused' });
      expect(hq.state.posted).toEqual([`/rts/orders/${order.id}/cancel`]);
    } finally {
      hq.state.down = true;
      hq.state.orders.clear();
    }
    expect(await outbox()).toHaveLength(3);
  });

  it('R-ASY-5 a pickup that may have reached HQ stays with HQ: its retry with HQ out of reach is a 503, not a second pickup at the store', async () => {
    const another = await asyncOrder();
    const tent = another.lines.find((line: Json) => line.productId === 'TENT-4P').id;
    const pickUp = () =>
      pos.call('POST', `/api/orders/${another.confirmationNumber}/pick-up`, {
        token: cashier,
        headers: { 'idempotency-key': 'pick-up-sent-to-hq' },
        body: {
          version: 1,
          lines: [{ lineId: tent, quantity: 1 }],
          payments: [{ method: 'cash', amount: TENT - DEPOSIT }],
        },
      });
    const posted = hq.state.posted.length;
    hq.state.down = false;
    hq.state.orders.set(another.id, { ...another, number: 'SO-000043' });
    // HQ takes the pickup, and its answer is lost on the way.
    hq.state.answer = { status: 503, body: { code: 'DOWN', message: 'failed halfway' } };
    try {
      expect((await pickUp()).body).toMatchObject({ code: 'HQ_UNREACHABLE' });
    } finally {
      hq.state.down = true;
      hq.state.orders.clear();
    }
    expect(hq.state.posted.slice(posted)).toEqual([`/rts/orders/${another.id}/pick-up`]);
    const retry = await pickUp();
    expect(retry.status).toBe(503);
    expect(retry.body).toMatchObject({ code: 'HQ_UNREACHABLE', rule: 'R-ASY-1' });
    expect(await getOrder(another.id)).toMatchObject({ version: 1, status: 'open' });
    expect((await outbox()).filter((row) => row.orderId === another.id).map((row) => row.kind)).toEqual([
      'createOrder',
    ]);
  });

  it('R-RCP-1 a pickup relayed to HQ with less cash handed over than is paid in cash is refused before anything reaches HQ', async () => {
    const another = await asyncOrder();
    const tent = another.lines.find((line: Json) => line.productId === 'TENT-4P').id;
    const posted = hq.state.posted.length;
    hq.state.down = false;
    hq.state.orders.set(another.id, { ...another, number: 'SO-000044' });
    try {
      const short = await pos.call('POST', `/api/orders/${another.id}/pick-up`, {
        token: cashier,
        headers: { 'idempotency-key': 'short-cash-relayed' },
        body: {
          version: 1,
          lines: [{ lineId: tent, quantity: 1 }],
          payments: [{ method: 'cash', amount: TENT - DEPOSIT }],
          cashTendered: TENT - DEPOSIT - 1,
        },
      });
      expect(short.status).toBe(400);
      expect(short.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'cashTendered' });
    } finally {
      hq.state.down = true;
      hq.state.orders.clear();
    }
    expect(hq.state.posted.length).toBe(posted);
  });
});
