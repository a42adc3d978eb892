import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { quantities } from '@kassa/web-kit/testing/quantities.ts';
import { describe, expect, it } from 'vitest';
import { hasOpenQuantities, linesToPickUp } from '../src/features/order-operations/lines-to-pick-up.ts';
import { changeOf, NO_TENDER, paymentsFor } from '../src/features/order-operations/tender.ts';

const line = (
  id: string,
  delivery: OrderDetails['lines'][number]['delivery'],
  given: Partial<Record<string, number>>,
) => ({ id, productId: `P-${id}`, description: `Product ${id}`, delivery, quantities: quantities(given) });

const S01 = { kind: 'pickup', storeId: 'S01', date: '2026-12-01' } as const;
const order = (status: string, lines: ReturnType<typeof line>[]) =>
  ({ status, lines }) as unknown as OrderDetails;

describe('R-PCK-2: what can be picked up at a store', () => {
  it('offers the open units of pickup lines at that store, as many as are reserved', () => {
    const found = order('processing', [
      line('L1', S01, { ordered: 3, delivered: 1, reserved: 2 }),
      line('L2', S01, { ordered: 4, cancelled: 1, reserved: 1 }),
      line('L3', { ...S01, storeId: 'S02' }, { ordered: 1, reserved: 1 }),
      line('L4', { kind: 'ship', shipmentId: 'SH1' }, { ordered: 1, reserved: 1 }),
      line('L5', S01, { ordered: 2, delivered: 2 }),
      line('L6', S01, { ordered: 2 }),
    ]);
    expect(linesToPickUp(found, 'S01').map((ready) => [ready.lineId, ready.ready])).toEqual([
      ['L1', 2],
      ['L2', 1],
    ]);
    expect(linesToPickUp(found, 'S03')).toEqual([]);
  });
});

describe('R-CAN-1: an order can be cancelled while something of it is open', () => {
  it.each([
    ['processing', { ordered: 2, delivered: 1 }, true],
    ['partiallyDelivered', { ordered: 2, delivered: 1, cancelled: 1 }, false],
    ['delivered', { ordered: 1, delivered: 1 }, false],
    ['cancelled', { ordered: 1, cancelled: 1 }, false],
  ] as const)('%s %o → %s', (status, given, open) => {
    expect(hasOpenQuantities(order(status, [line('L1', S01, given)]))).toBe(open);
  });
});

describe('the tender for what is due now', () => {
  it('pays nothing when nothing is due (R-PCK-3)', () => {
    expect(paymentsFor({ ...NO_TENDER, handed: '50' }, 0, undefined)).toEqual({});
  });
  it('pays the due in cash, with what was handed over for the change', () => {
    const tender = { ...NO_TENDER, handed: '110' };
    expect(paymentsFor(tender, 10360, undefined)).toEqual({
      payments: [{ method: 'cash', amount: 10360 }],
      cashTendered: 11000,
    });
    expect(changeOf(tender, 10360)).toBe(640);
    expect(paymentsFor(NO_TENDER, 10360, undefined)).toEqual({
      payments: [{ method: 'cash', amount: 10360 }],
    });
    expect(changeOf({ ...NO_TENDER, handed: 'abc' }, 10360)).toBe(0);
  });
  it('pays the due on the card by its token', () => {
    expect(paymentsFor({ ...NO_TENDER, method: 'card' }, 500, 'tok-1')).toEqual({
      payments: [{ method: 'card', cardToken: 'tok-1', amount: 500 }],
    });
  });
});
