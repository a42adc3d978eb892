import type { LocalDate } from './calendar.ts';
import type { Money, Percent } from './money.ts';
import { type Refusal, refuse } from './refusal.ts';

/** R-CRE-5: what the associate chose under "Create customer order". */
export type OrderType = 'customerOrder' | 'quote';

/** A place stock lives: a store or a warehouse (the distribution centre). */
export type LocationId = string;

export interface Address {
  readonly name: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
}

/** R-CRE-2: every line is shipped, picked up (here or at another store) or carried out now. */
export type Delivery =
  | { readonly kind: 'carryOut' }
  | { readonly kind: 'pickup'; readonly storeId: LocationId; readonly date: LocalDate }
  | { readonly kind: 'ship'; readonly shipmentId: string };

export type DeliveryKind = Delivery['kind'];

/** Ship lines that share an address, mode of delivery and date travel as one shipment with one charge (R-CRE-3). */
export interface Shipment {
  readonly id: string;
  readonly address: Address;
  readonly modeOfDelivery: string;
  readonly requestedDate: LocalDate;
  /** The warehouse (or shipping store) whose stock the shipment reserves and leaves from (R-CRE-6). */
  readonly shipFrom: LocationId;
}

export type ChargeKind = 'shipping' | 'cancellation';

/** `open` until an invoice carries it; a shipping charge is `dropped` when all its lines are cancelled unshipped (R-CAN-3). */
export type ChargeStatus = 'open' | 'invoiced' | 'dropped';

/** A shipping charge's part for one line, fixed when the charge is invoiced (R-RET-3 proposes from it). */
export interface ChargeShare {
  readonly lineId: string;
  /** The line's units the share covers. */
  readonly units: number;
  readonly amount: Money;
}

export interface Charge {
  readonly id: string;
  readonly kind: ChargeKind;
  readonly code: string;
  readonly amount: Money;
  readonly vatRate: Percent;
  readonly status: ChargeStatus;
  /** The shipment a shipping charge belongs to. */
  readonly shipmentId?: string;
  /** How an invoiced shipping charge splits over its shipment's lines (R-MON-3). */
  readonly shares?: readonly ChargeShare[];
}

/**
 * How much of a line is where in its life. All counts are cumulative and never negative:
 * delivered ≤ packed ≤ picked ≤ ordered − cancelled, invoiced ≤ delivered, returned ≤ invoiced.
 * `reserved` is stock held for the line at its fulfilling location and not yet delivered (R-CRE-6);
 * what is open but not reserved is on backorder.
 */
export interface LineQuantities {
  readonly ordered: number;
  readonly picked: number;
  readonly packed: number;
  readonly delivered: number;
  readonly invoiced: number;
  readonly cancelled: number;
  readonly returned: number;
  readonly reserved: number;
}

export interface OrderLine {
  readonly id: string;
  readonly productId: string;
  readonly description: string;
  /** Gross (VAT included), locked when the line was created (R-EDT-2). */
  readonly unitPrice: Money;
  readonly vatRate: Percent;
  readonly delivery: Delivery;
  readonly quantities: LineQuantities;
}

export interface Order {
  readonly id: string;
  readonly type: OrderType;
  /** The store that created the order. */
  readonly storeId: LocationId;
  readonly customerId: string;
  readonly lines: readonly OrderLine[];
  readonly shipments: readonly Shipment[];
  readonly charges: readonly Charge[];
  /**
   * The `defaultDepositPercent` in force when the order was made (or the quote converted): the deposit
   * agreed with the customer does not change when head office changes the parameter later.
   */
  readonly depositPercent?: Percent;
  /** R-DEP-2: the deposit the associate set for the ship and pickup part, instead of the calculated one. */
  readonly depositOverride?: Money;
  /** R-CRE-5: a quote can be converted until the end of this day in the store's time zone. */
  readonly quoteExpiresOn?: LocalDate;
  /** R-PCK-6: present when the order has pickup lines; printed on the receipt, finds the order. */
  readonly pickupCode?: string;
  /** R-PCK-6: people besides the customer who may collect the order. */
  readonly collectors: readonly string[];
  readonly createdAt: string;
  /** Optimistic concurrency (R-EDT-4): every accepted operation increments it. */
  readonly version: number;
}

export const NO_QUANTITIES: LineQuantities = {
  ordered: 0,
  picked: 0,
  packed: 0,
  delivered: 0,
  invoiced: 0,
  cancelled: 0,
  returned: 0,
  reserved: 0,
};

/** Quantity still to be delivered: not delivered and not cancelled. */
export function openQuantity(line: OrderLine): number {
  const q = line.quantities;
  return q.ordered - q.delivered - q.cancelled;
}

/** Quantity that is to be delivered or was delivered: what the customer pays for. */
export function activeQuantity(line: OrderLine): number {
  return line.quantities.ordered - line.quantities.cancelled;
}

export function lineValue(line: OrderLine, quantity: number): Money {
  return line.unitPrice * quantity;
}

/**
 * Where the line's goods come from: this store for carry-out, the pickup store, or the shipment's
 * warehouse. Picking, packing and reservations happen there.
 */
export function fulfillingLocation(order: Order, line: Pick<OrderLine, 'delivery'>): LocationId {
  switch (line.delivery.kind) {
    case 'carryOut':
      return order.storeId;
    case 'pickup':
      return line.delivery.storeId;
    case 'ship':
      return shipmentOf(order, line.delivery.shipmentId).shipFrom;
  }
}

export function shipmentOf(order: Order, shipmentId: string): Shipment {
  const shipment = order.shipments.find((candidate) => candidate.id === shipmentId);
  if (!shipment) throw new Error(`order ${order.id} has no shipment ${shipmentId}`);
  return shipment;
}

export function linesOfShipment(order: Order, shipmentId: string): OrderLine[] {
  return order.lines.filter(
    (line) => line.delivery.kind === 'ship' && line.delivery.shipmentId === shipmentId,
  );
}

export function findLine(order: Order, lineId: string): OrderLine | undefined {
  return order.lines.find((line) => line.id === lineId);
}

export function replaceLine(order: Order, line: OrderLine): Order {
  return { ...order, lines: order.lines.map((candidate) => (candidate.id === line.id ? line : candidate)) };
}

export function withQuantities(line: OrderLine, change: Partial<LineQuantities>): OrderLine {
  return { ...line, quantities: { ...line.quantities, ...change } };
}

/** Charges that are or will be owed: neither dropped nor the subject of a cancellation yet to come. */
export function liveCharges(order: Order): Charge[] {
  return order.charges.filter((charge) => charge.status !== 'dropped');
}

/**
 * The order total (R-CRE-3): lines to be delivered or delivered, at their locked prices, plus the
 * charges that stand. Returns do not lower it; they are credited on return orders.
 */
export function orderTotal(order: Order): Money {
  let total = 0;
  for (const line of order.lines) total += lineValue(line, activeQuantity(line));
  for (const charge of liveCharges(order)) total += charge.amount;
  return total;
}

/**
 * R-MON-1: an order whose total is beyond exact integer arithmetic (about 90 trillion euros) is refused
 * rather than computed inexactly; no real order comes near, so only a typo or an attack gets here.
 */
export function checkOrderTotal(order: Order, field: string): Refusal | undefined {
  const total = order.lines.reduce(
    (acc, line) => acc + line.unitPrice * line.quantities.ordered,
    order.charges.reduce((acc, charge) => acc + charge.amount, 0),
  );
  if (Number.isSafeInteger(total)) return undefined;
  return refuse('INVALID_AMOUNT', 'the order total is too large to compute exactly', { field });
}
