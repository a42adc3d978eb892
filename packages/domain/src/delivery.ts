import { allocate } from './allocation.ts';
import { instantText } from './calendar.ts';
import type { Selected } from './guards.ts';
import { buildInvoice, type Invoice, type InvoiceKind } from './invoice.ts';
import { balances, type LedgerEntryDraft } from './ledger.ts';
import type { OperationContext, OrderState } from './operation.ts';
import {
  activeQuantity,
  type Charge,
  type ChargeShare,
  fulfillingLocation,
  linesOfShipment,
  lineValue,
  type Order,
  replaceLine,
  withQuantities,
} from './order.ts';
import type { Refusal } from './refusal.ts';
import { type InvoiceSettlement, type Payment, settleInvoice } from './settlement.ts';
import type { StockMovement } from './stock.ts';

export interface Delivered {
  readonly order: Order;
  readonly invoice: Invoice;
  readonly drafts: LedgerEntryDraft[];
  readonly stock: StockMovement[];
  readonly settlement: InvoiceSettlement;
}

/**
 * What a pickup (R-PCK-3, R-PCK-4) and a shipment (R-PCK-5) have in common: the units leave, become
 * delivered and invoiced on one invoice with the charges that go with them, their reservation is
 * consumed, and the invoice is paid by the available deposit, then the authorized cards, then the
 * payments tendered now.
 */
export function deliver(args: {
  state: OrderState;
  kind: Extract<InvoiceKind, 'pickup' | 'shipment'>;
  selected: readonly Selected[];
  charges: readonly Charge[];
  payments: readonly Payment[];
  collectedBy?: string;
  ctx: OperationContext;
}): Delivered | Refusal {
  const { state, ctx } = args;
  let order = state.order;
  const stock: StockMovement[] = [];
  for (const { line, quantity } of args.selected) {
    const q = line.quantities;
    const delivered = q.delivered + quantity;
    order = replaceLine(
      order,
      withQuantities(line, {
        delivered,
        invoiced: q.invoiced + quantity,
        // Handing goods over picks and packs them if nobody did before.
        picked: Math.max(q.picked, delivered),
        packed: Math.max(q.packed, delivered),
        reserved: q.reserved - quantity,
      }),
    );
    stock.push({
      kind: 'deliver',
      locationId: fulfillingLocation(state.order, line),
      productId: line.productId,
      quantity,
    });
  }
  const invoicedCharges = new Set(args.charges.map((charge) => charge.id));
  order = {
    ...order,
    charges: order.charges.map((charge) =>
      invoicedCharges.has(charge.id)
        ? { ...charge, status: 'invoiced' as const, shares: chargeShares(state.order, charge) }
        : charge,
    ),
  };

  const invoice = buildInvoice({
    id: ctx.newId(),
    orderId: order.id,
    kind: args.kind,
    ...(args.collectedBy !== undefined ? { collectedBy: args.collectedBy } : {}),
    issuedAt: instantText(ctx.now),
    locationId: ctx.locationId,
    lines: args.selected,
    charges: args.charges,
  });
  const settlement = settleInvoice(balances(state.ledger), invoice.id, invoice.total, args.payments);
  if ('ok' in settlement) return settlement;

  const linesTotal = invoice.lines.reduce((acc, line) => acc + line.amount, 0);
  const drafts: LedgerEntryDraft[] = [
    ...(invoice.lines.length > 0
      ? [{ kind: 'invoiced' as const, invoiceId: invoice.id, amount: linesTotal }]
      : []),
    ...args.charges.map(
      (charge): LedgerEntryDraft => ({
        kind: 'chargeInvoiced',
        invoiceId: invoice.id,
        chargeId: charge.id,
        code: charge.code,
        amount: charge.amount,
      }),
    ),
    ...settlement.entries,
  ];
  return { order, invoice, drafts, stock, settlement };
}

/**
 * R-MON-3: a shipping charge over its shipment's lines by value, as the shipment stands when the charge
 * is invoiced. Fixed then, so later edits and cancellations cannot make returns propose more than the charge.
 */
function chargeShares(order: Order, charge: Charge): ChargeShare[] {
  const lines = linesOfShipment(order, charge.shipmentId ?? '');
  if (lines.length === 0) return [];
  const amounts = allocate(
    charge.amount,
    lines.map((line) => lineValue(line, activeQuantity(line))),
  );
  return lines.map((line, index) => ({
    lineId: line.id,
    units: activeQuantity(line),
    amount: amounts[index] ?? 0,
  }));
}
