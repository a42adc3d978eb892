import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { orderLine } from '@kassa/web-kit/testing/order-line.ts';
import { describe, expect, it } from 'vitest';
import { linesToPick } from '../src/features/orders/picking-list.ts';

const order = {
  lines: [
    orderLine('L1', { kind: 'pickup', storeId: 'S01', date: '2026-12-01' }, { ordered: 3, picked: 1 }),
    orderLine('L2', { kind: 'pickup', storeId: 'S02', date: '2026-12-01' }, { ordered: 2 }),
    orderLine('L3', { kind: 'ship', shipmentId: 'SH1' }, { ordered: 1 }),
    orderLine('L4', { kind: 'carryOut' }, { ordered: 1, picked: 1, packed: 1, delivered: 1 }),
    orderLine('L5', { kind: 'pickup', storeId: 'S01', date: '2026-12-02' }, { ordered: 2, cancelled: 2 }),
    orderLine(
      'L6',
      { kind: 'pickup', storeId: 'S01', date: '2026-12-03' },
      { ordered: 4, picked: 2, cancelled: 1 },
    ),
    orderLine(
      'L7',
      { kind: 'pickup', storeId: 'S01', date: '2026-12-03' },
      { ordered: 1, picked: 1, delivered: 1 },
    ),
  ],
} as unknown as OrderDetails;

describe('R-PCK-1: the picking list of an order at a store', () => {
  it('lists the lines picked up at that store with units left to pick: ordered less cancelled less picked', () => {
    expect(linesToPick(order, 'S01')).toEqual([
      { lineId: 'L1', productId: 'P-L1', description: 'Product L1', pickupDate: '2026-12-01', quantity: 2 },
      { lineId: 'L6', productId: 'P-L6', description: 'Product L6', pickupDate: '2026-12-03', quantity: 1 },
    ]);
  });

  it('is empty at a store with nothing to pick, and lists the other store its own', () => {
    expect(linesToPick(order, 'S03')).toEqual([]);
    expect(linesToPick(order, 'S02').map((found) => [found.lineId, found.quantity])).toEqual([['L2', 2]]);
  });
});
