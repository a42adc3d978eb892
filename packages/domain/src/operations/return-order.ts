import { allocate } from '../allocation.ts';
import { instantText } from '../calendar.ts';
import { checkOperation, type LineQuantity, selectLines } from '../guards.ts';
import type { Invoice, ReturnOrder, ReturnOrderLine } from '../invoice.ts';
import { invoicePayments, type LedgerEntryDraft } from '../ledger.ts';
import { isMoney, type Money } from '../money.ts';
import { conclude, type OperationContext, type OrderState, type Outcome } from '../operation.ts';
import { lineValue, type Order, type OrderLine, replaceLine, withQuantities } from '../order.ts';
import type { Approval } from '../permissions.ts';
import { type Decision, refuse } from '../refusal.ts';
import { chargeCodeVat } from '../shipment.ts';
import type { StockMovement } from '../stock.ts';
import { vatPerRate } from '../vat.ts';

export interface ReturnOrderInput {
  readonly invoiceId: string;
  readonly lines: readonly LineQuantity[];
  readonly reason: string;
  /** R-RET-3: the associate's shipping refund instead of the proposal. */
  readonly shippingRefund?: Money;
}

export type ReturnOutcome = Outcome & {
  readonly returnOrder: ReturnOrder;
  readonly proposedShippingRefund: Money;
};

/**
 * R-RET-1..4: returns invoiced units against one invoice. The return order credits the goods and a
 * shipping refund; the credit first clears what is still unpaid on the invoice, the rest goes back to
 * the tenders that paid the invoice, newest first, and what they cannot take (a shipping refund may
 * exceed what was paid) is paid out in cash. Returned units go back into this store's stock.
 */
export function returnOrder(
  state: OrderState,
  input: ReturnOrderInput,
  ctx: OperationContext,
): Decision<ReturnOutcome> {
  const { order } = state;
  const notAllowed = checkOperation(order, 'return');
  if (notAllowed) return notAllowed;
  const invoice = state.invoices.find((candidate) => candidate.id === input.invoiceId);
  if (!invoice || invoice.kind === 'cancellation') {
    return refuse(
      'UNKNOWN_INVOICE',
      `invoiceId ${input.invoiceId} is not an invoice of goods on this order`,
      {
        field: 'invoiceId',
      },
    );
  }
  if (!input.reason?.trim()) {
    return refuse('RETURN_REASON_REQUIRED', 'a return needs a reason', { field: 'reason' });
  }
  const selected = selectLines(order, input.lines);
  if ('ok' in selected) return selected;
  const earlier = state.returnOrders.filter((r) => r.invoiceId === invoice.id);
  for (const [index, { line, quantity }] of selected.entries()) {
    const invoiced = invoice.lines.find((l) => l.lineId === line.id)?.quantity ?? 0;
    const returned = earlier
      .flatMap((r) => r.lines)
      .filter((l) => l.lineId === line.id)
      .reduce((a, l) => a + l.quantity, 0);
    if (quantity > invoiced - returned) {
      return refuse(
        'RETURN_ABOVE_INVOICED',
        `${quantity} of line ${line.id} (${line.productId}) asked back; ${invoiced - returned} returnable on this invoice`,
        {
          field: `lines[${index}].quantity`,
          details: { returnable: invoiced - returned, requested: quantity },
        },
      );
    }
  }

  const parameters = ctx.parameters;
  const proposal = parameters.refundShippingCharges
    ? selected.reduce((acc, { line, quantity }) => acc + shippingShare(order, line, quantity), 0)
    : 0;
  const shippingRefund = input.shippingRefund ?? proposal;
  if (!isMoney(shippingRefund) || shippingRefund < 0) {
    return refuse('INVALID_AMOUNT', 'shippingRefund must be an amount of at least 0 in minor units', {
      field: 'shippingRefund',
    });
  }
  if (!parameters.refundShippingCharges && shippingRefund > 0) {
    return refuse(
      'SHIPPING_REFUND_NOT_ALLOWED',
      'shipping charges are not refundable (refundShippingCharges is no)',
      {
        field: 'shippingRefund',
      },
    );
  }
  const shippingRefunds = state.returnOrders.reduce((acc, r) => acc + r.shippingRefund, 0) + shippingRefund;
  const approvals: Approval[] =
    shippingRefund > 0 && shippingRefunds > parameters.maxShippingRefundWithoutApproval
      ? [
          {
            permission: 'approveRefundOverLimit',
            reason: `shipping refunds of ${shippingRefunds} on this order exceed ${parameters.maxShippingRefundWithoutApproval}`,
          },
        ]
      : [];

  const lines: ReturnOrderLine[] = selected.map(({ line, quantity }) => ({
    lineId: line.id,
    productId: line.productId,
    quantity,
    unitPrice: line.unitPrice,
    vatRate: line.vatRate,
    amount: lineValue(line, quantity),
  }));
  const shippingVatRate = chargeCodeVat(ctx.chargeCodes, parameters.shippingChargeCode);
  const credit = lines.reduce((acc, line) => acc + line.amount, 0) + shippingRefund;
  const record: ReturnOrder = {
    id: ctx.newId(),
    orderId: order.id,
    invoiceId: invoice.id,
    reason: input.reason.trim(),
    createdAt: instantText(ctx.now),
    locationId: ctx.locationId,
    lines,
    shippingRefund,
    shippingVatRate,
    total: credit,
    vat: vatPerRate(
      [...lines, { amount: shippingRefund, vatRate: shippingVatRate }].filter((item) => item.amount > 0),
    ),
  };

  let next: Order = order;
  const stock: StockMovement[] = [];
  for (const { line, quantity } of selected) {
    next = replaceLine(next, withQuantities(line, { returned: line.quantities.returned + quantity }));
    stock.push({ kind: 'restock', locationId: ctx.locationId, productId: line.productId, quantity });
  }
  const drafts: LedgerEntryDraft[] = [
    { kind: 'credited', invoiceId: invoice.id, returnOrderId: record.id, amount: credit },
    ...refundCredit(state, invoice, record.id, credit, shippingChargeInvoice(state, selected)),
  ];
  const outcome = conclude(
    state,
    'return',
    { order: next, drafts, returnOrders: [record], stock, approvals },
    ctx,
  );
  return { ...outcome, returnOrder: record, proposedShippingRefund: proposal };
}

/**
 * R-RET-3 and R-MON-3: the part of a shipment's charge that belongs to `quantity` more returned units of
 * a line. The charge is allocated over the shipment's lines by value, and each line's share over its
 * units, so the shares of successive returns add up to the whole charge and never to more.
 */
export function shippingShare(order: Order, line: OrderLine, quantity: number): Money {
  if (line.delivery.kind !== 'ship') return 0;
  const shipmentId = line.delivery.shipmentId;
  const charge = order.charges.find(
    (c) => c.kind === 'shipping' && c.shipmentId === shipmentId && c.status === 'invoiced',
  );
  const share = charge?.shares?.find((s) => s.lineId === line.id);
  if (!share || share.units === 0) return 0;
  const unitShares = allocate(share.amount, new Array<number>(share.units).fill(1));
  const from = line.quantities.returned;
  return unitShares.slice(from, from + quantity).reduce((acc, part) => acc + part, 0);
}

/** The invoice that carried the shipping charge of the returned lines' shipment, if any. */
function shippingChargeInvoice(
  state: OrderState,
  selected: readonly { line: OrderLine }[],
): string | undefined {
  for (const { line } of selected) {
    if (line.delivery.kind !== 'ship') continue;
    const shipmentId = line.delivery.shipmentId;
    const charge = state.order.charges.find((c) => c.kind === 'shipping' && c.shipmentId === shipmentId);
    const invoice = charge && state.invoices.find((i) => i.charges.some((c) => c.chargeId === charge.id));
    if (invoice) return invoice.id;
  }
  return undefined;
}

/**
 * The credit clears what is still unpaid on the invoice first. The rest goes back to the tenders that
 * paid the invoice, newest first; a shipping refund the invoice cannot take goes to the tenders of the
 * invoice that carried the shipment's charge (a later partial shipment's invoice did not); what no
 * tender can take is paid out in cash. Each refund names the invoice whose payment it returns.
 */
function refundCredit(
  state: OrderState,
  invoice: Invoice,
  returnOrderId: string,
  credit: Money,
  chargeInvoiceId: string | undefined,
): LedgerEntryDraft[] {
  const earlierIds = new Set(state.returnOrders.filter((r) => r.invoiceId === invoice.id).map((r) => r.id));
  let earlierCredits = 0;
  let givenBack = 0;
  for (const r of state.returnOrders) if (earlierIds.has(r.id)) earlierCredits += r.total;
  for (const e of state.ledger) {
    if (
      (e.kind === 'refunded' || e.kind === 'paidOut') &&
      e.returnOrderId &&
      earlierIds.has(e.returnOrderId)
    ) {
      givenBack += e.amount;
    }
  }
  const paid = invoicePayments(state.ledger, invoice.id).reduce((acc, p) => acc + p.paid, 0);
  const unpaid = Math.max(0, invoice.total - paid - (earlierCredits - givenBack));
  let toRefund = credit - Math.min(credit, unpaid);

  const drafts: LedgerEntryDraft[] = [];
  const sources = [
    invoice.id,
    ...(chargeInvoiceId && chargeInvoiceId !== invoice.id ? [chargeInvoiceId] : []),
  ];
  for (const invoiceId of sources) {
    for (const payment of invoicePayments(state.ledger, invoiceId).reverse()) {
      if (toRefund === 0) break;
      const amount = Math.min(toRefund, payment.paid - payment.refunded);
      if (amount > 0) {
        drafts.push({
          kind: 'refunded',
          from: 'invoice',
          tender: payment.tender,
          amount,
          invoiceId,
          returnOrderId,
        });
        toRefund -= amount;
      }
    }
  }
  if (toRefund > 0) drafts.push({ kind: 'paidOut', amount: toRefund, returnOrderId });
  return drafts;
}
