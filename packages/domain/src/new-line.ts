import { compareDates, isLocalDate, type LocalDate } from './calendar.ts';
import { isMoney, isPercent, type Money, type Percent } from './money.ts';
import { type Delivery, type LocationId, NO_QUANTITIES, type OrderLine, type Shipment } from './order.ts';
import { type Refusal, refuse } from './refusal.ts';
import type { StockAvailability, StockMovement } from './stock.ts';

/** A product line as the cart hands it over: the product as priced now, and where it goes. */
export interface NewLine {
  readonly productId: string;
  readonly description: string;
  /** Gross price per unit now; it is locked on the line (R-EDT-2). */
  readonly unitPrice: Money;
  readonly vatRate: Percent;
  readonly quantity: number;
  /** R-CRE-1: gift cards cannot be sold on a customer order. */
  readonly productKind?: 'merchandise' | 'giftCard';
  readonly delivery: Delivery;
  /** The associate accepted a backorder for what the fulfilling location cannot reserve (R-CRE-6). */
  readonly backorder?: boolean;
}

export function checkNewLine(line: NewLine, field: string): Refusal | undefined {
  if (line.productKind === 'giftCard') {
    return refuse(
      'PRODUCT_NOT_SELLABLE',
      `${line.productId} is a gift card and cannot be on a customer order`,
      {
        field: `${field}.productId`,
        details: { productId: line.productId },
      },
    );
  }
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
    return refuse('QUANTITY_NOT_POSITIVE', `${field}.quantity must be a whole number above 0`, {
      field: `${field}.quantity`,
    });
  }
  if (!isMoney(line.unitPrice) || line.unitPrice < 0) {
    return refuse('INVALID_AMOUNT', `${field}.unitPrice must be an amount of at least 0 in minor units`, {
      field: `${field}.unitPrice`,
    });
  }
  if (!isPercent(line.vatRate) || line.vatRate < 0 || line.vatRate > 100) {
    return refuse('INVALID_AMOUNT', `${field}.vatRate must be a percentage from 0 to 100`, {
      field: `${field}.vatRate`,
    });
  }
  return undefined;
}

/** R-CRE-2: a date the customer gets something must be a real date, today or later at this store. */
export function checkDate(date: LocalDate, today: LocalDate, field: string): Refusal | undefined {
  if (!isLocalDate(date)) return refuse('INVALID_DATE', `${field} must be a date (YYYY-MM-DD)`, { field });
  if (compareDates(date, today) < 0) {
    return refuse('DATE_IN_PAST', `${field} ${date} is before today (${today})`, {
      field,
      details: { date, today },
    });
  }
  return undefined;
}

export function checkDelivery(
  delivery: Delivery,
  shipments: readonly Shipment[],
  today: LocalDate,
  field: string,
): Refusal | undefined {
  switch (delivery.kind) {
    case 'carryOut':
      return undefined;
    case 'pickup':
      return checkDate(delivery.date, today, `${field}.date`);
    case 'ship':
      if (!shipments.some((shipment) => shipment.id === delivery.shipmentId)) {
        return refuse(
          'UNKNOWN_SHIPMENT',
          `${field}.shipmentId ${delivery.shipmentId} is not a shipment of the order`,
          {
            field: `${field}.shipmentId`,
          },
        );
      }
      return undefined;
  }
}

/**
 * Availability as one operation sees it: what earlier lines of the same operation took is no longer
 * there for later ones, and what the operation released is.
 */
export class StockCounter {
  readonly #taken = new Map<string, number>();
  constructor(private readonly availability: StockAvailability) {}

  available(locationId: LocationId, productId: string): number {
    return Math.max(
      0,
      this.availability(locationId, productId) - (this.#taken.get(`${locationId}\u0000${productId}`) ?? 0),
    );
  }

  take(locationId: LocationId, productId: string, quantity: number): void {
    const key = `${locationId}\u0000${productId}`;
    this.#taken.set(key, (this.#taken.get(key) ?? 0) + quantity);
  }
}

/**
 * R-CRE-6: stock for `quantity` more units of a line at its fulfilling location. Carry-out takes them off
 * the shelf now and must find them; ship and pickup reserve what is available and, if the associate
 * accepted it, leave the rest on backorder. A refusal names the product and the location.
 */
export function claimStock(args: {
  counter: StockCounter;
  line: Pick<OrderLine, 'productId' | 'delivery'>;
  locationId: LocationId;
  quantity: number;
  backorder: boolean;
  field: string;
}): Refusal | { reserved: number; movements: StockMovement[] } {
  const { counter, line, locationId, quantity, field } = args;
  const available = counter.available(locationId, line.productId);
  const carryOut = line.delivery.kind === 'carryOut';
  if (available < quantity && (carryOut || !args.backorder)) {
    return refuse(
      'NOT_ENOUGH_STOCK',
      `not enough stock of ${line.productId} at ${locationId}: ${available} available, ${quantity} asked`,
      {
        field,
        details: { productId: line.productId, locationId, available, requested: quantity },
      },
    );
  }
  const reserved = Math.min(available, quantity);
  counter.take(locationId, line.productId, reserved);
  if (reserved === 0) return { reserved: 0, movements: [] };
  return {
    reserved: carryOut ? 0 : reserved,
    movements: [
      { kind: carryOut ? 'sell' : 'reserve', locationId, productId: line.productId, quantity: reserved },
    ],
  };
}

/** A new order line: carry-out lines are delivered and invoiced on the spot (R-CRE-4). */
export function makeLine(id: string, input: NewLine, reserved: number): OrderLine {
  const carryOut = input.delivery.kind === 'carryOut';
  const taken = carryOut ? input.quantity : 0;
  return {
    id,
    productId: input.productId,
    description: input.description,
    unitPrice: input.unitPrice,
    vatRate: input.vatRate,
    delivery: input.delivery,
    quantities: {
      ...NO_QUANTITIES,
      ordered: input.quantity,
      picked: taken,
      packed: taken,
      delivered: taken,
      invoiced: taken,
      reserved,
    },
  };
}
