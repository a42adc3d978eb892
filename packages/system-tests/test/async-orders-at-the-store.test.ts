import type {
  CartChange,
  CartView,
  ErrorReply,
  FindOrdersReply,
  FunctionalityProfile,
  Receipt,
} from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays } from '../src/dates.ts';
import { expectStatus } from '../src/expect-status.ts';
import type { RegisterClient, System } from '../src/system.ts';
import { startSystem } from '../src/system.ts';

// The demo's prices (gross cents) and deposit percent (packages/hq/src/demo/demo-data.ts).
const MAP_VELUWE = 1295;
const LAMP_HEAD = 2495;
const DEPOSIT = Math.round(LAMP_HEAD / 10);

/** A map carried out and a head lamp to pick up here, the map and the deposit paid in cash. */
async function cart(register: RegisterClient, customerNumber: string, storeId: string, tender: CartChange) {
  let built = expectStatus(await register.post<CartView>('/carts'), 201);
  built = expectStatus(
    await register.post<CartView>(`/carts/${built.id}/changes`, {
      version: built.version,
      changes: [
        { kind: 'setCustomer', customerNumber },
        { kind: 'addProduct', sku: 'MAP-VELUWE', quantity: 1 },
        { kind: 'addProduct', sku: 'LAMP-HEAD', quantity: 1 },
      ],
    }),
    200,
  );
  const lamp = built.lines.find((line) => line.sku === 'LAMP-HEAD')?.id as string;
  return expectStatus(
    await register.post<CartView>(`/carts/${built.id}/changes`, {
      version: built.version,
      changes: [
        { kind: 'setDelivery', lineIds: [lamp], delivery: { kind: 'pickup', storeId, date: inDays(2) } },
        tender,
      ],
    }),
    200,
  );
}

const cash = (amount: number, tendered?: number): CartChange => ({
  kind: 'addCashPayment',
  amount,
  ...(tendered ? { tendered } : {}),
});

describe('orders a store makes itself: async mode and the fallback when HQ is out of reach (SPEC §10)', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem();
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  }, 30_000);

  const ordersAtHq = async (customerNumber: string) =>
    expectStatus(
      await system.backOffice.get<FindOrdersReply>(`/orders?customer=${customerNumber}&limit=100`),
      200,
    ).orders.filter((order) => order.customerNumber === customerNumber);

  it('R-PRO-3 R-ASY-2 R-CRE-7: with HQ stopped, a store that may fall back makes the order itself, with a confirmation number on the receipt; a card cannot be taken without HQ', async () => {
    const register = await system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R1');
    const paid = await cart(register, 'C-1003', 'S02', cash(MAP_VELUWE + DEPOSIT, 5000));
    await system.kassa.hq.stop();
    try {
      const done = expectStatus(
        await register.post<{ cart: CartView; receipt: Receipt }>(`/carts/${paid.id}/checkout`, {}),
        201,
      );
      const { receipt } = done;
      expect(receipt.order.confirmationNumber).toMatch(/^S02-R1-\d{6}$/);
      // HQ's number follows when Synchronize orders made the sales order (R-CRE-7).
      expect(receipt.order.number).toBe('');
      expect(done.cart).toMatchObject({
        status: 'completed',
        order: { number: receipt.order.confirmationNumber },
      });
      expect(receipt).toMatchObject({
        kind: 'create',
        store: { id: 'S02' },
        order: { customer: { number: 'C-1003' }, status: 'partiallyDelivered' },
        total: MAP_VELUWE + LAMP_HEAD,
        cash: { tendered: 5000, change: 5000 - MAP_VELUWE - DEPOSIT },
        money: { depositRequired: DEPOSIT, depositPaid: DEPOSIT, paid: MAP_VELUWE + DEPOSIT },
      });
      expect(receipt.lines.map((line) => [line.sku, line.delivery.kind])).toEqual([
        ['MAP-VELUWE', 'carryOut'],
        ['LAMP-HEAD', 'pickup'],
      ]);
      // A retry answers the same receipt: one order, one confirmation number.
      const again = expectStatus(
        await register.post<{ receipt: Receipt }>(`/carts/${paid.id}/checkout`, {}),
        201,
      );
      expect(again.receipt).toEqual(receipt);
      // R-ASY-5: before HQ has it, the store finds the order by its confirmation number.
      const confirmation = receipt.order.confirmationNumber as string;
      const found = expectStatus(
        await register.get<FindOrdersReply>(`/orders?confirmationNumber=${confirmation}`),
        200,
      );
      expect(found.orders).toEqual([
        expect.objectContaining({
          id: receipt.order.id,
          number: '',
          confirmationNumber: confirmation,
          storeId: 'S02',
        }),
      ]);
      expect(
        expectStatus(await register.get<{ id: string; number: string }>(`/orders/${confirmation}`), 200),
      ).toMatchObject({
        id: receipt.order.id,
        number: '',
        confirmationNumber: confirmation,
        money: { total: MAP_VELUWE + LAMP_HEAD, paid: MAP_VELUWE + DEPOSIT },
      });
      const html = expectStatus(await register.get<string>(`/receipts/${receipt.id}/html?language=nl`), 200);
      expect(html).toContain(receipt.order.confirmationNumber as string);
      expect(html).toContain('volgt zodra het hoofdkantoor de order heeft');

      // Cards go through HQ's payment connector: without HQ the store says so and keeps the cart.
      const second = await cart(register, 'C-1003', 'S02', cash(MAP_VELUWE));
      const token = await register.post<ErrorReply>('/payments/card-tokens', {
        number: '4111111111111111',
        expiry: '12/29',
      });
      expect(token.status).toBe(503);
      expect((await register.get<CartView>(`/carts/${second.id}`)).body.status).toBe('open');
    } finally {
      await system.kassa.hq.start();
    }
    // HQ has not got the order yet: the P-job brings it (R-ASY-3).
    expect(await ordersAtHq('C-1003')).toEqual([]);
  });

  it('R-ASY-3 R-ASY-4: once HQ is back, the P-job and Synchronize orders make the orders of both stores sales orders, once', async () => {
    const pJob = expectStatus(
      await system.backOffice.post<{ runs: { storeId: string; status: string; rows: number }[] }>(
        '/batch-jobs/p-job/run',
        {},
      ),
      200,
    );
    expect(pJob.runs.map((run) => run.status)).toEqual(['succeeded', 'succeeded']);
    const first = expectStatus(
      await system.backOffice.post<{ run: { status: string; rows: number } }>(
        '/batch-jobs/synchronize-orders/run',
        {},
      ),
      200,
    );
    expect(first.run.status).toBe('succeeded');
    const atHq = await ordersAtHq('C-1003');
    expect(atHq).toHaveLength(1);
    expect(atHq[0]).toMatchObject({
      storeId: 'S02',
      confirmationNumber: expect.stringMatching(/^S02-R1-\d{6}$/),
      number: expect.stringMatching(/^SO-/),
      total: MAP_VELUWE + LAMP_HEAD,
    });
    // The store reads the order from HQ by its confirmation number and learns HQ's number (R-CRE-7)…
    const register = await system.store('S02').signIn('S02-cashier', 'kassa-cashier', 'R2');
    const confirmation = atHq[0]?.confirmationNumber as string;
    const fromHq = expectStatus(await register.get<{ number: string }>(`/orders/${confirmation}`), 200);
    expect(fromHq.number).toBe(atHq[0]?.number);
    // … and keeps it when HQ is away again.
    await system.kassa.hq.stop();
    try {
      const kept = expectStatus(await register.get<{ number: string }>(`/orders/${confirmation}`), 200);
      expect(kept.number).toBe(atHq[0]?.number);
    } finally {
      await system.kassa.hq.start();
    }
    // Again: nothing new is pulled, nothing is made twice.
    expectStatus(await system.backOffice.post('/batch-jobs/p-job/run', {}), 200);
    expectStatus(await system.backOffice.post('/batch-jobs/synchronize-orders/run', {}), 200);
    expect(await ordersAtHq('C-1003')).toHaveLength(1);
  });

  it('R-PRO-2: a store in async mode makes its orders itself also when HQ answers, numbered per register', async () => {
    const profile = expectStatus(
      await system.backOffice.get<FunctionalityProfile>('/functionality-profiles/S01'),
      200,
    );
    const setAsync = async (createCustomerOrderInAsyncMode: boolean) => {
      expectStatus(
        await system.backOffice.put('/functionality-profiles/S01', {
          ...profile,
          createCustomerOrderInAsyncMode,
        }),
        200,
      );
      await system.kassa.runDistributionJobs(['1070']);
    };
    await setAsync(true);
    try {
      const r1 = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R1');
      const r2 = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R2');
      const numbers: string[] = [];
      for (const register of [r1, r1, r2]) {
        const paid = await cart(register, 'C-1004', 'S01', cash(MAP_VELUWE + DEPOSIT));
        const preview = expectStatus(
          await register.post<{ effect: { depositRequired: number; toCollect: number } }>(
            `/carts/${paid.id}/checkout?preview=true`,
            {},
          ),
          200,
        );
        expect(preview.effect).toMatchObject({ depositRequired: DEPOSIT, toCollect: 0 });
        const { receipt } = expectStatus(
          await register.post<{ receipt: Receipt }>(`/carts/${paid.id}/checkout`, {}),
          201,
        );
        numbers.push(receipt.order.confirmationNumber as string);
      }
      expect(numbers).toEqual(['S01-R1-000001', 'S01-R1-000002', 'S01-R2-000001']);
      expect(await ordersAtHq('C-1004')).toEqual([]);

      // A deposit short is refused by the same rules HQ applies (R-DEP-3), and the cart stays open.
      const short = await cart(r1, 'C-1004', 'S01', cash(MAP_VELUWE));
      const refused = await r1.post<ErrorReply>(`/carts/${short.id}/checkout`, {});
      expect(refused.status, JSON.stringify(refused.body)).toBe(402);
      expect(refused.body).toMatchObject({ code: 'DEPOSIT_BELOW_REQUIRED', rule: 'R-DEP-3' });
      expect((await r1.get<CartView>(`/carts/${short.id}`)).body.status).toBe('open');
    } finally {
      await setAsync(false);
    }
  });
});
