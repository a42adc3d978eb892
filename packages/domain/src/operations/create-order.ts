import { addDays, instantText, type LocalDate } from '../calendar.ts';
import {
  checkAuthorizationAmount,
  checkDepositOverride,
  depositBlockers,
  depositRequirement,
} from '../deposit.ts';
import { buildInvoice, type Invoice } from '../invoice.ts';
import type { LedgerEntryDraft } from '../ledger.ts';
import type { Money } from '../money.ts';
import {
  checkDate,
  checkDelivery,
  checkNewLine,
  claimStock,
  makeLine,
  type NewLine,
  StockCounter,
} from '../new-line.ts';
import { conclude, type OperationContext, type Outcome, today } from '../operation.ts';
import {
  checkOrderTotal,
  fulfillingLocation,
  type Order,
  type OrderLine,
  type OrderType,
  orderTotal,
} from '../order.ts';
import type { Approval } from '../permissions.ts';
import { pickupCodeFor } from '../pickup-code.ts';
import { type Decision, type Refusal, refuse } from '../refusal.ts';
import {
  type Authorization,
  authorizationEntries,
  type Payment,
  total,
  validatePayments,
} from '../settlement.ts';
import { checkShipment, type NewShipment, shipmentRecord, shippingCharge } from '../shipment.ts';
import type { StockAvailability, StockMovement } from '../stock.ts';

export interface CreateOrderInput {
  /** The id a store gave an order it made itself (R-ASY-2): HQ's sales order keeps it. */
  readonly orderId?: string;
  /**
   * The ids that store gave its lines, one per line: a pickup it did before HQ had the order names them
   * (R-ASY-5), so HQ's lines must be the same lines.
   */
  readonly lineIds?: readonly string[];
  readonly type: OrderType;
  readonly customerId: string;
  readonly lines: readonly NewLine[];
  readonly shipments?: readonly NewShipment[];
  readonly depositOverride?: Money;
  /** R-CRE-5: another expiry date than `quoteExpirationDays` after today. */
  readonly quoteExpiresOn?: LocalDate;
  readonly collectors?: readonly string[];
  readonly payments?: readonly Payment[];
  readonly authorizations?: readonly Authorization[];
  readonly availability: StockAvailability;
}

/** R-CRE-4: all carry-out is an ordinary sale; anything else is a customer order (or a quote). */
export type SaleKind = 'cashAndCarry' | 'customerOrder' | 'quote';

export function saleKind(type: OrderType, lines: readonly { delivery: { kind: string } }[]): SaleKind {
  if (type === 'quote') return 'quote';
  return lines.every((line) => line.delivery.kind === 'carryOut') ? 'cashAndCarry' : 'customerOrder';
}

export type CreateOrderOutcome = Outcome & { readonly saleKind: SaleKind };

/**
 * Creates a customer order, a quote or a cash-and-carry sale from a cart (SPEC §4, §5). Carry-out lines
 * are invoiced at once and paid first; what is paid beyond them is the deposit.
 */
export function createOrder(input: CreateOrderInput, ctx: OperationContext): Decision<CreateOrderOutcome> {
  const date = today(ctx);
  const kind = saleKind(input.type, input.lines);
  const payments = input.payments ?? [];
  const authorizations = input.authorizations ?? [];

  const refusal = checkCart(input, kind, date);
  if (refusal) return refusal;

  const shipments = (input.shipments ?? []).filter((shipment) => isShipped(input, shipment.id));
  const draftOrder: Order = {
    id: input.orderId ?? ctx.newId(),
    type: input.type,
    storeId: ctx.locationId,
    customerId: input.customerId,
    lines: [],
    shipments: shipments.map(shipmentRecord),
    charges: shipments
      .filter((shipment) => shipment.charge > 0)
      .map((shipment) =>
        shippingCharge({
          id: ctx.newId(),
          shipmentId: shipment.id,
          amount: shipment.charge,
          parameters: ctx.parameters,
          chargeCodes: ctx.chargeCodes,
        }),
      ),
    collectors: input.collectors ?? [],
    ...(input.type === 'customerOrder' ? { depositPercent: ctx.parameters.defaultDepositPercent } : {}),
    createdAt: instantText(ctx.now),
    version: 0,
  };

  const counter = new StockCounter(input.availability);
  const lines: OrderLine[] = [];
  const stock: StockMovement[] = [];
  for (const [index, newLine] of input.lines.entries()) {
    const id = input.lineIds?.[index] ?? ctx.newId();
    let reserved = 0;
    if (kind !== 'quote') {
      const claim = claimStock({
        counter,
        line: newLine,
        locationId: fulfillingLocation(draftOrder, newLine),
        quantity: newLine.quantity,
        backorder: newLine.backorder === true,
        field: `lines[${index}].quantity`,
      });
      if ('ok' in claim) return claim;
      reserved = claim.reserved;
      stock.push(...claim.movements);
    }
    lines.push(makeLine(id, newLine, reserved));
  }

  const hasPickup = lines.some((line) => line.delivery.kind === 'pickup');
  const order: Order = {
    ...draftOrder,
    lines,
    ...(input.depositOverride !== undefined ? { depositOverride: input.depositOverride } : {}),
    ...(input.type === 'quote'
      ? { quoteExpiresOn: input.quoteExpiresOn ?? addDays(date, ctx.parameters.quoteExpirationDays) }
      : {}),
    ...(hasPickup ? { pickupCode: pickupCodeFor(draftOrder.id) } : {}),
  };

  const tooLarge = checkOrderTotal(order, 'lines');
  if (tooLarge) return tooLarge;

  const carryOutLines = lines.filter((line) => line.delivery.kind === 'carryOut');
  const invoices: Invoice[] = [];
  const drafts: LedgerEntryDraft[] = [];
  const carryOutTotal = carryOutLines.reduce(
    (acc, line) => acc + line.unitPrice * line.quantities.ordered,
    0,
  );
  if (carryOutLines.length > 0) {
    const invoice = buildInvoice({
      id: ctx.newId(),
      orderId: order.id,
      kind: 'carryOut',
      issuedAt: instantText(ctx.now),
      locationId: ctx.locationId,
      lines: carryOutLines.map((line) => ({ line, quantity: line.quantities.ordered })),
      charges: [],
    });
    invoices.push(invoice);
    drafts.push({ kind: 'invoiced', invoiceId: invoice.id, amount: invoice.total });
  }

  const paid = total(payments);
  if (paid > orderTotal(order)) {
    return refuse('PAYMENT_ABOVE_TOTAL', `${paid} paid but the order total is ${orderTotal(order)}`, {
      field: 'payments',
      details: { total: orderTotal(order), paid },
    });
  }
  drafts.push(
    ...splitPayments(payments, carryOutTotal, invoices[0]?.id),
    ...authorizationEntries(authorizations),
  );

  const requirement = depositRequirement(order, ctx.parameters);
  if (order.depositOverride !== undefined) {
    const outOfRange = checkDepositOverride(order.depositOverride, requirement.base, 'depositOverride');
    if (outOfRange) return outOfRange;
  }
  const approvals: Approval[] =
    requirement.overridden && requirement.required !== requirement.calculated
      ? [
          {
            permission: 'overrideDeposit',
            reason: `override deposit (${requirement.calculated} → ${requirement.required})`,
          },
        ]
      : [];

  let settlement: { blockers: Refusal[]; toCollect: number } = { blockers: [], toCollect: 0 };
  if (kind !== 'quote') {
    const depositAvailable = Math.max(0, paid - carryOutTotal);
    const tooMuch = checkAuthorizationAmount(total(authorizations), requirement.open - depositAvailable);
    if (tooMuch) return tooMuch;
    settlement = depositBlockers({
      requirement,
      dueNow: carryOutTotal,
      paid,
      unpaid: carryOutTotal + requirement.open - paid,
      depositAvailable,
      authorizationOpen: total(authorizations),
      paymentRequirement: ctx.profile.requirePaymentForFulfillment,
    });
  }

  const outcome = conclude(
    undefined,
    'create',
    { order, drafts, invoices, stock, approvals, ...settlement },
    ctx,
  );
  return { ...outcome, saleKind: kind };
}

function isShipped(input: CreateOrderInput, shipmentId: string): boolean {
  return input.lines.some((line) => line.delivery.kind === 'ship' && line.delivery.shipmentId === shipmentId);
}

/** Payments pay the carry-out invoice first, in the order tendered; the rest is deposit (R-DEP-1). */
function splitPayments(
  payments: readonly Payment[],
  carryOutTotal: Money,
  invoiceId: string | undefined,
): LedgerEntryDraft[] {
  let carryOutLeft = carryOutTotal;
  const drafts: LedgerEntryDraft[] = [];
  for (const payment of payments) {
    const toInvoice = Math.min(carryOutLeft, payment.amount);
    if (toInvoice > 0 && invoiceId) {
      drafts.push({ kind: 'balancePaid', tender: payment.tender, amount: toInvoice, invoiceId });
      carryOutLeft -= toInvoice;
    }
    if (payment.amount > toInvoice) {
      drafts.push({ kind: 'depositPaid', tender: payment.tender, amount: payment.amount - toInvoice });
    }
  }
  return drafts;
}

function checkCart(input: CreateOrderInput, kind: SaleKind, date: LocalDate): Refusal | undefined {
  if (!input.customerId && kind !== 'cashAndCarry') {
    return refuse('CUSTOMER_REQUIRED', 'a customer order needs a customer', { field: 'customerId' });
  }
  if (input.lines.length === 0)
    return refuse('NO_LINES', 'an order needs at least one product line', { field: 'lines' });
  const ids = input.lineIds;
  if (ids && (ids.length !== input.lines.length || new Set(ids).size !== ids.length)) {
    return refuse('DUPLICATE_LINE', 'line ids: one per line, each once', { field: 'lineIds' });
  }
  const shipments = input.shipments ?? [];
  const duplicate = shipments.findIndex(
    (shipment, index) => shipments.findIndex((s) => s.id === shipment.id) !== index,
  );
  if (duplicate >= 0) {
    return refuse(
      'DUPLICATE_SHIPMENT',
      `shipments[${duplicate}].id ${shipments[duplicate]?.id} names a shipment twice`,
      {
        field: `shipments[${duplicate}].id`,
      },
    );
  }
  for (const [index, shipment] of shipments.entries()) {
    // A shipment no line uses is left out of the order, so its date does not matter.
    if (!isShipped(input, shipment.id)) continue;
    const refusal = checkShipment(shipment, date, `shipments[${index}]`);
    if (refusal) return refusal;
  }
  for (const [index, line] of input.lines.entries()) {
    const refusal =
      checkNewLine(line, `lines[${index}]`) ??
      checkDelivery(line.delivery, shipments, date, `lines[${index}].delivery`);
    if (refusal) return refusal;
    if (kind === 'quote' && line.delivery.kind === 'carryOut') {
      return refuse('QUOTE_WITH_CARRY_OUT', 'a quote cannot have carry-out lines', {
        field: `lines[${index}].delivery`,
      });
    }
  }
  if (kind === 'quote') {
    if (input.depositOverride !== undefined) {
      return refuse('QUOTE_TAKES_NO_PAYMENT', 'a quote takes no deposit; override it when converting', {
        field: 'depositOverride',
      });
    }
    if ((input.payments?.length ?? 0) > 0 || (input.authorizations?.length ?? 0) > 0) {
      return refuse('QUOTE_TAKES_NO_PAYMENT', 'a quote takes no payment', { field: 'payments' });
    }
    if (input.quoteExpiresOn !== undefined) {
      const refusal = checkDate(input.quoteExpiresOn, date, 'quoteExpiresOn');
      if (refusal) return refusal;
    }
  }
  return (
    validatePayments(input.payments ?? [], 'payments') ??
    validatePayments(input.authorizations ?? [], 'authorizations')
  );
}
