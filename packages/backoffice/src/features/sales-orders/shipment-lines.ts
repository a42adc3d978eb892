import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';

type Line = OrderDetails['lines'][number];
type Shipment = OrderDetails['shipments'][number];

/** A line of a shipment that is still to ship (R-PCK-5). */
export interface LineToShip {
  readonly lineId: string;
  readonly productId: string;
  readonly description: string;
  /** Ordered − delivered − cancelled: what may still ship. */
  readonly open: number;
  /** Of that, what stock holds for it; HQ ships no more than this (a backorder waits, R-CRE-6). */
  readonly reserved: number;
}

/** A shipment of the order with lines still to ship, in the order's line order. */
export interface ShipmentToShip {
  readonly shipment: Shipment;
  readonly lines: readonly LineToShip[];
}

const openOf = (line: Line) =>
  line.quantities.ordered - line.quantities.delivered - line.quantities.cancelled;

/**
 * The shipments the back office can ship and their open lines, listed as HQ lists them when a shipment
 * is shipped whole (ship-order.ts): the same order, so a refusal naming `lines[2]` names the same line.
 */
export function shipmentsToShip(order: OrderDetails): ShipmentToShip[] {
  if (order.type !== 'customerOrder') return [];
  return order.shipments
    .map((shipment) => ({
      shipment,
      lines: order.lines
        .filter(
          (line) =>
            line.delivery.kind === 'ship' && line.delivery.shipmentId === shipment.id && openOf(line) > 0,
        )
        .map((line) => ({
          lineId: line.id,
          productId: line.productId,
          description: line.description,
          open: openOf(line),
          reserved: Math.min(line.quantities.reserved, openOf(line)),
        })),
    }))
    .filter((candidate) => candidate.lines.length > 0);
}

/** What the user chose of one line: whether it ships, and how many as typed. */
export interface LineChoice {
  readonly chosen: boolean;
  readonly quantity: string;
}

/** Every line chosen, its quantity what stock holds for it (else all that is open): the form's start. */
export function initialChoices(toShip: ShipmentToShip): Record<string, LineChoice> {
  return Object.fromEntries(
    toShip.lines.map((line) => [line.lineId, { chosen: true, quantity: String(line.reserved || line.open) }]),
  );
}

/** `POST /api/orders/{id}/ship` (ShipRequest): without `lines`, HQ ships every open line of the shipment. */
export interface ShipRequestBody {
  readonly version: number;
  readonly shipmentId: string;
  readonly lines?: readonly { readonly lineId: string; readonly quantity: number }[];
}

/** What is wrong with the choice before HQ is asked: no line chosen, or a quantity by its line. */
export type ChoiceProblems =
  | { readonly nothingChosen: true }
  | { readonly quantities: Record<string, number> };

/**
 * The request for "Ship all" (every open line, as HQ decides) or "Ship selected" (the chosen lines with
 * the quantities typed: whole numbers from 1 to what is open; each wrong one is named by its line, with
 * that line's open quantity for the message).
 */
export function shipRequestOf(
  version: number,
  toShip: ShipmentToShip,
  choice: 'all' | Readonly<Record<string, LineChoice>>,
): { request: ShipRequestBody } | { problems: ChoiceProblems } {
  const shipmentId = toShip.shipment.id;
  if (choice === 'all') return { request: { version, shipmentId } };
  const lines: { lineId: string; quantity: number }[] = [];
  const quantities: Record<string, number> = {};
  for (const line of toShip.lines) {
    const chosen = choice[line.lineId];
    if (!chosen?.chosen) continue;
    const text = chosen.quantity.trim();
    const quantity = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(quantity >= 1 && quantity <= line.open)) quantities[line.lineId] = line.open;
    else lines.push({ lineId: line.lineId, quantity });
  }
  if (Object.keys(quantities).length > 0) return { problems: { quantities } };
  if (lines.length === 0) return { problems: { nothingChosen: true } };
  return { request: { version, shipmentId, lines } };
}

/**
 * The line a refusal of HQ is about: its field names an index (`lines[1].quantity`) into the lines sent,
 * or, when none were sent, into the shipment's open lines as HQ listed them. Undefined for any other field.
 */
export function lineAtField(
  field: string | undefined,
  request: ShipRequestBody,
  toShip: ShipmentToShip,
): string | undefined {
  const index = /^lines\[(\d+)\]/.exec(field ?? '')?.[1];
  if (index === undefined) return undefined;
  const sent = request.lines ?? toShip.lines;
  return sent[Number(index)]?.lineId;
}
