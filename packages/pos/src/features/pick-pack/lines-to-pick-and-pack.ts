import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { heldByHq } from '../orders/held-by-hq.ts';

/** A line to be picked up at this store, with how far its picking and packing got (R-PCK-1). */
export interface LineToPickAndPack {
  readonly lineId: string;
  readonly productId: string;
  readonly description: string;
  /** Ordered less cancelled: what is to be picked in all. */
  readonly quantity: number;
  readonly picked: number;
  readonly packed: number;
  /** The most HQ lets be picked now: not picked yet, and within the units reserved for the line. */
  readonly toPick: number;
  /** Picked and not packed yet. */
  readonly toPack: number;
  /** HQ's status of the line (open, picked, packed, …), when the order was read from HQ. */
  readonly status: string | undefined;
}

/**
 * R-PCK-1: the lines to be picked up at `storeId` that are not cancelled whole. A backordered unit cannot
 * be picked (HQ refuses it, R-CRE-6), so what may be picked now stops at the reservation: the units
 * reserved and not delivered, less those picked and still here.
 */
export function linesToPickAndPack(order: OrderDetails, storeId: string): LineToPickAndPack[] {
  return order.lines.flatMap((line) => {
    const { delivery, quantities: q } = line;
    if (delivery.kind !== 'pickup' || delivery.storeId !== storeId) return [];
    const quantity = q.ordered - q.cancelled;
    if (quantity <= 0) return [];
    const toPick = Math.max(0, Math.min(quantity - q.picked, q.reserved - (q.picked - q.delivered)));
    return [
      {
        lineId: line.id,
        productId: line.productId,
        description: line.description,
        quantity,
        picked: q.picked,
        packed: q.packed,
        toPick,
        toPack: Math.max(0, q.picked - q.packed),
        status: typeof line.status === 'string' ? line.status : undefined,
      },
    ];
  });
}

/** Whether the associate has something to pick or pack of the order at this store now. */
export const hasPickingToDo = (order: OrderDetails, storeId: string): boolean =>
  heldByHq(order) && linesToPickAndPack(order, storeId).some((line) => line.toPick > 0 || line.toPack > 0);
