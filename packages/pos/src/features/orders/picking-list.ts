import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';

type Line = OrderDetails['lines'][number];

/** A line of the picking list: what to take from the shelves for a pickup at this store. */
export interface LineToPick {
  readonly lineId: string;
  readonly productId: string;
  readonly description: string;
  readonly pickupDate: string;
  readonly quantity: number;
}

/**
 * R-PCK-1: the lines to be picked up at `storeId` with units still to pick: ordered, less what was
 * cancelled and what was picked already (a picked unit stays picked when it is collected).
 */
export function linesToPick(order: OrderDetails, storeId: string): LineToPick[] {
  return order.lines.flatMap((line: Line) => {
    const { delivery, quantities } = line;
    if (delivery.kind !== 'pickup' || delivery.storeId !== storeId) return [];
    const quantity = quantities.ordered - quantities.cancelled - quantities.picked;
    if (quantity <= 0) return [];
    return [
      {
        lineId: line.id,
        productId: line.productId,
        description: line.description,
        pickupDate: delivery.date,
        quantity,
      },
    ];
  });
}
