import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../src/app/passwords.ts';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  backOffice,
  cash,
  createOrder,
  type Json,
  operate,
  orderBody,
  pickup,
  rawRequest,
  START,
  type StoreClient,
  ship,
  shipment,
  snapshot,
} from './rts-fixtures.ts';
import { SECRETS } from './seed.ts';

describe.each(engines())('RTS: store authentication and order history on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  let s02: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
    s02 = storeClient(hq, 'S02');
  });
  afterAll(() => hq.close());

  it('R-SEC-4 calls without a valid store credential are 401, and a store cannot authenticate as another', async () => {
    const before = await snapshot(hq);
    const body = JSON.stringify(orderBody([pickup('BOOK-WAD', 1)], { payments: [cash(250)] }));
    const credentials: Record<string, string> = {
      none: '',
      'S01 secret presented as S02': `Bearer S02:${SECRETS.S01}`,
      'S02 secret presented as S01': `Bearer S01:${SECRETS.S02}`,
      'a wrong secret': 'Bearer S01:not-the-secret',
      'no secret': 'Bearer S01',
      'an empty secret': 'Bearer S01:',
      'a warehouse': 'Bearer DC1:anything',
      'an unknown store': 'Bearer S99:anything',
      'basic authentication': `Basic ${Buffer.from(`S01:${SECRETS.S01}`).toString('base64')}`,
    };
    for (const [what, authorization] of Object.entries(credentials)) {
      for (const [method, path] of [
        ['GET', '/rts/orders'],
        ['POST', '/rts/orders'],
        ['GET', '/rts/orders/SO-000001'],
        ['POST', '/rts/payments/tokens'],
      ] as const) {
        const reply = await rawRequest(hq, method, path, {
          headers: { authorization },
          ...(method === 'POST' ? { body } : {}),
        });
        expect(reply.status, `${what}: ${method} ${path}`).toBe(401);
        expect(reply.body).toMatchObject({ code: 'UNAUTHORIZED', rule: 'R-SEC-4' });
      }
    }
    // A back-office session is not a store credential, nor the other way round.
    const bo = await fetch(`${hq.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId: 'HQ-ADMIN', password: 'admin-password' }),
    });
    const { token } = (await bo.json()) as { token: string };
    expect(
      (await rawRequest(hq, 'GET', '/rts/orders', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
    expect((await rawRequest(hq, 'GET', '/api/orders')).status).toBe(401);
    expect(await snapshot(hq)).toEqual(before);
  });

  it('R-SEC-4 a store acts only as itself: the order is its own whatever the body says', async () => {
    const created = await s02.post('/orders', {
      ...orderBody([pickup('BOOK-WAD', 1)], { payments: [cash(250)] }),
      storeId: 'S01',
      locationId: 'S01',
    });
    expect(created.status).toBe(201);
    expect(created.body.order.storeId).toBe('S02');
    const detail = await s01.get(`/orders/${created.body.order.number}`);
    expect(detail.body.history).toEqual([expect.objectContaining({ locationId: 'S02' })]);
  });

  it('R-SEC-4 a store whose credential was replaced is refused with the old one, at once', async () => {
    expect((await s01.get('/orders?limit=1')).status).toBe(200);
    const replaced = await hashSecret('S01-new-secret-for-the-tests');
    await hq.database.db
      .updateTable('locations')
      .set({ credential_hash: replaced })
      .where('id', '=', 'S01')
      .execute();
    try {
      const old = await rawRequest(hq, 'GET', '/rts/orders?limit=1');
      expect(old.status).toBe(401);
      const renewed = await rawRequest(hq, 'GET', '/rts/orders?limit=1', {
        headers: { authorization: 'Bearer S01:S01-new-secret-for-the-tests' },
      });
      expect(renewed.status).toBe(200);
    } finally {
      await hq.database.db
        .updateTable('locations')
        .set({ credential_hash: await hashSecret(SECRETS.S01) })
        .where('id', '=', 'S01')
        .execute();
    }
  });

  it('R-SEC-1 the back office is for staff with the back-office permission', async () => {
    const signIn = (staffId: string, password: string) =>
      fetch(`${hq.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ staffId, password }),
      });
    expect((await signIn('HQ-ADMIN', 'wrong-password')).status).toBe(401);
    const cashierSignIn = await signIn('S01-CASHIER', 'cashier-password');
    expect(cashierSignIn.status).toBe(403);
    expect(await cashierSignIn.json()).toMatchObject({ code: 'FORBIDDEN', rule: 'R-SEC-1' });
  });

  it('R-SEC-3 every change to an order is in its history: what, who, who approved, when, at which store and register', async () => {
    const s02Cashier = { ...cashier, staffId: 'S02-CASHIER', registerId: 'R3' };
    // 2 × 129.50 to pick up at S02 and 24.95 shipped: 283.95, deposit 28.40.
    const { order } = await createOrder(s01, [pickup('BOOT-42', 2, 'S02'), ship('BOOK-WAD', 1)], {
      shipments: [shipment(0)],
      payments: [cash(2840)],
    });
    const [boots] = order.lines;
    try {
      hq.setNow('2026-11-27T11:00:00Z');
      await operate(s02, order, 'edit', {
        actor: s02Cashier,
        changes: [{ kind: 'setCollectors', collectors: ['Piet Bakker'] }],
      });
      // Neither a preview nor a refusal is a change.
      await s02.post(
        `/orders/${order.number}/pick`,
        { actor: s02Cashier, version: 2, lines: [{ lineId: boots.id, quantity: 1 }] },
        { preview: true },
      );
      const refused = await s02.post(`/orders/${order.number}/pick`, {
        actor: s02Cashier,
        version: 2,
        lines: [{ lineId: boots.id, quantity: 3 }],
      });
      expect(refused.status).toBe(422);
      hq.setNow('2026-11-27T12:00:00Z');
      await operate(s02, { number: order.number, version: 2 }, 'pick', {
        actor: s02Cashier,
        lines: [{ lineId: boots.id, quantity: 1 }],
      });
      hq.setNow('2026-11-28T09:00:00Z');
      const pickedUp = await operate(s02, { number: order.number, version: 3 }, 'pick-up', {
        actor: { ...s02Cashier, registerId: 'R2' },
        lines: [{ lineId: boots.id, quantity: 1 }],
        collectedBy: 'Piet Bakker',
        payments: [cash(12950 - 2840)],
      });
      hq.setNow('2026-11-28T10:00:00Z');
      const shipped = await (await backOffice(hq)).post(`/orders/${order.number}/ship`, {
        version: 4,
        shipmentId: 'SH1',
      });
      expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
      hq.setNow('2026-11-29T15:00:00Z');
      await operate(s01, { number: order.number, version: 5 }, 'cancel', {
        actor: {
          ...cashier,
          permissions: [...cashier.permissions, 'changeCancellationCharge'],
          approvedBy: 'S01-MANAGER',
        },
        chargeOverride: 0,
      });
      hq.setNow('2026-11-30T08:00:00Z');
      await operate(s02, { number: order.number, version: 6 }, 'return', {
        actor: s02Cashier,
        invoiceId: pickedUp.order.invoices[0].id,
        lines: [{ lineId: boots.id, quantity: 1 }],
        reason: 'does not fit',
      });
    } finally {
      hq.setNow(START);
    }
    const detail = await s01.get(`/orders/${order.number}`);
    expect(detail.body.version).toBe(7);
    const entry = (
      at: string,
      operation: string,
      staffId: string,
      locationId: string,
      registerId: string,
    ) => ({
      at,
      operation,
      staffId,
      approvedBy: null,
      locationId,
      registerId,
      details: expect.any(Object),
    });
    expect(detail.body.history).toEqual([
      entry('2026-11-27T10:00:00.000Z', 'customerOrder', 'S01-CASHIER', 'S01', 'R1'),
      {
        ...entry('2026-11-27T11:00:00.000Z', 'edit', 'S02-CASHIER', 'S02', 'R3'),
        details: { changes: ['setCollectors'] },
      },
      entry('2026-11-27T12:00:00.000Z', 'pick', 'S02-CASHIER', 'S02', 'R3'),
      {
        ...entry('2026-11-28T09:00:00.000Z', 'pickUp', 'S02-CASHIER', 'S02', 'R2'),
        details: { lines: [{ lineId: boots.id, quantity: 1 }], collectedBy: 'Piet Bakker' },
      },
      entry('2026-11-28T10:00:00.000Z', 'ship', 'HQ-ADMIN', 'DC1', 'HQ'),
      {
        ...entry('2026-11-29T15:00:00.000Z', 'cancel', 'S01-CASHIER', 'S01', 'R1'),
        approvedBy: 'S01-MANAGER',
      },
      {
        ...entry('2026-11-30T08:00:00.000Z', 'return', 'S02-CASHIER', 'S02', 'R3'),
        details: expect.objectContaining({ reason: 'does not fit' }),
      },
    ]);
    expect(detail.body.history.map((h: Json) => h.operation)).toHaveLength(7);
  });
});
