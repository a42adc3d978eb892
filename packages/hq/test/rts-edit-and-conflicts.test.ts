import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { cashier, type RunningHq, startHq, storeClient } from './hq-server.ts';
import {
  carryOut,
  cash,
  createOrder,
  type Json,
  operate,
  pickup,
  type StoreClient,
  snapshot,
  stockLevel,
} from './rts-fixtures.ts';

describe.each(engines())('RTS: editing orders and conflicting edits on %s', (engine) => {
  let hq: RunningHq;
  let s01: StoreClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = storeClient(hq, 'S01');
  });
  afterAll(() => hq.close());

  const edit = (
    order: { number: string },
    version: number,
    changes: unknown[],
    extra: Record<string, unknown> = {},
  ) => s01.post(`/orders/${order.number}/edit`, { actor: cashier, version, changes, ...extra });

  it('R-EDT-1 R-EDT-3 R-CRE-6 adding lines and quantities reserves stock and collects the deposit shortfall; removing a line releases it', async () => {
    const { order } = await createOrder(s01, [pickup('BOOT-42', 2)], { payments: [cash(2590)] });
    const [boots] = order.lines;
    const tentBefore = await stockLevel(hq, 'S01', 'TENT-2P');
    const bootsBefore = await stockLevel(hq, 'S01', 'BOOT-42');

    // 259.00 + 199.99 = 458.99: the deposit becomes 45.90, 20.00 more than paid.
    const short = await edit(order, 1, [{ kind: 'addLine', line: pickup('TENT-2P', 1) }]);
    expect(short.status).toBe(402);
    expect(short.body).toMatchObject({
      code: 'DEPOSIT_BELOW_REQUIRED',
      rule: 'R-DEP-3',
      details: { required: 4590, paid: 2590, shortfall: 2000 },
    });
    expect(await stockLevel(hq, 'S01', 'TENT-2P')).toEqual(tentBefore);
    const added = await edit(order, 1, [{ kind: 'addLine', line: pickup('TENT-2P', 1) }], {
      payments: [cash(2000)],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.effect).toMatchObject({
      orderTotal: 45899,
      depositRequired: 4590,
      paidNow: 2000,
      refund: 0,
    });
    expect(added.body.order).toMatchObject({ version: 2, status: 'open' });
    const tent = added.body.order.lines[1];
    expect(tent).toMatchObject({
      productId: 'TENT-2P',
      unitPrice: 19999,
      quantities: { ordered: 1, reserved: 1 },
    });
    expect(await stockLevel(hq, 'S01', 'TENT-2P')).toEqual({
      ...tentBefore,
      reserved: tentBefore.reserved + 1,
    });

    // Three pairs: 388.50 + 199.99 = 588.49, deposit 58.85, 12.95 more.
    const more = await edit(order, 2, [{ kind: 'changeQuantity', lineId: boots.id, quantity: 3 }], {
      payments: [cash(1295)],
    });
    expect(more.status, JSON.stringify(more.body)).toBe(200);
    expect(more.body.effect).toMatchObject({ orderTotal: 58849, depositRequired: 5885, paidNow: 1295 });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual({
      ...bootsBefore,
      reserved: bootsBefore.reserved + 1,
    });

    const removed = await edit(order, 3, [{ kind: 'removeLine', lineId: tent.id }]);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    // The paid deposit (58.85) is still below what is open (388.50): nothing to refund.
    expect(removed.body.effect).toMatchObject({ orderTotal: 38850, depositRequired: 3885, refund: 0 });
    expect(removed.body.order.lines[1]).toMatchObject({
      status: 'cancelled',
      quantities: { cancelled: 1, reserved: 0 },
    });
    expect(await stockLevel(hq, 'S01', 'TENT-2P')).toEqual(tentBefore);

    const refusals = [
      {
        changes: [{ kind: 'addLine', line: carryOut('BOOK-WAD', 1) }],
        code: 'CARRY_OUT_ONLY_AT_CREATION',
        field: 'changes[0].line.delivery',
      },
      {
        changes: [{ kind: 'removeLine', lineId: 'no-such-line' }],
        code: 'UNKNOWN_LINE',
        field: 'changes[0].lineId',
      },
      { changes: [{ kind: 'removeLine', lineId: boots.id }], code: 'NO_LINES', field: 'changes' },
    ];
    const before = await snapshot(hq);
    for (const refusal of refusals) {
      const refused = await edit(order, 4, refusal.changes);
      expect(refused.status, JSON.stringify(refused.body)).toBe(422);
      expect(refused.body).toMatchObject({ code: refusal.code, field: refusal.field });
    }
    expect(await snapshot(hq)).toEqual(before);
    const detail = await s01.get(`/orders/${order.number}`);
    expect(detail.body.history.map((h: Json) => [h.operation, h.details])).toEqual([
      ['customerOrder', { type: 'customerOrder', lines: 1 }],
      ['edit', { changes: ['addLine'] }],
      ['edit', { changes: ['changeQuantity'] }],
      ['edit', { changes: ['removeLine'] }],
    ]);
  });

  it('R-EDT-3 what was paid beyond the new open total is refunded to the tender', async () => {
    const { order } = await createOrder(s01, [pickup('BOOT-42', 2)], { payments: [cash(25900)] });
    const stock = await stockLevel(hq, 'S01', 'BOOT-42');
    const fewer = await edit(order, 1, [{ kind: 'changeQuantity', lineId: order.lines[0].id, quantity: 1 }]);
    expect(fewer.status, JSON.stringify(fewer.body)).toBe(200);
    expect(fewer.body.effect).toMatchObject({
      orderTotal: 12950,
      depositRequired: 1295,
      refund: 12950,
      balance: 0,
    });
    expect(fewer.body.order.money).toMatchObject({ paid: 12950, depositAvailable: 12950, refunded: 12950 });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual({ ...stock, reserved: stock.reserved - 1 });
  });

  it('R-EDT-1 delivered quantities cannot change, a delivered line cannot move, and a cancelled order cannot be edited', async () => {
    const { order } = await createOrder(s01, [pickup('BOOK-WAD', 3)], { payments: [cash(7485)] });
    const lineId = order.lines[0].id;
    await operate(s01, order, 'pick-up', { lines: [{ lineId, quantity: 2 }] });
    const below = await edit(order, 2, [{ kind: 'changeQuantity', lineId, quantity: 1 }]);
    expect(below.status).toBe(422);
    expect(below.body).toMatchObject({
      code: 'QUANTITY_BELOW_FULFILLED',
      rule: 'R-EDT-1',
      details: { minimum: 2 },
    });
    const moved = await edit(order, 2, [
      { kind: 'changeDelivery', lineIds: [lineId], delivery: pickup('BOOK-WAD', 1, 'S02').delivery },
    ]);
    expect(moved.status).toBe(422);
    expect(moved.body).toMatchObject({ code: 'LINE_IN_FULFILLMENT', field: 'changes[0].lineIds[0]' });

    const other = await createOrder(s01, [pickup('BOOK-WAD', 1)], { payments: [cash(250)] });
    await operate(s01, other.order, 'cancel', {});
    const cancelled = await edit(other.order, 2, [{ kind: 'setCollectors', collectors: ['Piet'] }]);
    expect(cancelled.status).toBe(422);
    expect(cancelled.body).toMatchObject({ code: 'OPERATION_NOT_ALLOWED', rule: 'R-EDT-1' });
  });

  it('R-EDT-1 R-CRE-6 moving a line to another pickup store moves its reservation; a store HQ does not know is refused', async () => {
    const { order } = await createOrder(s01, [pickup('BOOK-WAD', 2)], { payments: [cash(499)] });
    const lineId = order.lines[0].id;
    const s01Books = await stockLevel(hq, 'S01', 'BOOK-WAD');
    const s02Books = await stockLevel(hq, 'S02', 'BOOK-WAD');
    const before = await snapshot(hq);
    const nowhere = await edit(
      order,
      1,
      [{ kind: 'changeDelivery', lineIds: [lineId], delivery: pickup('BOOK-WAD', 1, 'S99').delivery }],
      { backorder: true },
    );
    expect(nowhere.status, JSON.stringify(nowhere.body)).toBe(422);
    expect(nowhere.body).toMatchObject({ code: 'UNKNOWN_LOCATION', field: 'changes[0].delivery.storeId' });
    expect(await snapshot(hq)).toEqual(before);

    const moved = await edit(order, 1, [
      {
        kind: 'changeDelivery',
        lineIds: [lineId],
        delivery: pickup('BOOK-WAD', 1, 'S02', '2026-12-02').delivery,
      },
    ]);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.order.lines[0].delivery).toEqual({
      kind: 'pickup',
      storeId: 'S02',
      date: '2026-12-02',
    });
    expect(await stockLevel(hq, 'S01', 'BOOK-WAD')).toEqual({ ...s01Books, reserved: s01Books.reserved - 2 });
    expect(await stockLevel(hq, 'S02', 'BOOK-WAD')).toEqual({ ...s02Books, reserved: s02Books.reserved + 2 });
  });

  it('R-EDT-2 prices stay locked at creation until the associate recalculates them', async () => {
    const products = () => hq.database.db.updateTable('products').where('sku', '=', 'BOOT-42');
    const { order } = await createOrder(s01, [pickup('BOOT-42', 1)], { payments: [cash(1295)] });
    await products().set({ price: 13950 }).execute();
    try {
      const more = await edit(
        order,
        1,
        [{ kind: 'changeQuantity', lineId: order.lines[0].id, quantity: 2 }],
        {
          payments: [cash(1295)],
        },
      );
      expect(more.status, JSON.stringify(more.body)).toBe(200);
      expect(more.body.order.lines[0].unitPrice).toBe(12950);
      expect(more.body.effect.orderTotal).toBe(25900);
      // At today's 139.50 the deposit is 27.90: 2.00 more.
      const recalculated = await edit(order, 2, [{ kind: 'recalculatePrices' }], { payments: [cash(200)] });
      expect(recalculated.status, JSON.stringify(recalculated.body)).toBe(200);
      expect(recalculated.body.order.lines[0].unitPrice).toBe(13950);
      expect(recalculated.body.effect).toMatchObject({
        orderTotal: 27900,
        depositRequired: 2790,
        paidNow: 200,
      });
    } finally {
      await products().set({ price: 12950 }).execute();
    }
  });

  it('R-EDT-1 a quote is edited without stock or payment', async () => {
    const stock = await stockLevel(hq, 'S01', 'BOOT-42');
    const { order } = await createOrder(s01, [pickup('BOOT-42', 1)], { type: 'quote' });
    const edited = await edit(order, 1, [{ kind: 'changeQuantity', lineId: order.lines[0].id, quantity: 4 }]);
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.order).toMatchObject({ type: 'quote', status: 'quote', version: 2 });
    expect(edited.body.effect).toMatchObject({ orderTotal: 51800, depositRequired: 0 });
    expect(await stockLevel(hq, 'S01', 'BOOT-42')).toEqual(stock);
    const paid = await edit(order, 2, [{ kind: 'setCollectors', collectors: ['Piet'] }], {
      payments: [cash(100)],
    });
    expect(paid.status).toBe(422);
    expect(paid.body).toMatchObject({ code: 'QUOTE_TAKES_NO_PAYMENT' });
  });

  it('R-EDT-4 concurrent edits on the same version: exactly one succeeds, the others get 409 VERSION_CONFLICT, nothing is lost', async () => {
    const { order } = await createOrder(s01, [pickup('BOOK-WAD', 1)], { payments: [cash(250)] });
    let version = 1;
    for (let round = 0; round < 3; round++) {
      const names = ['Ann', 'Bob', 'Cor', 'Dirk', 'Eva'].map((name) => `${name} ${round}`);
      const replies = await Promise.all(
        names.map((name) => edit(order, version, [{ kind: 'setCollectors', collectors: [name] }])),
      );
      const won = replies.filter((r) => r.status === 200);
      const lost = replies.filter((r) => r.status !== 200);
      expect(won).toHaveLength(1);
      for (const conflict of lost) {
        expect(conflict.status).toBe(409);
        expect(conflict.body).toMatchObject({
          code: 'VERSION_CONFLICT',
          rule: 'R-EDT-4',
          field: 'version',
          details: { expected: version, actual: version + 1 },
        });
      }
      const winner = won[0]?.body.order.collectors;
      version += 1;
      const detail = await s01.get(`/orders/${order.number}`);
      expect(detail.body).toMatchObject({ version, collectors: winner });
      expect(detail.body.history).toHaveLength(version);
    }
    // An edit based on a version read earlier is refused the same way.
    const stale = await edit(order, 2, [{ kind: 'setCollectors', collectors: ['Late'] }]);
    expect(stale.status).toBe(409);
    expect(stale.body.details).toEqual({ expected: 2, actual: 4 });
  });
});
