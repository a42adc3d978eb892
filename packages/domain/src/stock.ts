import type { LocationId } from './order.ts';

/** How many units of a product can still be reserved or sold at a location, as the tier read it. */
export type StockAvailability = (locationId: LocationId, productId: string) => number;

/**
 * What an operation does to stock (R-CRE-6, R-RET-4), for the tier to apply in the same transaction:
 * `reserve` and `release` move units between available and reserved, `deliver` takes reserved units out,
 * `sell` takes available units out (carry-out), `restock` puts returned units back.
 */
export interface StockMovement {
  readonly kind: 'reserve' | 'release' | 'deliver' | 'sell' | 'restock';
  readonly locationId: LocationId;
  readonly productId: string;
  readonly quantity: number;
}

export interface WaitingLine {
  readonly orderId: string;
  readonly lineId: string;
  /** Open units not yet reserved. */
  readonly backordered: number;
}

/**
 * R-CRE-6: a stock receipt at a location reserves units for the lines waiting there, oldest order
 * first (the caller passes them in that order). Returns what each line gets; the rest stays available.
 */
export function reserveForBackorders(
  received: number,
  waiting: readonly WaitingLine[],
): { orderId: string; lineId: string; quantity: number }[] {
  let left = received;
  const reservations: { orderId: string; lineId: string; quantity: number }[] = [];
  for (const line of waiting) {
    if (left <= 0) break;
    const quantity = Math.min(left, line.backordered);
    if (quantity > 0) {
      reservations.push({ orderId: line.orderId, lineId: line.lineId, quantity });
      left -= quantity;
    }
  }
  return reservations;
}
