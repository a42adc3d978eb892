import { fulfillingLocation, type LocationId, type Order, type OrderLine, openQuantity } from './order.ts';
import { type Refusal, type RuleId, refuse } from './refusal.ts';
import { isAllowed, type OrderOperation, orderStatus } from './status.ts';

/** A line and how many of its units an operation is about. */
export interface LineQuantity {
  readonly lineId: string;
  readonly quantity: number;
}

export interface Selected {
  readonly line: OrderLine;
  readonly quantity: number;
}

/** The rule that says when each operation may happen. */
const OPERATION_RULE: Record<OrderOperation, RuleId> = {
  edit: 'R-EDT-1',
  convertQuote: 'R-CRE-5',
  pick: 'R-PCK-1',
  pack: 'R-PCK-1',
  pickUp: 'R-PCK-2',
  ship: 'R-PCK-5',
  cancel: 'R-CAN-1',
  return: 'R-RET-1',
};

/** Refuses an operation the order process does not allow in the order's current status. */
export function checkOperation(order: Order, operation: OrderOperation): Refusal | undefined {
  const status = orderStatus(order);
  if (isAllowed(status, operation)) return undefined;
  return refuse('OPERATION_NOT_ALLOWED', `cannot ${operation} an order that is ${status}`, {
    details: { operation, status },
    rule: OPERATION_RULE[operation],
  });
}

/** The lines an operation names: each known, named once, with a whole quantity above 0. */
export function selectLines(
  order: Order,
  selections: readonly LineQuantity[],
  field = 'lines',
): Refusal | Selected[] {
  if (selections.length === 0) return refuse('NO_LINES', `${field} must name at least one line`, { field });
  const seen = new Set<string>();
  const selected: Selected[] = [];
  for (const [index, selection] of selections.entries()) {
    const line = order.lines.find((candidate) => candidate.id === selection.lineId);
    if (!line) {
      return refuse(
        'UNKNOWN_LINE',
        `${field}[${index}].lineId ${selection.lineId} is not a line of the order`,
        {
          field: `${field}[${index}].lineId`,
        },
      );
    }
    if (seen.has(line.id)) {
      return refuse('DUPLICATE_LINE', `${field}[${index}] names line ${line.id} a second time`, {
        field: `${field}[${index}].lineId`,
      });
    }
    seen.add(line.id);
    if (!Number.isSafeInteger(selection.quantity) || selection.quantity <= 0) {
      return refuse('QUANTITY_NOT_POSITIVE', `${field}[${index}].quantity must be a whole number above 0`, {
        field: `${field}[${index}].quantity`,
      });
    }
    selected.push({ line, quantity: selection.quantity });
  }
  return selected;
}

/**
 * The guards of fulfilment, one per reason, over facts already loaded. Each returns the refusal or
 * nothing; an operation runs the ones that apply to it, in this order.
 */
export const lineGuards = {
  notCancelled(line: OrderLine, field: string): Refusal | undefined {
    if (openQuantity(line) === 0 && line.quantities.cancelled > 0) {
      return refuse('LINE_CANCELLED', `line ${line.id} (${line.productId}) is cancelled`, { field });
    }
    return undefined;
  },

  fulfilledAt(order: Order, line: OrderLine, locationId: LocationId, field: string): Refusal | undefined {
    const location = fulfillingLocation(order, line);
    if (line.delivery.kind === 'carryOut' || location !== locationId) {
      return refuse(
        'NOT_FULFILLED_HERE',
        `line ${line.id} (${line.productId}) is not fulfilled at ${locationId}`,
        {
          field,
          details: { locationId, fulfilledAt: location },
        },
      );
    }
    return undefined;
  },

  withinOpen(line: OrderLine, quantity: number, field: string): Refusal | undefined {
    const open = openQuantity(line);
    if (quantity > open) {
      return refuse(
        'QUANTITY_ABOVE_OPEN',
        `${quantity} of line ${line.id} (${line.productId}) asked, ${open} open`,
        {
          field,
          details: { open, requested: quantity },
        },
      );
    }
    return undefined;
  },

  /** R-CRE-6: only reserved units can leave; a backordered unit waits for stock. */
  reserved(line: OrderLine, quantity: number, field: string, alreadyPicked = 0): Refusal | undefined {
    if (quantity + alreadyPicked > line.quantities.reserved) {
      return refuse(
        'LINE_BACKORDERED',
        `line ${line.id} (${line.productId}) has ${line.quantities.reserved} reserved; the rest is on backorder`,
        { field, details: { reserved: line.quantities.reserved, requested: quantity + alreadyPicked } },
      );
    }
    return undefined;
  },
};
