import type { CartView, Receipt, RtsOrder, StockLevel, StoreOperationReply } from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays } from '../src/dates.ts';
import { expectStatus } from '../src/expect-status.ts';
import type { RegisterClient, System } from '../src/system.ts';
import { startSystem } from '../src/system.ts';

// The demo's head lamp (gross cents), its 10 % deposit and 5 % cancellation charge, rounded half away from
// zero (packages/hq/src/demo/demo-data.ts).
const LAMP_HEAD = 2495;
const CHARGE_FOR_TWO = Math.round((2 * LAMP_HEAD * 5) / 100);

describe('pickup and cancellation of an async order at its store before HQ has it end in the right HQ state (R-ASY-5)', () => {
  let system: System;
  let cashier: RegisterClient;
  let manager: RegisterClient;

  beforeAll(async () => {
    system = await startSystem();
    cashier = await system.store('S01').signIn('S01-cashier', 'kassa-cashier', 'R1');
    manager = await system.store('S01').signIn('S01-manager', 'kassa-manager', 'R2');
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  }, 30_000);

  const lampStock = async () => {
    const reply = await system.backOffice.get<{ stock: StockLevel[] }>('/stock?sku=LAMP-HEAD&locationId=S01');
    const [s01] = expectStatus(reply, 200).stock;
    return { onHand: s01?.onHand, reserved: s01?.reserved };
  };

  it('R-ASY-5 R-ASY-3 R-ASY-4: three lamps ordered with HQ down, one picked up and the rest cancelled at the store; HQ makes the order, then the pickup, then the cancellation', async () => {
    const stockBefore = await lampStock();
    await system.kassa.hq.stop();
    let confirmation: string;
    let orderId: string;
    try {
      // Three lamps to pick up here, the 10 % deposit in cash.
      const opened = expectStatus(await cashier.post<CartView>('/carts'), 201);
      const deposit = Math.round((3 * LAMP_HEAD) / 10);
      const filled = expectStatus(
        await cashier.post<CartView>(`/carts/${opened.id}/changes`, {
          version: opened.version,
          changes: [
            { kind: 'setCustomer', customerNumber: 'C-1001' },
            { kind: 'addProduct', sku: 'LAMP-HEAD', quantity: 3 },
            { kind: 'setDelivery', delivery: { kind: 'pickup', storeId: 'S01', date: inDays(2) } },
            { kind: 'addCashPayment', amount: deposit },
          ],
        }),
        200,
      );
      const { receipt } = expectStatus(
        await cashier.post<{ receipt: Receipt }>(`/carts/${filled.id}/checkout`, {}),
        201,
      );
      confirmation = receipt.order.confirmationNumber as string;
      orderId = receipt.order.id;
      const order = expectStatus(await cashier.get<RtsOrder>(`/orders/${confirmation}`), 200);
      const lamp = order.lines[0]?.id as string;

      // The customer takes one lamp now, paying its price less the deposit in cash, with change.
      const preview = expectStatus(
        await cashier.post<StoreOperationReply>(`/orders/${confirmation}/pick-up?preview=true`, {
          version: order.version,
          lines: [{ lineId: lamp, quantity: 1 }],
        }),
        200,
      );
      const due = preview.effect.due;
      expect(due).toBe(LAMP_HEAD - deposit);
      const pickedUp = expectStatus(
        await cashier.post<StoreOperationReply>(
          `/orders/${confirmation}/pick-up`,
          {
            version: order.version,
            lines: [{ lineId: lamp, quantity: 1 }],
            payments: [{ method: 'cash', amount: due }],
            cashTendered: 5000,
          },
          { idempotencyKey: `pick-up-${confirmation}` },
        ),
        200,
      );
      expect(pickedUp.receipt).toMatchObject({
        kind: 'pickup',
        cash: { tendered: 5000, change: 5000 - due },
      });

      // The customer no longer wants the other two: the manager cancels them; the charge is paid in cash.
      const cancelPreview = expectStatus(
        await manager.post<StoreOperationReply>(`/orders/${confirmation}/cancel?preview=true`, {
          version: pickedUp.order.version,
        }),
        200,
      );
      const charge = cancelPreview.effect.charge;
      expect(charge).toBe(CHARGE_FOR_TWO);
      const cancelled = expectStatus(
        await manager.post<StoreOperationReply>(
          `/orders/${confirmation}/cancel`,
          {
            version: pickedUp.order.version,
            payments:
              cancelPreview.effect.due > 0 ? [{ method: 'cash', amount: cancelPreview.effect.due }] : [],
          },
          { idempotencyKey: `cancel-${confirmation}` },
        ),
        200,
      );
      expect(cancelled.order.lines[0]?.quantities).toMatchObject({ ordered: 3, delivered: 1, cancelled: 2 });
    } finally {
      await system.kassa.hq.start();
    }

    // HQ is back: the P-job pulls the order and both operations, Synchronize orders applies them in order.
    expectStatus(await system.backOffice.post('/batch-jobs/p-job/run', {}), 200);
    const synchronized = expectStatus(
      await system.backOffice.post<{ run: { status: string; rows: number } }>(
        '/batch-jobs/synchronize-orders/run',
        {},
      ),
      200,
    );
    expect(synchronized.run).toMatchObject({ status: 'succeeded', rows: 3 });
    const staged = expectStatus(
      await system.backOffice.get<{ transactions: { kind: string; status: string; salesOrderId: string }[] }>(
        '/staged-transactions?storeId=S01&limit=100',
      ),
      200,
    ).transactions.filter((row) => row.salesOrderId === orderId);
    expect(staged.map((row) => [row.kind, row.status])).toEqual([
      ['createOrder', 'succeeded'],
      ['pickUp', 'succeeded'],
      ['cancel', 'succeeded'],
    ]);

    const atHq = expectStatus(
      await system.backOffice.get<RtsOrder & { history: { operation: string }[] }>(`/orders/${orderId}`),
      200,
    );
    expect(atHq).toMatchObject({ confirmationNumber: confirmation, number: expect.stringMatching(/^SO-/) });
    expect(atHq.lines[0]?.quantities).toMatchObject({ ordered: 3, delivered: 1, cancelled: 2, reserved: 0 });
    expect(atHq.history.map((entry) => entry.operation)).toEqual(['customerOrder', 'pickUp', 'cancel']);
    // The money HQ holds is what the store took: the lamp picked up and the charge, nothing open.
    expect(atHq.money).toMatchObject({ paid: LAMP_HEAD + CHARGE_FOR_TWO, balance: 0 });
    // One lamp left the store; the two cancelled were never taken from the shelf.
    const stockAfter = await lampStock();
    expect(stockAfter).toEqual({
      onHand: (stockBefore.onHand as number) - 1,
      reserved: stockBefore.reserved,
    });

    // Now HQ has everything the store did: the store reads HQ's order, with HQ's number.
    const read = expectStatus(await cashier.get<RtsOrder>(`/orders/${confirmation}`), 200);
    expect(read).toMatchObject({ number: atHq.number, version: atHq.version });
  });
});
