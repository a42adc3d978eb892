import { instantText } from '../calendar.ts';
import { checkOperation } from '../guards.ts';
import { buildInvoice, type Invoice } from '../invoice.ts';
import { balances, type LedgerEntryDraft } from '../ledger.ts';
import { isMoney, type Money, percentOf } from '../money.ts';
import { conclude, type OperationContext, type OrderState, type Outcome } from '../operation.ts';
import {
  type Charge,
  fulfillingLocation,
  lineValue,
  type Order,
  openQuantity,
  withQuantities,
} from '../order.ts';
import type { Approval } from '../permissions.ts';
import { type Decision, type Refusal, refuse } from '../refusal.ts';
import { type Payment, settleInvoice, validatePayments } from '../settlement.ts';
import { chargeCodeVat } from '../shipment.ts';
import type { StockMovement } from '../stock.ts';

export interface CancelOrderInput {
  /** R-CAN-2: another charge than the calculated one; needs `changeCancellationCharge`. */
  readonly chargeOverride?: Money;
  /** Tendered now when the charge exceeds the deposit (R-CAN-3). */
  readonly payments?: readonly Payment[];
}

/**
 * R-CAN-1..3: cancels every open quantity; what was delivered and invoiced stays. The cancellation
 * charge is a percentage of the cancelled value, invoiced under the cancellation charge code and paid
 * from the deposit; the rest of the deposit goes back to its tenders. Open card authorizations are voided,
 * reservations released, and a shipment none of whose lines left drops its shipping charge.
 */
export function cancelOrder(
  state: OrderState,
  input: CancelOrderInput,
  ctx: OperationContext,
): Decision<Outcome> {
  const before = state.order;
  const notAllowed = checkOperation(before, 'cancel');
  if (notAllowed) return notAllowed;
  const cancelledValue = before.lines.reduce((acc, line) => acc + lineValue(line, openQuantity(line)), 0);

  const calculated =
    before.type === 'quote' ? 0 : percentOf(cancelledValue, ctx.parameters.cancellationChargePercent);
  const chargeAmount = input.chargeOverride ?? calculated;
  if (!isMoney(chargeAmount) || chargeAmount < 0 || chargeAmount > cancelledValue) {
    return refuse(
      'CANCELLATION_CHARGE_OUT_OF_RANGE',
      `the cancellation charge must be from 0 to ${cancelledValue}`,
      {
        field: 'chargeOverride',
        details: { minimum: 0, maximum: cancelledValue },
      },
    );
  }
  const payments = input.payments ?? [];
  const invalid = validatePayments(payments, 'payments');
  if (invalid) return invalid;
  const approvals: Approval[] =
    chargeAmount !== calculated
      ? [
          {
            permission: 'changeCancellationCharge',
            reason: `change the cancellation charge (${calculated} → ${chargeAmount})`,
          },
        ]
      : [];

  const stock: StockMovement[] = [];
  const lines = before.lines.map((line) => {
    const q = line.quantities;
    if (openQuantity(line) === 0) return line;
    if (q.reserved > 0) {
      stock.push({
        kind: 'release',
        locationId: fulfillingLocation(before, line),
        productId: line.productId,
        quantity: q.reserved,
      });
    }
    // Picked and packed units that did not leave go back to the shelf with the cancellation.
    return withQuantities(line, {
      cancelled: q.ordered - q.delivered,
      picked: q.delivered,
      packed: q.delivered,
      reserved: 0,
    });
  });
  // An open shipping charge means none of its shipment's lines was shipped: the charge drops.
  const charges = before.charges.map((charge) =>
    charge.kind === 'shipping' && charge.status === 'open'
      ? { ...charge, status: 'dropped' as const }
      : charge,
  );
  let order: Order = { ...before, lines, charges };

  const invoices: Invoice[] = [];
  const drafts: LedgerEntryDraft[] = [];
  const blockers: Refusal[] = [];
  let toCollect = 0;
  if (chargeAmount > 0) {
    const code = ctx.parameters.cancellationChargeCode;
    const charge: Charge = {
      id: ctx.newId(),
      kind: 'cancellation',
      code,
      amount: chargeAmount,
      vatRate: chargeCodeVat(ctx.chargeCodes, code),
      status: 'invoiced',
    };
    order = { ...order, charges: [...order.charges, charge] };
    const invoice = buildInvoice({
      id: ctx.newId(),
      orderId: order.id,
      kind: 'cancellation',
      issuedAt: instantText(ctx.now),
      locationId: ctx.locationId,
      lines: [],
      charges: [charge],
    });
    invoices.push(invoice);
    const settlement = settleInvoice(balances(state.ledger), invoice.id, chargeAmount, payments, {
      capture: false,
    });
    if ('ok' in settlement) return settlement;
    drafts.push(
      { kind: 'chargeInvoiced', invoiceId: invoice.id, chargeId: charge.id, code, amount: chargeAmount },
      ...settlement.entries,
    );
    toCollect = settlement.unpaid;
    if (toCollect > 0) {
      blockers.push(
        refuse('PAYMENT_REQUIRED', `the cancellation charge exceeds the deposit: ${toCollect} is due now`, {
          field: 'payments',
          details: { due: toCollect },
          rule: 'R-CAN-3',
        }),
      );
    }
  } else if (payments.length > 0) {
    return refuse('PAYMENT_ABOVE_DUE', 'nothing is due on this cancellation', { field: 'payments' });
  }

  return conclude(
    state,
    'cancel',
    { order, drafts, invoices, stock, approvals, blockers, toCollect, charge: chargeAmount },
    ctx,
  );
}
