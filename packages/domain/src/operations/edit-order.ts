import type { LocalDate } from '../calendar.ts';
import { collectDeposit } from '../collect-deposit.ts';
import { checkOperation } from '../guards.ts';
import { isMoney, type Money, type Percent } from '../money.ts';
import {
  checkDate,
  checkDelivery,
  checkNewLine,
  claimStock,
  makeLine,
  type NewLine,
  StockCounter,
} from '../new-line.ts';
import { conclude, type OperationContext, type OrderState, type Outcome, today } from '../operation.ts';
import {
  type Address,
  activeQuantity,
  checkOrderTotal,
  type Delivery,
  fulfillingLocation,
  linesOfShipment,
  type Order,
  type OrderLine,
  openQuantity,
  replaceLine,
  withQuantities,
} from '../order.ts';
import { pickupCodeFor } from '../pickup-code.ts';
import { type Decision, type Refusal, refuse } from '../refusal.ts';
import type { Authorization, Payment } from '../settlement.ts';
import { checkShipment, type NewShipment, shipmentRecord, shippingCharge } from '../shipment.ts';
import type { StockAvailability, StockMovement } from '../stock.ts';
import { isQuoteExpired } from './convert-quote.ts';

/** One change of an edit (R-EDT-1). An edit applies its changes in order, all or none. */
export type OrderChange =
  | { readonly kind: 'addLine'; readonly line: NewLine }
  | { readonly kind: 'changeQuantity'; readonly lineId: string; readonly quantity: number }
  | { readonly kind: 'removeLine'; readonly lineId: string }
  | { readonly kind: 'changeDelivery'; readonly lineIds: readonly string[]; readonly delivery: Delivery }
  | { readonly kind: 'addShipment'; readonly shipment: NewShipment }
  | {
      readonly kind: 'changeShipment';
      readonly shipmentId: string;
      readonly address?: Address;
      readonly modeOfDelivery?: string;
      readonly requestedDate?: LocalDate;
      readonly charge?: Money;
    }
  /** R-EDT-2: prices stay locked unless the associate recalculates them at today's prices. */
  | {
      readonly kind: 'recalculatePrices';
      readonly prices: Readonly<Record<string, { readonly unitPrice: Money; readonly vatRate: Percent }>>;
    }
  | { readonly kind: 'overrideDeposit'; readonly amount: Money }
  | { readonly kind: 'clearDepositOverride' }
  | { readonly kind: 'setCollectors'; readonly collectors: readonly string[] }
  | { readonly kind: 'changeQuoteExpiry'; readonly date: LocalDate };

export interface EditOrderInput {
  readonly changes: readonly OrderChange[];
  readonly availability: StockAvailability;
  /** The associate accepted backorders where stock is short for added units (R-CRE-6). */
  readonly backorder?: boolean;
  readonly payments?: readonly Payment[];
  readonly authorizations?: readonly Authorization[];
}

/**
 * R-EDT-1..3: changes an order while it has open lines (a quote until it expires). Delivered, invoiced
 * and cancelled quantities stay as they are; carry-out happens only at creation. Afterwards stock is
 * reserved or released for the difference and the deposit is recomputed: a shortfall is collected,
 * what was paid beyond the open part is refunded.
 */
export function editOrder(
  state: OrderState,
  input: EditOrderInput,
  ctx: OperationContext,
): Decision<Outcome> {
  const notAllowed = checkOperation(state.order, 'edit');
  if (notAllowed) return notAllowed;
  const date = today(ctx);
  if (isQuoteExpired(state.order, date)) {
    return refuse('QUOTE_EXPIRED', `the quote expired at the end of ${state.order.quoteExpiresOn}`);
  }
  if (
    state.order.type === 'quote' &&
    ((input.payments?.length ?? 0) > 0 || (input.authorizations?.length ?? 0) > 0)
  ) {
    return refuse('QUOTE_TAKES_NO_PAYMENT', 'a quote takes no payment', { field: 'payments' });
  }

  let order = state.order;
  // Lines added with their own backorder consent, besides the edit-wide one.
  const backordered = new Set<string>();
  for (const [index, change] of input.changes.entries()) {
    const applied = applyChange(order, change, `changes[${index}]`, date, ctx);
    if ('ok' in applied) return applied;
    if (change.kind === 'addLine' && change.line.backorder) {
      const added = applied.lines.at(-1);
      if (added) backordered.add(added.id);
    }
    order = applied;
  }
  order = withoutEmptyShipments(order);
  const tooLarge = checkOrderTotal(order, 'changes');
  if (tooLarge) return tooLarge;
  // R-PCK-6: every order with pickup lines has a pickup code. Creation sets it only when the cart has a
  // pickup line, so an edit that adds the first one (or moves a line to pickup) must set it too; it is
  // derived from the order id, so it is the code any tier would compute.
  if (order.pickupCode === undefined && order.lines.some((line) => line.delivery.kind === 'pickup')) {
    order = { ...order, pickupCode: pickupCodeFor(order.id) };
  }
  // Removing everything still to come is a cancellation, which has its own charge (R-CAN-2).
  if (order.lines.every((line) => openQuantity(line) === 0)) {
    return refuse('NO_LINES', 'the edit leaves nothing to deliver; cancel the order instead', {
      field: 'changes',
    });
  }

  let stock: StockMovement[] = [];
  if (order.type === 'customerOrder') {
    const restocked = rebalanceStock(state.order, order, input, backordered);
    if ('ok' in restocked) return restocked;
    order = restocked.order;
    stock = restocked.stock;
  }
  if (order.type === 'quote') {
    return conclude(state, 'edit', { order, drafts: [] }, ctx);
  }
  const collection = collectDeposit({
    state,
    order,
    payments: input.payments,
    authorizations: input.authorizations,
    ctx,
  });
  if ('ok' in collection) return collection;
  return conclude(state, 'edit', { order, stock, ...collection }, ctx);
}

function applyChange(
  order: Order,
  change: OrderChange,
  field: string,
  date: LocalDate,
  ctx: OperationContext,
): Order | Refusal {
  switch (change.kind) {
    case 'addLine': {
      const refusal =
        checkNewLine(change.line, `${field}.line`) ??
        notCarryOut(change.line.delivery, `${field}.line.delivery`) ??
        checkDelivery(change.line.delivery, order.shipments, date, `${field}.line.delivery`);
      if (refusal) return refusal;
      return { ...order, lines: [...order.lines, makeLine(ctx.newId(), change.line, 0)] };
    }
    case 'changeQuantity': {
      const line = lineOf(order, change.lineId, `${field}.lineId`);
      if ('ok' in line) return line;
      if (!Number.isSafeInteger(change.quantity) || change.quantity <= 0) {
        return refuse(
          'QUANTITY_NOT_POSITIVE',
          `${field}.quantity must be a whole number above 0; remove the line instead`,
          {
            field: `${field}.quantity`,
          },
        );
      }
      return setOrdered(order, line, change.quantity, `${field}.quantity`);
    }
    case 'removeLine': {
      const line = lineOf(order, change.lineId, `${field}.lineId`);
      if ('ok' in line) return line;
      const q = line.quantities;
      if (line.delivery.kind === 'carryOut') {
        return refuse('QUANTITY_BELOW_FULFILLED', `line ${line.id} (${line.productId}) was carried out`, {
          field: `${field}.lineId`,
        });
      }
      // The open units are cancelled, not erased: the line stays on the order's record, with what was
      // delivered, and picked units go back to the shelf. An edit charges no cancellation charge.
      return replaceLine(
        order,
        withQuantities(line, {
          cancelled: q.ordered - q.delivered,
          picked: q.delivered,
          packed: q.delivered,
        }),
      );
    }
    case 'changeDelivery': {
      const refusal =
        notCarryOut(change.delivery, `${field}.delivery`) ??
        checkDelivery(change.delivery, order.shipments, date, `${field}.delivery`);
      if (refusal) return refusal;
      let next = order;
      for (const [index, lineId] of change.lineIds.entries()) {
        const line = lineOf(next, lineId, `${field}.lineIds[${index}]`);
        if ('ok' in line) return line;
        if (
          line.delivery.kind === 'carryOut' ||
          line.quantities.picked > 0 ||
          line.quantities.delivered > 0
        ) {
          return refuse(
            'LINE_IN_FULFILLMENT',
            `line ${line.id} (${line.productId}) is already being fulfilled`,
            {
              field: `${field}.lineIds[${index}]`,
            },
          );
        }
        next = replaceLine(next, { ...line, delivery: change.delivery });
      }
      return next;
    }
    case 'addShipment': {
      const refusal = checkShipment(change.shipment, date, `${field}.shipment`);
      if (refusal) return refusal;
      const shipment = change.shipment;
      // An id the order already has replaces that shipment, charge included.
      const charges = setShippingCharge(order, shipment.id, shipment.charge, `${field}.shipment.charge`, ctx);
      if ('ok' in charges) return charges;
      return {
        ...order,
        shipments: [...order.shipments.filter((s) => s.id !== shipment.id), shipmentRecord(shipment)],
        charges,
      };
    }
    case 'changeShipment':
      return changeShipment(order, change, field, date, ctx);
    case 'recalculatePrices':
      return {
        ...order,
        lines: order.lines.map((line) => {
          const price = change.prices[line.productId];
          // Units already invoiced keep the price they were invoiced at.
          if (!price || line.quantities.delivered > 0 || line.quantities.cancelled > 0) return line;
          return { ...line, unitPrice: price.unitPrice, vatRate: price.vatRate };
        }),
      };
    case 'overrideDeposit':
      return { ...order, depositOverride: change.amount };
    case 'clearDepositOverride': {
      const { depositOverride: _cleared, ...rest } = order;
      return rest;
    }
    case 'setCollectors':
      return {
        ...order,
        collectors: change.collectors.map((name) => name.trim()).filter((name) => name.length > 0),
      };
    case 'changeQuoteExpiry': {
      if (order.type !== 'quote') {
        return refuse('OPERATION_NOT_ALLOWED', 'only a quote has an expiry date', { field: `${field}.date` });
      }
      const refusal = checkDate(change.date, date, `${field}.date`);
      if (refusal) return refusal;
      return { ...order, quoteExpiresOn: change.date };
    }
    default:
      return change satisfies never;
  }
}

function lineOf(order: Order, lineId: string, field: string): OrderLine | Refusal {
  const line = order.lines.find((candidate) => candidate.id === lineId);
  return line ?? refuse('UNKNOWN_LINE', `${lineId} is not a line of the order`, { field });
}

function notCarryOut(delivery: Delivery, field: string): Refusal | undefined {
  return delivery.kind === 'carryOut'
    ? refuse('CARRY_OUT_ONLY_AT_CREATION', 'goods are carried out only when the order is created', { field })
    : undefined;
}

/** R-EDT-1: the new quantity keeps every delivered and cancelled unit; units picked beyond it go back. */
function setOrdered(order: Order, line: OrderLine, ordered: number, field: string): Order | Refusal {
  const q = line.quantities;
  const fixed = q.delivered + q.cancelled;
  if (line.delivery.kind === 'carryOut' || ordered < fixed) {
    return refuse(
      'QUANTITY_BELOW_FULFILLED',
      `line ${line.id} (${line.productId}) has ${fixed} delivered or cancelled`,
      {
        field,
        details: { minimum: line.delivery.kind === 'carryOut' ? q.ordered : fixed },
      },
    );
  }
  const ceiling = ordered - q.cancelled;
  return replaceLine(
    order,
    withQuantities(line, {
      ordered,
      picked: Math.min(q.picked, ceiling),
      packed: Math.min(q.packed, ceiling),
    }),
  );
}

function changeShipment(
  order: Order,
  change: Extract<OrderChange, { kind: 'changeShipment' }>,
  field: string,
  date: LocalDate,
  ctx: OperationContext,
): Order | Refusal {
  const shipment = order.shipments.find((s) => s.id === change.shipmentId);
  if (!shipment) {
    return refuse('UNKNOWN_SHIPMENT', `${change.shipmentId} is not a shipment of the order`, {
      field: `${field}.shipmentId`,
    });
  }
  if (change.requestedDate !== undefined) {
    const refusal = checkDate(change.requestedDate, date, `${field}.requestedDate`);
    if (refusal) return refusal;
  }
  let charges = order.charges;
  if (change.charge !== undefined) {
    const changed = setShippingCharge(order, shipment.id, change.charge, `${field}.charge`, ctx);
    if ('ok' in changed) return changed;
    charges = changed;
  }
  const updated = {
    ...shipment,
    ...(change.address ? { address: change.address } : {}),
    ...(change.modeOfDelivery ? { modeOfDelivery: change.modeOfDelivery } : {}),
    ...(change.requestedDate ? { requestedDate: change.requestedDate } : {}),
  };
  return { ...order, charges, shipments: order.shipments.map((s) => (s.id === shipment.id ? updated : s)) };
}

/**
 * R-CRE-3: one shipping charge per shipment, set or replaced while nothing of the shipment has left.
 * Once a unit shipped, the charge is fixed: it went out on (or was waived by) that first invoice.
 */
function setShippingCharge(
  order: Order,
  shipmentId: string,
  amount: Money,
  field: string,
  ctx: OperationContext,
): Order['charges'] | Refusal {
  if (!isMoney(amount) || amount < 0) {
    return refuse('INVALID_AMOUNT', `${field} must be an amount of at least 0 in minor units`, { field });
  }
  const current = order.charges.find(
    (c) => c.kind === 'shipping' && c.shipmentId === shipmentId && c.status !== 'dropped',
  );
  const shipped =
    current?.status === 'invoiced' ||
    linesOfShipment(order, shipmentId).some((line) => line.quantities.delivered > 0);
  if (shipped) {
    return refuse('LINE_IN_FULFILLMENT', `shipment ${shipmentId} has shipped; its charge is fixed`, {
      field,
    });
  }
  const others = order.charges.filter((c) => c !== current);
  if (amount === 0) return others;
  return [
    ...others,
    shippingCharge({
      id: current?.id ?? ctx.newId(),
      shipmentId,
      amount,
      parameters: ctx.parameters,
      chargeCodes: ctx.chargeCodes,
    }),
  ];
}

/**
 * A shipment whose lines all moved elsewhere leaves the order; one whose lines were all cancelled stays
 * on the record. Either way its charge, if not yet invoiced, drops (as on cancellation, R-CAN-3).
 */
function withoutEmptyShipments(order: Order): Order {
  const shipmentIds = (lines: readonly OrderLine[]) =>
    new Set(lines.flatMap((line) => (line.delivery.kind === 'ship' ? [line.delivery.shipmentId] : [])));
  const referenced = shipmentIds(order.lines);
  const live = shipmentIds(order.lines.filter((line) => activeQuantity(line) > 0));
  return {
    ...order,
    shipments: order.shipments.filter((s) => referenced.has(s.id)),
    charges: order.charges.map((c) =>
      c.kind === 'shipping' && c.status === 'open' && !live.has(c.shipmentId ?? '')
        ? { ...c, status: 'dropped' as const }
        : c,
    ),
  };
}

/**
 * R-CRE-6 after an edit: a line that moved releases its reservation and reserves at its new location;
 * a line that shrank releases what it no longer needs; added units are reserved (or backordered, if the
 * associate accepted it). Releases are counted before claims, so stock freed by one line serves another.
 */
function rebalanceStock(
  before: Order,
  after: Order,
  input: EditOrderInput,
  backordered: ReadonlySet<string>,
): { order: Order; stock: StockMovement[] } | Refusal {
  const releases: StockMovement[] = [];
  const claims: { line: OrderLine; locationId: string; quantity: number; keep: number }[] = [];
  for (const old of before.lines) {
    const line = after.lines.find((candidate) => candidate.id === old.id);
    const oldLocation = fulfillingLocation(before, old);
    const keepable =
      line && fulfillingLocation(after, line) === oldLocation
        ? Math.min(old.quantities.reserved, openQuantity(line))
        : 0;
    if (old.quantities.reserved > keepable) {
      releases.push({
        kind: 'release',
        locationId: oldLocation,
        productId: old.productId,
        quantity: old.quantities.reserved - keepable,
      });
    }
  }
  for (const line of after.lines) {
    if (line.delivery.kind === 'carryOut') continue;
    const old = before.lines.find((candidate) => candidate.id === line.id);
    const locationId = fulfillingLocation(after, line);
    const moved = !old || fulfillingLocation(before, old) !== locationId;
    const keep = moved ? 0 : Math.min(old.quantities.reserved, openQuantity(line));
    // An unmoved line claims only for added units; units it was already waiting for stay on backorder.
    const wanted = moved ? openQuantity(line) : Math.max(0, openQuantity(line) - openQuantity(old));
    claims.push({ line, locationId, quantity: wanted, keep });
  }

  const released = new Map<string, number>();
  for (const r of releases)
    released.set(
      `${r.locationId}\u0000${r.productId}`,
      (released.get(`${r.locationId}\u0000${r.productId}`) ?? 0) + r.quantity,
    );
  const counter = new StockCounter(
    (locationId, productId) =>
      input.availability(locationId, productId) + (released.get(`${locationId}\u0000${productId}`) ?? 0),
  );
  let order = after;
  const reserves: StockMovement[] = [];
  for (const claim of claims) {
    let reserved = claim.keep;
    if (claim.quantity > 0) {
      const index = after.lines.indexOf(claim.line);
      const result = claimStock({
        counter,
        line: claim.line,
        locationId: claim.locationId,
        quantity: claim.quantity,
        backorder: input.backorder === true || backordered.has(claim.line.id),
        field: `lines[${index}]`,
      });
      if ('ok' in result) return result;
      reserved += result.reserved;
      reserves.push(...result.movements);
    }
    order = replaceLine(order, withQuantities(claim.line, { reserved }));
  }
  return { order, stock: [...releases, ...reserves] };
}
