import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { orderLine } from '@kassa/web-kit/testing/order-line.ts';
import { describe, expect, it } from 'vitest';
import { hasPickingToDo, linesToPickAndPack } from '../src/features/pick-pack/lines-to-pick-and-pack.ts';

const pickupAt = (storeId: string) => ({ kind: 'pickup', storeId, date: '2026-12-01' }) as const;

const orderOf = (...lines: OrderDetails['lines']) =>
  ({ number: 'SO-000001', lines }) as unknown as OrderDetails;

describe('R-PCK-1: what is left to pick and to pack of an order at a store', () => {
  it('lists only this store’s pickup lines not cancelled whole', () => {
    const order = orderOf(
      orderLine('L1', pickupAt('S01'), { ordered: 2, reserved: 2 }),
      orderLine('L2', pickupAt('S02'), { ordered: 2, reserved: 2 }),
      orderLine('L3', { kind: 'ship', shipmentId: 'SH1' }, { ordered: 1, reserved: 1 }),
      orderLine('L4', { kind: 'carryOut' }, { ordered: 1, picked: 1, packed: 1, delivered: 1 }),
      orderLine('L5', pickupAt('S01'), { ordered: 2, cancelled: 2 }),
    );
    expect(linesToPickAndPack(order, 'S01').map((l) => l.lineId)).toEqual(['L1']);
  });

  it('picks what is not picked yet, within the reservation: a backordered unit cannot be picked (R-CRE-6)', () => {
    const order = orderOf(
      orderLine('L1', pickupAt('S01'), { ordered: 3, reserved: 3, picked: 1 }),
      orderLine('L2', pickupAt('S01'), { ordered: 3, reserved: 1 }),
      orderLine('L3', pickupAt('S01'), { ordered: 4, cancelled: 1, reserved: 3, picked: 3, packed: 1 }),
      // One collected already: its reservation went with it, the other unit is still reserved.
      orderLine('L4', pickupAt('S01'), { ordered: 2, reserved: 1, picked: 1, packed: 1, delivered: 1 }),
    );
    expect(
      linesToPickAndPack(order, 'S01').map(({ lineId, toPick, toPack }) => ({ lineId, toPick, toPack })),
    ).toEqual([
      { lineId: 'L1', toPick: 2, toPack: 1 },
      { lineId: 'L2', toPick: 1, toPack: 0 },
      { lineId: 'L3', toPick: 0, toPack: 2 },
      { lineId: 'L4', toPick: 1, toPack: 0 },
    ]);
  });

  it('has nothing to do once everything is picked and packed, or nothing is reserved', () => {
    expect(
      hasPickingToDo(
        orderOf(orderLine('L1', pickupAt('S01'), { ordered: 2, reserved: 2, picked: 2, packed: 2 })),
        'S01',
      ),
    ).toBe(false);
    expect(hasPickingToDo(orderOf(orderLine('L1', pickupAt('S01'), { ordered: 2 })), 'S01')).toBe(false);
    expect(
      hasPickingToDo(
        orderOf(orderLine('L1', pickupAt('S01'), { ordered: 2, reserved: 2, picked: 2 })),
        'S01',
      ),
    ).toBe(true);
  });

  it('has nothing to pick at the store for an order HQ does not have yet (R-ASY-5): picking is recorded at HQ', () => {
    const local = { ...orderOf(orderLine('L1', pickupAt('S01'), { ordered: 2, reserved: 2 })), number: '' };
    expect(hasPickingToDo(local, 'S01')).toBe(false);
  });
});
