import type { EditOrderRequest } from '@kassa/contracts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { parseMoney } from '../cart/money.ts';
import { type DeliveryChoice, type EditDraft, editableShipments, shippingChargeOf } from './edit-draft.ts';

export type OrderChange = EditOrderRequest['changes'][number];

/**
 * An input of the edit screen, where a refusal is shown: a line's quantity (`quantity:<line>`), a line as
 * a whole (`line:<line>`: its delivery, its removal, its stock), a shipment's address, mode, charge or
 * date (`address:<shipment>`, `mode:<shipment>`, `charge:<shipment>`, `date:<shipment>`), or the quote's
 * expiry date. New lines go by their draft key.
 */
export type EditInput =
  | `quantity:${string}`
  | `line:${string}`
  | `address:${string}`
  | `mode:${string}`
  | `charge:${string}`
  | `date:${string}`
  | 'quoteExpiry';

/** What each change of the request was made from, to show HQ's refusal of `changes[i]` there. */
export type Origin =
  | { readonly kind: 'line'; readonly lineId: string }
  | { readonly kind: 'lines'; readonly lineIds: readonly string[] }
  | { readonly kind: 'newShipment'; readonly lineId: string | undefined }
  | { readonly kind: 'shipment'; readonly shipmentId: string }
  | { readonly kind: 'quoteExpiry' }
  | { readonly kind: 'order' };

export interface BuiltEdit {
  readonly changes: readonly OrderChange[];
  readonly origins: readonly Origin[];
  /** Inputs whose text is not a valid value yet: nothing is sent until they are corrected. */
  readonly invalid: readonly EditInput[];
  /** The lines in HQ's order after the edit (the order's, then the added): stock refusals name `lines[k]`. */
  readonly linesAfter: readonly string[];
}

/** A typed quantity: a whole number above 0, else undefined. */
export function quantityOf(text: string): number | undefined {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return undefined;
  const quantity = Number(text);
  return quantity > 0 ? quantity : undefined;
}

const deliveryInput = (choice: DeliveryChoice) =>
  choice.kind === 'pickup'
    ? { kind: 'pickup' as const, storeId: choice.storeId, date: choice.date }
    : { kind: 'ship' as const, shipmentId: choice.shipmentId };

/**
 * R-EDT-1..2: the changes HQ is sent for the draft, in an order HQ can apply them one after the other:
 * new shipments before the lines that go in them, quantities before deliveries, added lines, then today's
 * prices if asked, then the quote's expiry. A line changed back to what it was sends nothing.
 */
export function buildEdit(order: OrderDetails, draft: EditDraft): BuiltEdit {
  const changes: OrderChange[] = [];
  const origins: Origin[] = [];
  const invalid: EditInput[] = [];
  const push = (change: OrderChange, origin: Origin) => {
    changes.push(change);
    origins.push(origin);
  };
  const kept = order.lines.filter((line) => !draft.lines[line.id]?.removed);
  const deliveryOf = (lineId: string) => draft.lines[lineId]?.delivery;
  const shippedIn = (shipmentId: string) => [
    ...kept
      .filter(
        (line) => deliveryOf(line.id)?.kind === 'ship' && shipmentOf(deliveryOf(line.id)) === shipmentId,
      )
      .map((line) => line.id),
    ...draft.added.filter((line) => shipmentOf(line.delivery) === shipmentId).map((line) => line.key),
  ];

  for (const shipment of draft.newShipments) {
    const lineIds = shippedIn(shipment.id);
    // A shipment no line goes in any more (the associate chose another) is not sent.
    if (lineIds.length === 0) continue;
    const { id, addressId, modeOfDelivery, requestedDate, charge } = shipment;
    push(
      { kind: 'addShipment', shipment: { id, addressId, modeOfDelivery, requestedDate, charge } },
      { kind: 'newShipment', lineId: lineIds[0] },
    );
  }
  const open = new Set(editableShipments(order).map((shipment) => shipment.id));
  for (const shipment of order.shipments) {
    const typed = draft.shipments[shipment.id];
    if (!typed || !open.has(shipment.id)) continue;
    const charge = typed.charge === undefined ? undefined : parseMoney(typed.charge);
    if (typed.charge !== undefined && charge === undefined) invalid.push(`charge:${shipment.id}`);
    const change = {
      // The shipment keeps a copy of its address, not which of the customer's it was: the screen sends an
      // address only when the associate chose another one.
      ...(typed.addressId ? { addressId: typed.addressId } : {}),
      ...(typed.modeOfDelivery && typed.modeOfDelivery !== shipment.modeOfDelivery
        ? { modeOfDelivery: typed.modeOfDelivery }
        : {}),
      ...(typed.requestedDate && typed.requestedDate !== shipment.requestedDate
        ? { requestedDate: typed.requestedDate }
        : {}),
      ...(charge !== undefined && charge !== shippingChargeOf(order, shipment.id) ? { charge } : {}),
    };
    if (Object.keys(change).length > 0) {
      push(
        { kind: 'changeShipment', shipmentId: shipment.id, ...change },
        { kind: 'shipment', shipmentId: shipment.id },
      );
    }
  }
  for (const line of order.lines) {
    const typed = draft.lines[line.id];
    if (!typed) continue;
    if (typed.removed) {
      push({ kind: 'removeLine', lineId: line.id }, { kind: 'line', lineId: line.id });
      continue;
    }
    if (typed.quantity === undefined) continue;
    const quantity = quantityOf(typed.quantity);
    if (quantity === undefined) invalid.push(`quantity:${line.id}`);
    else if (quantity !== line.quantities.ordered) {
      push({ kind: 'changeQuantity', lineId: line.id, quantity }, { kind: 'line', lineId: line.id });
    }
  }
  // Lines going the same new way travel in one change, as "ship selected" does at creation.
  const moves = new Map<string, { delivery: DeliveryChoice; lineIds: string[] }>();
  for (const line of kept) {
    const delivery = deliveryOf(line.id);
    if (!delivery || sameDelivery(line.delivery, delivery)) continue;
    const key = JSON.stringify(deliveryInput(delivery));
    const move = moves.get(key) ?? { delivery, lineIds: [] };
    move.lineIds.push(line.id);
    moves.set(key, move);
  }
  for (const { delivery, lineIds } of moves.values()) {
    push({ kind: 'changeDelivery', lineIds, delivery: deliveryInput(delivery) }, { kind: 'lines', lineIds });
  }
  for (const line of draft.added) {
    const quantity = quantityOf(line.quantity);
    if (quantity === undefined) {
      invalid.push(`quantity:${line.key}`);
      continue;
    }
    push(
      { kind: 'addLine', line: { sku: line.sku, quantity, delivery: deliveryInput(line.delivery) } },
      { kind: 'line', lineId: line.key },
    );
  }
  if (draft.recalculatePrices) push({ kind: 'recalculatePrices' }, { kind: 'order' });
  if (draft.quoteExpiresOn !== undefined && draft.quoteExpiresOn !== order.quoteExpiresOn) {
    if (draft.quoteExpiresOn === '') invalid.push('quoteExpiry');
    else push({ kind: 'changeQuoteExpiry', date: draft.quoteExpiresOn }, { kind: 'quoteExpiry' });
  }
  return {
    changes,
    origins,
    invalid,
    linesAfter: [...order.lines.map((line) => line.id), ...draft.added.map((line) => line.key)],
  };
}

const shipmentOf = (delivery: DeliveryChoice | undefined) =>
  delivery?.kind === 'ship' ? delivery.shipmentId : undefined;

function sameDelivery(current: OrderDetails['lines'][number]['delivery'], next: DeliveryChoice): boolean {
  if (current.kind === 'pickup' && next.kind === 'pickup') {
    return current.storeId === next.storeId && current.date === next.date;
  }
  if (current.kind === 'ship' && next.kind === 'ship') return current.shipmentId === next.shipmentId;
  return false;
}

/**
 * The input a refusal of the edit names, if any: HQ names the request's `changes[i]` (and within it the
 * part: `.quantity`, `.lineIds[1]`, `.charge`), or the order's `lines[k]` after the edit for stock.
 * Undefined for the tender, the version and the edit as a whole, which the screen shows elsewhere.
 */
export function inputOfError(field: string | undefined, built: BuiltEdit): EditInput | undefined {
  if (!field) return undefined;
  const stock = /^lines\[(\d+)\]/.exec(field);
  if (stock) {
    const lineId = built.linesAfter[Number(stock[1])];
    return lineId === undefined ? undefined : `line:${lineId}`;
  }
  const change = /^changes\[(\d+)\]\.?(.*)$/.exec(field);
  const origin = change ? built.origins[Number(change[1])] : undefined;
  if (!change || !origin) return undefined;
  const rest = change[2] ?? '';
  switch (origin.kind) {
    case 'line':
      return rest === 'quantity' || rest === 'line.quantity'
        ? `quantity:${origin.lineId}`
        : `line:${origin.lineId}`;
    case 'lines': {
      const index = /^lineIds\[(\d+)\]/.exec(rest)?.[1];
      const lineId = origin.lineIds[Number(index ?? 0)] ?? origin.lineIds[0];
      return lineId === undefined ? undefined : `line:${lineId}`;
    }
    case 'newShipment':
      return origin.lineId === undefined ? undefined : `line:${origin.lineId}`;
    case 'shipment':
      return rest === 'charge'
        ? `charge:${origin.shipmentId}`
        : rest === 'addressId'
          ? `address:${origin.shipmentId}`
          : rest === 'modeOfDelivery'
            ? `mode:${origin.shipmentId}`
            : `date:${origin.shipmentId}`;
    case 'quoteExpiry':
      return 'quoteExpiry';
    case 'order':
      return undefined;
    default: {
      const unknown: never = origin;
      return unknown;
    }
  }
}
