import { deliver } from '../delivery.ts';
import { checkOperation, type LineQuantity, lineGuards, selectLines } from '../guards.ts';
import { conclude, type OperationContext, type OrderState, type Outcome } from '../operation.ts';
import { type Decision, refuse } from '../refusal.ts';
import { type Payment, validatePayments } from '../settlement.ts';

export interface PickUpOrderInput {
  readonly lines: readonly LineQuantity[];
  /** R-PCK-6: who collected: the customer when absent, otherwise one of the order's named collectors. */
  readonly collectedBy?: string;
  /** Tendered now for what the deposit and authorized cards do not cover. */
  readonly payments?: readonly Payment[];
}

export type PickUpOutcome = Outcome & { readonly collectedBy: string };

/**
 * R-PCK-2..4: the customer (or someone they named) collects units of pickup lines at this store.
 * Partial pickups are allowed, as often as needed. Due = value of the units − deposit applied; an
 * authorized card is captured for it, the rest is paid now. The goods do not leave unpaid.
 */
export function pickUpOrder(
  state: OrderState,
  input: PickUpOrderInput,
  ctx: OperationContext,
): Decision<PickUpOutcome> {
  const { order } = state;
  const notAllowed = checkOperation(order, 'pickUp');
  if (notAllowed) return notAllowed;
  const selected = selectLines(order, input.lines);
  if ('ok' in selected) return selected;
  for (const [index, { line, quantity }] of selected.entries()) {
    const field = `lines[${index}].quantity`;
    const refusal =
      (line.delivery.kind !== 'pickup'
        ? refuse('NOT_A_PICKUP_LINE', `line ${line.id} (${line.productId}) is not to be picked up`, {
            field: `lines[${index}].lineId`,
          })
        : undefined) ??
      lineGuards.notCancelled(line, field) ??
      lineGuards.fulfilledAt(order, line, ctx.locationId, `lines[${index}].lineId`) ??
      lineGuards.withinOpen(line, quantity, field) ??
      lineGuards.reserved(line, quantity, field);
    if (refusal) return refusal;
  }
  const collectedBy = input.collectedBy?.trim() || 'customer';
  if (collectedBy !== 'customer' && !order.collectors.includes(collectedBy)) {
    return refuse(
      'COLLECTOR_NOT_AUTHORIZED',
      `${collectedBy} is not named on the order as someone who may collect it`,
      {
        field: 'collectedBy',
        details: { collectors: order.collectors.join(', ') },
      },
    );
  }
  const payments = input.payments ?? [];
  const invalid = validatePayments(payments, 'payments');
  if (invalid) return invalid;

  const delivered = deliver({ state, kind: 'pickup', selected, charges: [], payments, collectedBy, ctx });
  if ('ok' in delivered) return delivered;
  const { unpaid } = delivered.settlement;
  const blockers =
    unpaid > 0
      ? [
          refuse('PAYMENT_REQUIRED', `${unpaid} is due at pickup`, {
            field: 'payments',
            details: { due: unpaid },
          }),
        ]
      : [];
  const outcome = conclude(
    state,
    'pickUp',
    {
      order: delivered.order,
      drafts: delivered.drafts,
      invoices: [delivered.invoice],
      stock: delivered.stock,
      blockers,
      toCollect: unpaid,
    },
    ctx,
  );
  return { ...outcome, collectedBy };
}
