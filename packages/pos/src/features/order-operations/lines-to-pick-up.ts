import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';

/** A line the customer can take home now, with the most that may be picked up of it. */
export interface LineToPickUp {
  readonly lineId: string;
  readonly productId: string;
  readonly description: string;
  readonly ready: number;
}

/**
 * R-PCK-2: lines to be picked up at `storeId` with open units (ordered − delivered − cancelled), as
 * many as are reserved for it: HQ refuses a pickup beyond the reservation, so none is offered.
 */
export function linesToPickUp(order: OrderDetails, storeId: string): LineToPickUp[] {
  return order.lines.flatMap((line) => {
    const { delivery, quantities: q } = line;
    if (delivery.kind !== 'pickup' || delivery.storeId !== storeId) return [];
    const ready = Math.min(q.ordered - q.delivered - q.cancelled, q.reserved);
    if (ready <= 0) return [];
    return [{ lineId: line.id, productId: line.productId, description: line.description, ready }];
  });
}

/** R-CAN-1: an order can be cancelled while some of it is open, and it is not a closed one. */
export function hasOpenQuantities(order: OrderDetails): boolean {
  if (order.status === 'cancelled' || order.status === 'delivered') return false;
  return order.lines.some((line) => {
    const q = line.quantities;
    return q.ordered - q.delivered - q.cancelled > 0;
  });
}
