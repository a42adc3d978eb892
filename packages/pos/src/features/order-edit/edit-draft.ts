import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { heldByHq } from '../orders/held-by-hq.ts';

type Line = OrderDetails['lines'][number];

/** Where a line's goods go after the edit: picked up at a store, or in a shipment (the order's or a new one). */
export type DeliveryChoice =
  | { readonly kind: 'pickup'; readonly storeId: string; readonly date: string }
  | { readonly kind: 'ship'; readonly shipmentId: string };

/** What the associate changed of one of the order's lines; a line not listed stays as it is. */
export interface LineDraft {
  /** The ordered quantity as typed (delivered and cancelled units included, as HQ counts it). */
  readonly quantity?: string;
  readonly removed?: boolean;
  readonly delivery?: DeliveryChoice;
}

/** A product added by the edit (R-EDT-1), known by its SKU. */
export interface NewLineDraft {
  /** The draft's own id for the line until HQ gives it one. */
  readonly key: string;
  readonly sku: string;
  readonly description: string;
  readonly unitPrice: number;
  readonly quantity: string;
  readonly delivery: DeliveryChoice;
}

/** A shipment the edit adds, to one of the customer's addresses (R-CRE-2, R-CRE-3). */
export interface NewShipmentDraft {
  readonly id: string;
  readonly addressId: string;
  readonly addressLabel: string;
  readonly modeOfDelivery: string;
  readonly requestedDate: string;
  /** Cents. */
  readonly charge: number;
}

/** What the associate changed of one of the order's shipments, as typed. */
export interface ShipmentDraft {
  /** Another of the customer's addresses (R-CRE-2); undefined keeps the one the shipment has. */
  readonly addressId?: string | undefined;
  /** Another shipping mode of delivery; undefined keeps the shipment's. */
  readonly modeOfDelivery?: string | undefined;
  readonly requestedDate?: string;
  /** In euros, as typed. */
  readonly charge?: string;
}

/**
 * An edit as the associate builds it on the screen. It names lines and shipments by their ids, never by
 * the order's version, so after a conflict (R-EDT-4) the same draft applies to the order read again.
 */
export interface EditDraft {
  readonly lines: Readonly<Record<string, LineDraft>>;
  readonly added: readonly NewLineDraft[];
  readonly newShipments: readonly NewShipmentDraft[];
  readonly shipments: Readonly<Record<string, ShipmentDraft>>;
  /** R-EDT-2: prices stay as they were locked unless the associate asks for today's. */
  readonly recalculatePrices: boolean;
  readonly quoteExpiresOn?: string;
  /** R-CRE-6: the associate accepted backorders where stock is short. */
  readonly backorder: boolean;
}

export const EMPTY_DRAFT: EditDraft = {
  lines: {},
  added: [],
  newShipments: [],
  shipments: {},
  recalculatePrices: false,
  backorder: false,
};

/** Units of a line still to come: neither delivered nor cancelled. */
export const openOf = (line: Line): number =>
  line.quantities.ordered - line.quantities.delivered - line.quantities.cancelled;

/**
 * R-EDT-1: the lines an edit can change, those with open units; carry-out lines were taken at creation.
 * Delivered and cancelled lines stay on the order as they are.
 */
export function editableLines(order: OrderDetails): Line[] {
  return order.lines.filter((line) => line.delivery.kind !== 'carryOut' && openOf(line) > 0);
}

/**
 * R-EDT-1, R-CRE-5: an order can be edited while it has open lines, a quote until the end of its expiry
 * day (`today` is the store's date; unknown, the quote is offered and HQ decides); an edit is HQ's to
 * make, so not before HQ holds the order.
 */
export function canEdit(order: OrderDetails, today: string | undefined): boolean {
  if (!heldByHq(order)) return false;
  if (order.status === 'cancelled' || order.status === 'delivered') return false;
  if (order.type === 'quote' && today && order.quoteExpiresOn && order.quoteExpiresOn < today) return false;
  return editableLines(order).length > 0;
}

/** The shipping charge of a shipment as it stands (0 when it has none), in cents. */
export function shippingChargeOf(order: OrderDetails, shipmentId: string): number {
  return (
    order.charges.find(
      (charge) =>
        charge.kind === 'shipping' && charge.shipmentId === shipmentId && charge.status !== 'dropped',
    )?.amount ?? 0
  );
}

/**
 * The order's shipments an edit can still change: those with open units of lines not yet in fulfilment.
 * A shipment with units already shipped keeps its charge (HQ refuses to change it).
 */
export function editableShipments(order: OrderDetails): OrderDetails['shipments'] {
  return order.shipments.filter((shipment) =>
    editableLines(order).some(
      (line) => line.delivery.kind === 'ship' && line.delivery.shipmentId === shipment.id,
    ),
  );
}

/** The draft's changes to one line, merged. */
export function withLine(draft: EditDraft, lineId: string, change: LineDraft): EditDraft {
  return { ...draft, lines: { ...draft.lines, [lineId]: { ...draft.lines[lineId], ...change } } };
}

/** Whether the associate changed anything yet. */
export function isEmpty(draft: EditDraft): boolean {
  return (
    Object.keys(draft.lines).length === 0 &&
    draft.added.length === 0 &&
    Object.keys(draft.shipments).length === 0 &&
    !draft.recalculatePrices &&
    draft.quoteExpiresOn === undefined
  );
}
