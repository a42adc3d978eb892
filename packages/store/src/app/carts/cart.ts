import type { CartView } from '@kassa/contracts';
import { type Failure, fail } from '../failure.ts';

/**
 * A register's cart: what the associate has put together so far, before HQ sees any of it. Pure data
 * and pure changes; `change-cart.ts` looks up what a change names and stores the result.
 */
export interface Cart {
  readonly id: string;
  readonly registerId: string;
  readonly type: 'customerOrder' | 'quote';
  readonly customer?: CartCustomer;
  readonly lines: readonly CartLine[];
  readonly shipments: readonly CartShipment[];
  readonly depositOverride?: { readonly amount: number; readonly approvedBy: string | null };
  readonly quoteExpiresOn?: string;
  readonly collectors: readonly string[];
  readonly tenders: readonly CartTender[];
  /** Numbers the next line, shipment and tender, so ids are never reused within a cart. */
  readonly nextId: number;
}

export interface CartCustomer {
  readonly number: string;
  readonly name: string;
  readonly addresses: readonly { readonly id: string; readonly label: string }[];
}

export type CartDelivery =
  | { readonly kind: 'carryOut' }
  | { readonly kind: 'pickup'; readonly storeId: string; readonly date: string }
  | { readonly kind: 'ship'; readonly shipmentId: string };

export interface CartLine {
  readonly id: string;
  readonly sku: string;
  readonly description: string;
  readonly quantity: number;
  /** Gross, in cents, as the store's price list says now; HQ prices the order when it is made. */
  readonly unitPrice: number;
  readonly vatRate: number;
  readonly delivery: CartDelivery;
  readonly backorder: boolean;
}

export interface CartShipment {
  readonly id: string;
  readonly addressId: string;
  readonly modeOfDelivery: string;
  readonly requestedDate: string;
  readonly charge: number;
}

export type CartTender =
  | { readonly id: string; readonly kind: 'cash'; readonly amount: number; readonly tendered: number }
  | {
      readonly id: string;
      readonly kind: 'card' | 'cardAuthorization';
      readonly amount: number;
      readonly cardToken: string;
      readonly last4: string;
    };

/** A change with what it names already looked up in the store's replicas. */
export type ResolvedCartChange =
  | { readonly kind: 'setCustomer'; readonly customer: CartCustomer }
  | { readonly kind: 'removeCustomer' }
  | {
      readonly kind: 'addProduct';
      readonly product: { sku: string; name: string; price: number; vatRate: number };
      readonly quantity: number;
    }
  | { readonly kind: 'changeQuantity'; readonly lineId: string; readonly quantity: number }
  | { readonly kind: 'removeLine'; readonly lineId: string }
  | {
      readonly kind: 'setDelivery';
      readonly lineIds?: readonly string[] | undefined;
      readonly delivery:
        | { readonly kind: 'carryOut' }
        | { readonly kind: 'pickup'; readonly storeId: string; readonly date: string }
        | {
            readonly kind: 'ship';
            /** Without a charge, lines joining a shipment keep its charge; a new one has none. */
            readonly shipment: Omit<CartShipment, 'id' | 'charge'> & { readonly charge?: number | undefined };
          };
    }
  | { readonly kind: 'setBackorder'; readonly lineId: string; readonly backorder: boolean }
  | { readonly kind: 'setType'; readonly type: Cart['type'] }
  | { readonly kind: 'setQuoteExpiry'; readonly date: string }
  | { readonly kind: 'overrideDeposit'; readonly amount: number; readonly approvedBy: string | null }
  | { readonly kind: 'clearDepositOverride' }
  | { readonly kind: 'setCollectors'; readonly collectors: readonly string[] }
  | { readonly kind: 'addTender'; readonly tender: DistributiveOmit<CartTender, 'id'> }
  | { readonly kind: 'removeTender'; readonly tenderId: string };

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export function newCart(id: string, registerId: string): Cart {
  return {
    id,
    registerId,
    type: 'customerOrder',
    lines: [],
    shipments: [],
    collectors: [],
    tenders: [],
    nextId: 1,
  };
}

/** Applies one change, or refuses it naming the field of change `index` at fault. */
export function applyCartChange(cart: Cart, change: ResolvedCartChange, index: number): Cart | Failure {
  const field = (name: string) => `changes[${index}].${name}`;
  const lineIndex = (lineId: string) => {
    const at = cart.lines.findIndex((line) => line.id === lineId);
    return at >= 0 ? at : fail('NOT_FOUND', `the cart has no line ${lineId}`, { field: field('lineId') });
  };
  switch (change.kind) {
    case 'setCustomer': {
      // Shipments go to the customer's own addresses (R-CRE-2): another customer's cannot stay.
      const keeps = (s: CartShipment) => change.customer.addresses.some((a) => a.id === s.addressId);
      const dropped = new Set(cart.shipments.filter((s) => !keeps(s)).map((s) => s.id));
      return tidy({
        ...cart,
        customer: change.customer,
        lines: cart.lines.map((line) =>
          line.delivery.kind === 'ship' && dropped.has(line.delivery.shipmentId)
            ? { ...line, delivery: { kind: 'carryOut' } }
            : line,
        ),
      });
    }
    case 'removeCustomer': {
      const { customer: _customer, ...rest } = cart;
      return tidy({
        ...rest,
        lines: cart.lines.map((line) =>
          line.delivery.kind === 'ship' ? { ...line, delivery: { kind: 'carryOut' } } : line,
        ),
      });
    }
    case 'addProduct': {
      // Scanning the same article again counts it again, on the line that is still carried out.
      const same = cart.lines.findIndex(
        (line) => line.sku === change.product.sku && line.delivery.kind === 'carryOut',
      );
      const existing = cart.lines[same];
      if (existing) {
        return {
          ...cart,
          lines: cart.lines.with(same, { ...existing, quantity: existing.quantity + change.quantity }),
        };
      }
      const line: CartLine = {
        id: `L${cart.nextId}`,
        sku: change.product.sku,
        description: change.product.name,
        quantity: change.quantity,
        unitPrice: change.product.price,
        vatRate: change.product.vatRate,
        delivery: { kind: 'carryOut' },
        backorder: false,
      };
      return { ...cart, lines: [...cart.lines, line], nextId: cart.nextId + 1 };
    }
    case 'changeQuantity': {
      const at = lineIndex(change.lineId);
      if (typeof at !== 'number') return at;
      const line = cart.lines[at] as CartLine;
      return { ...cart, lines: cart.lines.with(at, { ...line, quantity: change.quantity }) };
    }
    case 'removeLine': {
      const at = lineIndex(change.lineId);
      if (typeof at !== 'number') return at;
      return tidy({ ...cart, lines: cart.lines.toSpliced(at, 1) });
    }
    case 'setDelivery':
      return setDelivery(cart, change, field);
    case 'setBackorder': {
      const at = lineIndex(change.lineId);
      if (typeof at !== 'number') return at;
      const line = cart.lines[at] as CartLine;
      return { ...cart, lines: cart.lines.with(at, { ...line, backorder: change.backorder }) };
    }
    case 'setType':
      return { ...cart, type: change.type };
    case 'setQuoteExpiry':
      return { ...cart, quoteExpiresOn: change.date };
    case 'overrideDeposit':
      return { ...cart, depositOverride: { amount: change.amount, approvedBy: change.approvedBy } };
    case 'clearDepositOverride': {
      const { depositOverride: _override, ...rest } = cart;
      return rest;
    }
    case 'setCollectors':
      return { ...cart, collectors: change.collectors };
    case 'addTender':
      return {
        ...cart,
        tenders: [...cart.tenders, { ...change.tender, id: `T${cart.nextId}` }],
        nextId: cart.nextId + 1,
      };
    case 'removeTender': {
      if (!cart.tenders.some((t) => t.id === change.tenderId)) {
        return fail('NOT_FOUND', `the cart has no tender ${change.tenderId}`, { field: field('tenderId') });
      }
      return { ...cart, tenders: cart.tenders.filter((t) => t.id !== change.tenderId) };
    }
  }
}

function setDelivery(
  cart: Cart,
  change: Extract<ResolvedCartChange, { kind: 'setDelivery' }>,
  field: (name: string) => string,
): Cart | Failure {
  const selected = new Set(change.lineIds ?? cart.lines.map((line) => line.id));
  for (const lineId of selected) {
    if (!cart.lines.some((line) => line.id === lineId)) {
      return fail('NOT_FOUND', `the cart has no line ${lineId}`, { field: field('lineIds') });
    }
  }
  if (selected.size === 0)
    return fail('NO_LINES', 'the cart has no lines to deliver', { field: field('lineIds') });
  let next = cart;
  let delivery: CartDelivery;
  if (change.delivery.kind === 'ship') {
    // Lines shipped to the same address, the same way, on the same date travel as one shipment.
    const { shipment } = change.delivery;
    const same = cart.shipments.find(
      (s) =>
        s.addressId === shipment.addressId &&
        s.modeOfDelivery === shipment.modeOfDelivery &&
        s.requestedDate === shipment.requestedDate,
    );
    const id = same?.id ?? `SHP${cart.nextId}`;
    const charge = shipment.charge ?? same?.charge ?? 0;
    const { addressId, modeOfDelivery, requestedDate } = shipment;
    next = same
      ? { ...cart, shipments: cart.shipments.map((s) => (s.id === id ? { ...s, charge } : s)) }
      : {
          ...cart,
          shipments: [...cart.shipments, { id, addressId, modeOfDelivery, requestedDate, charge }],
          nextId: cart.nextId + 1,
        };
    delivery = { kind: 'ship', shipmentId: id };
  } else {
    delivery = change.delivery;
  }
  return tidy({
    ...next,
    lines: next.lines.map((line) => (selected.has(line.id) ? { ...line, delivery } : line)),
  });
}

/** A shipment no line goes with any more leaves the cart, and its charge with it. */
function tidy(cart: Cart): Cart {
  const used = new Set(
    cart.lines.flatMap((line) => (line.delivery.kind === 'ship' ? [line.delivery.shipmentId] : [])),
  );
  return { ...cart, shipments: cart.shipments.filter((s) => used.has(s.id)) };
}

/** What the customer handed over in cash, for the change on the receipt. */
export const cashTendered = (cart: Cart): number =>
  cart.tenders.reduce((sum, t) => sum + (t.kind === 'cash' ? t.tendered : 0), 0);

/** The cart as the register shows it, with totals worked out from the store's own price list. */
export function cartView(
  cart: Cart,
  record: { status: 'open' | 'completed'; version: number; order: CartView['order'] },
): CartView {
  const lineTotal = cart.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const charges = cart.shipments.reduce((sum, s) => sum + s.charge, 0);
  const cash = cart.tenders.filter((t) => t.kind === 'cash');
  const tendered = cashTendered(cart);
  return {
    id: cart.id,
    registerId: cart.registerId,
    status: record.status,
    version: record.version,
    type: cart.type,
    customer: cart.customer ? { ...cart.customer, addresses: [...cart.customer.addresses] } : null,
    lines: cart.lines.map((line) => ({ ...line, amount: line.unitPrice * line.quantity })),
    shipments: [...cart.shipments],
    depositOverride: cart.depositOverride ?? null,
    quoteExpiresOn: cart.quoteExpiresOn ?? null,
    collectors: [...cart.collectors],
    tenders: cart.tenders.map((t) => ({
      id: t.id,
      kind: t.kind,
      amount: t.amount,
      tendered: t.kind === 'cash' ? t.tendered : null,
      last4: t.kind === 'cash' ? null : t.last4,
    })),
    totals: {
      lines: lineTotal,
      charges,
      total: lineTotal + charges,
      tendered,
      change: tendered - cash.reduce((sum, t) => sum + t.amount, 0),
    },
    order: record.order,
  };
}
