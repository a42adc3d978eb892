import { type Order, type OrderLine, openQuantity } from './order.ts';

/** Derived from the line's quantities, never stored. */
export type LineStatus = 'open' | 'picked' | 'packed' | 'partiallyDelivered' | 'delivered' | 'cancelled';

/** Derived from the order type and its lines' quantities, never stored. */
export type OrderStatus = 'quote' | 'open' | 'processing' | 'partiallyDelivered' | 'delivered' | 'cancelled';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'quote',
  'open',
  'processing',
  'partiallyDelivered',
  'delivered',
  'cancelled',
];

export type OrderOperation =
  | 'edit'
  | 'convertQuote'
  | 'pick'
  | 'pack'
  | 'pickUp'
  | 'ship'
  | 'cancel'
  | 'return';

export function lineStatus(line: OrderLine): LineStatus {
  const q = line.quantities;
  if (q.cancelled === q.ordered) return 'cancelled';
  if (openQuantity(line) === 0) return 'delivered';
  if (q.delivered > 0) return 'partiallyDelivered';
  if (q.packed > 0) return 'packed';
  if (q.picked > 0) return 'picked';
  return 'open';
}

export function orderStatus(order: Order): OrderStatus {
  const lines = order.lines;
  if (lines.every((line) => line.quantities.cancelled === line.quantities.ordered)) return 'cancelled';
  if (order.type === 'quote') return 'quote';
  if (lines.every((line) => openQuantity(line) === 0)) return 'delivered';
  if (lines.some((line) => line.quantities.delivered > 0)) return 'partiallyDelivered';
  if (lines.some((line) => line.quantities.picked > 0)) return 'processing';
  return 'open';
}

/**
 * The order process as data: for each status, the operations allowed in it and the statuses each may
 * lead to. An operation missing from a status is refused there; an operation that ends in a status not
 * listed is a bug, and `checkTransition` throws on it. A test walks the table: every status is reachable
 * and every target is a known status.
 *
 * An order is `delivered` when nothing is open and something was delivered, even if the rest was
 * cancelled: the line statuses tell the two apart. A return does not change the status.
 */
export const ORDER_PROCESS = {
  quote: { edit: ['quote'], convertQuote: ['open'], cancel: ['cancelled'] },
  open: {
    edit: ['open'],
    pick: ['processing'],
    pickUp: ['partiallyDelivered', 'delivered'],
    ship: ['partiallyDelivered', 'delivered'],
    cancel: ['cancelled'],
  },
  processing: {
    edit: ['processing', 'open'],
    pick: ['processing'],
    pack: ['processing'],
    pickUp: ['partiallyDelivered', 'delivered'],
    ship: ['partiallyDelivered', 'delivered'],
    cancel: ['cancelled'],
  },
  partiallyDelivered: {
    edit: ['partiallyDelivered'],
    pick: ['partiallyDelivered'],
    pack: ['partiallyDelivered'],
    pickUp: ['partiallyDelivered', 'delivered'],
    ship: ['partiallyDelivered', 'delivered'],
    cancel: ['delivered'],
    return: ['partiallyDelivered'],
  },
  delivered: { return: ['delivered'] },
  cancelled: {},
} as const satisfies Record<OrderStatus, Partial<Record<OrderOperation, readonly OrderStatus[]>>>;

export function allowedOperations(status: OrderStatus): OrderOperation[] {
  return Object.keys(ORDER_PROCESS[status]) as OrderOperation[];
}

export function isAllowed(status: OrderStatus, operation: OrderOperation): boolean {
  return operation in ORDER_PROCESS[status];
}

/** Throws when an operation produced a status the process does not allow: a bug in an operation, not a refusal. */
export function checkTransition(from: OrderStatus, operation: OrderOperation, to: OrderStatus): void {
  const targets: Partial<Record<OrderOperation, readonly OrderStatus[]>> = ORDER_PROCESS[from];
  if (!targets[operation]?.includes(to)) {
    throw new Error(`order process does not allow ${operation} from ${from} to ${to}`);
  }
}
