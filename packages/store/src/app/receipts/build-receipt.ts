import type {
  Receipt,
  ReceiptCharge,
  ReceiptDelivery,
  ReceiptKind,
  ReceiptLine,
  ReceiptTender,
  RtsLedgerEntry,
  RtsOperationReply,
  RtsOrder,
  RtsOrderLine,
} from '@kassa/contracts';
import { type Money, vatPerRate } from '@kassa/domain';

/** The order as the store read it from RTS before the operation: the parts a receipt compares with. */
export type OrderBefore = Pick<RtsOrder, 'id' | 'version' | 'lines' | 'charges' | 'ledger'>;

/** Names the store's replicas know and HQ's reply does not carry. */
export interface ReceiptNames {
  /** A store's name (job 1070), for pickup lines; the store id prints when it is unknown. */
  readonly location: (locationId: string) => string | undefined;
  /** A mode of delivery's name (job 1070); the code prints when it is unknown. */
  readonly modeOfDelivery: (code: string) => string | undefined;
}

interface ReceiptInputBase {
  readonly id: string;
  /** An ISO instant: when the store issued the receipt. */
  readonly issuedAt: string;
  readonly store: Receipt['store'];
  readonly registerId: string;
  readonly staffId: string;
  readonly approvedBy: string | null;
  /** HQ's committed answer to the operation. */
  readonly reply: RtsOperationReply;
  readonly names: ReceiptNames;
  /** Cash the customer handed over, when the associate entered it: the receipt shows the change. */
  readonly cashTendered?: Money;
  /**
   * Last four digits of the cards the store tokenized, by HQ's tender id, when the store knows them: for a
   * tender whose HQ ledger entry does not name them itself.
   */
  readonly cardLast4?: ReadonlyMap<string, string>;
}

export type BuildReceiptInput = ReceiptInputBase &
  (
    | { readonly kind: 'create' }
    | {
        readonly kind: Exclude<ReceiptKind, 'create'>;
        /** The order as read before the operation: the version the store sent with it (R-EDT-4). */
        readonly before: OrderBefore;
      }
  );

/**
 * R-RCP-1: the receipt of a create, pickup, cancel or return, and of an edit that moved money (decision
 * 0018), from what HQ's RTS answered.
 *
 * What this operation did is told apart from what happened before by comparing with the order the store
 * read before it (`before`; a create has nothing before). HQ's ledger is append-only (R-MON-5), so the
 * operation's entries are exactly those whose ids were not there before; their times cannot tell, as two
 * operations can share an instant. The same comparison gives the units a cancellation cancelled now (an
 * edit may have cancelled others earlier) and the shipping charges it dropped. The units picked up or
 * returned come from the invoice or return order the operation issued, HQ's own record of them.
 *
 * A receipt is built only for a committed operation on the version read before; anything else is a bug
 * of the caller and throws.
 */
export function buildReceipt(input: BuildReceiptInput): Receipt {
  const { reply } = input;
  const order = reply.order;
  if (reply.preview) throw new Error(`a preview of order ${order.id} gives no receipt`);
  const before = input.kind === 'create' ? undefined : input.before;
  if (before) checkBefore(before, order);

  const entries = newEntries(before, order);
  const covered = coveredBy(input.kind, reply, before, input.names);
  const items = [...covered.lines, ...covered.charges];
  const tenders = tendersOf(entries, input.cardLast4);
  const invoiceIds = new Set(reply.invoices.map((invoice) => invoice.id));
  const newInvoices = order.invoices.filter((invoice) => invoiceIds.has(invoice.id));
  const returned = newReturnOrder(reply);

  return {
    id: input.id,
    kind: input.kind,
    issuedAt: input.issuedAt,
    store: input.store,
    registerId: input.registerId,
    staffId: input.staffId,
    approvedBy: input.approvedBy,
    order: {
      id: order.id,
      number: order.number,
      confirmationNumber: order.confirmationNumber,
      type: order.type,
      status: order.status,
      customer: { number: order.customer.number, name: order.customer.name },
      pickupCode: order.pickupCode,
      quoteExpiresOn: order.quoteExpiresOn,
    },
    lines: covered.lines,
    charges: covered.charges,
    total: items.reduce((acc, item) => acc + item.amount, 0),
    // A cancelled unit or a dropped charge adds nothing (0): only what is charged or credited has VAT.
    vat: vatPerRate(items.filter((item) => item.amount !== 0)).map(({ rate, net, vat, gross }) => ({
      rate,
      net,
      vat,
      gross,
    })),
    money: {
      orderTotal: order.money.total,
      depositRequired: order.money.depositRequired,
      depositPaid: order.money.perTender.reduce((acc, t) => acc + t.depositPaid, 0),
      depositAvailable: order.money.depositAvailable,
      paid: order.money.paid,
      refunded: order.money.refunded,
      authorizationOpen: order.money.authorizationOpen,
      due: order.money.due,
      balance: order.money.balance,
    },
    tenders,
    ...(input.cashTendered !== undefined ? { cash: changeOf(input.cashTendered, tenders) } : {}),
    effect: {
      invoiced: reply.effect.invoiced,
      depositApplied: reply.effect.depositApplied,
      due: reply.effect.due,
      captured: reply.effect.captured,
      paidNow: reply.effect.paidNow,
      refund: reply.effect.refund,
      charge: reply.effect.charge,
      authorized: reply.effect.authorized,
      voided: reply.effect.voided,
    },
    invoices: newInvoices.map((invoice) => ({ id: invoice.id, number: invoice.number, kind: invoice.kind })),
    collectedBy: newInvoices.find((invoice) => invoice.kind === 'pickup')?.collectedBy ?? null,
    ...(returned
      ? {
          returnOrder: {
            id: returned.id,
            number: returned.number,
            invoiceId: returned.invoiceId,
            invoiceNumber:
              order.invoices.find((invoice) => invoice.id === returned.invoiceId)?.number ?? null,
            reason: returned.reason,
            shippingRefund: returned.shippingRefund,
          },
        }
      : {}),
  };
}

function checkBefore(before: OrderBefore, order: RtsOrder): void {
  if (before.id !== order.id) throw new Error(`order ${before.id} read before, order ${order.id} answered`);
  if (before.version + 1 !== order.version) {
    throw new Error(`order ${order.id}: version ${before.version} read before, ${order.version} answered`);
  }
  const after = new Set(order.ledger.map((entry) => entry.id));
  const lost = before.ledger.find((entry) => !after.has(entry.id));
  if (lost) throw new Error(`order ${order.id}: ledger entry ${lost.id} is gone from HQ's answer`);
}

/**
 * Whether the operation took money from the customer or gave some back (a tender row on its receipt): an
 * edit gives a receipt only then (decision 0018); one that only changed the order goes without.
 */
export function movedMoney(before: OrderBefore, order: RtsOrder): boolean {
  return tendersOf(newEntries(before, order), undefined).length > 0;
}

/** The operation's ledger entries: HQ's ledger is append-only (R-MON-5), so those not there before. */
function newEntries(before: OrderBefore | undefined, order: RtsOrder): RtsLedgerEntry[] {
  const priorIds = new Set(before?.ledger.map((entry) => entry.id));
  return order.ledger.filter((entry) => !priorIds.has(entry.id));
}

/**
 * The lines and charges the receipt is about, each with what it moves on the customer's bill now: a
 * create or pickup charges them (positive), a return credits them (negative, a credit note). An edit
 * lists the whole order as it now stands, as a create does: what the customer paid or got back was for
 * the order as a whole, not for the lines the edit touched. A
 * cancellation charges only its cancellation charge: the cancelled units and a dropped shipping charge
 * were never invoiced, so they are listed with their quantity and an amount of 0, not as money given
 * back (the deposit refund is the tenders' `refunded`). Decision 0019.
 */
function coveredBy(
  kind: ReceiptKind,
  reply: RtsOperationReply,
  before: OrderBefore | undefined,
  names: ReceiptNames,
): { lines: ReceiptLine[]; charges: ReceiptCharge[] } {
  const order = reply.order;
  const line = (lineId: string, quantity: number, sign: 1 | 0 | -1): ReceiptLine => {
    const orderLine = order.lines.find((candidate) => candidate.id === lineId);
    if (!orderLine) throw new Error(`order ${order.id} has no line ${lineId}`);
    return {
      lineId,
      sku: orderLine.productId,
      description: orderLine.description,
      quantity,
      unitPrice: orderLine.unitPrice,
      amount: sign * orderLine.unitPrice * quantity,
      vatRate: orderLine.vatRate,
      delivery: deliveryOf(order, orderLine, names),
    };
  };
  switch (kind) {
    case 'create':
    case 'edit':
      return {
        lines: order.lines
          .map((l) => ({ id: l.id, quantity: l.quantities.ordered - l.quantities.cancelled }))
          .filter((l) => l.quantity > 0)
          .map((l) => line(l.id, l.quantity, 1)),
        charges: order.charges
          .filter((charge) => charge.status !== 'dropped')
          .map((charge) => ({
            chargeId: charge.id,
            kind: charge.kind,
            code: charge.code,
            amount: charge.amount,
            vatRate: charge.vatRate,
          })),
      };
    case 'pickup': {
      const ids = new Set(reply.invoices.map((invoice) => invoice.id));
      const invoices = order.invoices.filter((invoice) => ids.has(invoice.id));
      return {
        lines: invoices.flatMap((invoice) => invoice.lines.map((l) => line(l.lineId, l.quantity, 1))),
        charges: invoices.flatMap((invoice) =>
          invoice.charges.map((c) => {
            const charge = order.charges.find((candidate) => candidate.id === c.chargeId);
            if (!charge) throw new Error(`order ${order.id} has no charge ${c.chargeId}`);
            return {
              chargeId: c.chargeId,
              kind: charge.kind,
              code: c.code,
              amount: c.amount,
              vatRate: c.vatRate,
            };
          }),
        ),
      };
    }
    case 'cancel': {
      const prior = before ?? { lines: [], charges: [] };
      const lines = order.lines.flatMap((l) => {
        const earlier = prior.lines.find((p) => p.id === l.id)?.quantities.cancelled ?? 0;
        const now = l.quantities.cancelled - earlier;
        return now > 0 ? [line(l.id, now, 0)] : [];
      });
      const charges = order.charges.flatMap((charge): ReceiptCharge[] => {
        const earlier = prior.charges.find((p) => p.id === charge.id);
        const base = { chargeId: charge.id, kind: charge.kind, code: charge.code, vatRate: charge.vatRate };
        if (!earlier) return [{ ...base, amount: charge.amount }];
        // R-CAN-3: a shipment none of whose lines left drops its charge with the cancellation.
        if (charge.status === 'dropped' && earlier.status !== 'dropped') {
          return [{ ...base, amount: 0 }];
        }
        return [];
      });
      return { lines, charges };
    }
    case 'return': {
      const returned = newReturnOrder(reply);
      if (!returned) throw new Error(`HQ's answer for a return of order ${order.id} has no return order`);
      const lines = returned.lines.map((l) => line(l.lineId, l.quantity, -1));
      if (returned.shippingRefund === 0) return { lines, charges: [] };
      const shipping = refundedShippingCharge(order, returned.lines);
      return {
        lines,
        charges: [
          {
            chargeId: shipping?.id ?? null,
            kind: 'shippingRefund',
            code: shipping?.code ?? null,
            amount: -returned.shippingRefund,
            vatRate: returned.shippingVatRate,
          },
        ],
      };
    }
    default:
      return kind satisfies never;
  }
}

function newReturnOrder(reply: RtsOperationReply) {
  const ids = new Set(reply.returnOrders.map((r) => r.id));
  return reply.order.returnOrders.find((r) => ids.has(r.id));
}

/** The shipping charge of the first returned line's shipment: what a shipping refund gives back (R-RET-3). */
function refundedShippingCharge(order: RtsOrder, returnedLines: readonly { lineId: string }[]) {
  const shipping = order.charges.filter((charge) => charge.kind === 'shipping');
  for (const { lineId } of returnedLines) {
    const delivery = order.lines.find((l) => l.id === lineId)?.delivery;
    if (delivery?.kind !== 'ship') continue;
    const charge = shipping.find((c) => c.shipmentId === delivery.shipmentId);
    if (charge) return charge;
  }
  return shipping[0];
}

function deliveryOf(order: RtsOrder, line: RtsOrderLine, names: ReceiptNames): ReceiptDelivery {
  const delivery = line.delivery;
  switch (delivery.kind) {
    case 'carryOut':
      return { kind: 'carryOut' };
    case 'pickup':
      return {
        kind: 'pickup',
        storeId: delivery.storeId,
        storeName: names.location(delivery.storeId) ?? delivery.storeId,
        date: delivery.date,
      };
    case 'ship': {
      const shipment = order.shipments.find((s) => s.id === delivery.shipmentId);
      if (!shipment) throw new Error(`order ${order.id} has no shipment ${delivery.shipmentId}`);
      const { name, street, postalCode, city, country } = shipment.address;
      return {
        kind: 'ship',
        shipmentId: shipment.id,
        address: { name, street, postalCode, city, country },
        modeOfDelivery: shipment.modeOfDelivery,
        modeOfDeliveryName: names.modeOfDelivery(shipment.modeOfDelivery) ?? shipment.modeOfDelivery,
        requestedDate: shipment.requestedDate,
      };
    }
    default:
      return delivery satisfies never;
  }
}

/**
 * The operation's money movements per tender and kind, in the order they happened. A payment that paid a
 * carry-out invoice and the deposit is one hand-over on one tender, so it prints as one row.
 */
function tendersOf(
  entries: readonly RtsLedgerEntry[],
  cardLast4: ReadonlyMap<string, string> | undefined,
): ReceiptTender[] {
  const rows = new Map<string, ReceiptTender>();
  const add = (
    tender: { id: string; method: 'cash' | 'card'; last4?: string | undefined } | null,
    kind: ReceiptTender['kind'],
    amount: Money,
  ) => {
    const key = `${tender?.id ?? ''}\u0000${kind}`;
    const row = rows.get(key);
    if (row) {
      rows.set(key, { ...row, amount: row.amount + amount });
      return;
    }
    // HQ names a card by the digits its processor gave when authorizing it; older entries lack them, and
    // the store then prints what it saw when it tokenized the card, if it did.
    const last4 = tender?.method === 'card' ? (tender.last4 ?? cardLast4?.get(tender.id)) : undefined;
    rows.set(key, {
      tenderId: tender?.id ?? null,
      method: tender?.method ?? 'cash',
      kind,
      amount,
      ...(last4 !== undefined ? { last4 } : {}),
    });
  };
  for (const entry of entries) {
    switch (entry.kind) {
      case 'depositPaid':
      case 'balancePaid':
        add(entry.tender, 'paid', entry.amount);
        break;
      case 'cardCaptured':
        add(entry.tender, 'captured', entry.amount);
        break;
      case 'cardAuthorized':
        add(entry.tender, 'authorized', entry.amount);
        break;
      case 'authorizationVoided':
        add(entry.tender, 'voided', entry.amount);
        break;
      case 'refunded':
        add(entry.tender, 'refunded', entry.amount);
        break;
      // A return credit no tender can take is paid out in cash (decision 0004).
      case 'paidOut':
        add(null, 'refunded', entry.amount);
        break;
      // Movements within the order, not across the counter: the effect and the money block show them.
      case 'depositApplied':
      case 'invoiced':
      case 'chargeInvoiced':
      case 'credited':
        break;
      default:
        return entry satisfies never;
    }
  }
  return [...rows.values()];
}

function changeOf(tendered: Money, tenders: readonly ReceiptTender[]): { tendered: Money; change: Money } {
  const cashPaid = tenders
    .filter((t) => t.method === 'cash' && t.kind === 'paid')
    .reduce((acc, t) => acc + t.amount, 0);
  if (!Number.isSafeInteger(tendered) || tendered < cashPaid) {
    throw new RangeError(`cash tendered ${tendered} is less than the ${cashPaid} paid in cash`);
  }
  return { tendered, change: tendered - cashPaid };
}
