import { deliver } from '../delivery.ts';
import { checkOperation, type LineQuantity, lineGuards, selectLines } from '../guards.ts';
import { conclude, type OperationContext, type OrderState, type Outcome } from '../operation.ts';
import { linesOfShipment, openQuantity } from '../order.ts';
import { type Decision, refuse } from '../refusal.ts';
import { type Payment, validatePayments } from '../settlement.ts';

export interface ShipOrderInput {
  readonly shipmentId: string;
  /** The units that leave; all open units of the shipment when left out. */
  readonly lines?: readonly LineQuantity[];
  readonly payments?: readonly Payment[];
}

/**
 * R-PCK-5: ships units of a shipment from the location it leaves from, and invoices them. The shipment's charge is invoiced with its
 * first invoice. The available deposit is applied and authorized cards captured as at pickup; what
 * remains unpaid stays due on the invoice (the customer is not at the counter to pay it).
 */
export function shipOrder(
  state: OrderState,
  input: ShipOrderInput,
  ctx: OperationContext,
): Decision<Outcome> {
  const { order } = state;
  const notAllowed = checkOperation(order, 'ship');
  if (notAllowed) return notAllowed;
  if (!order.shipments.some((shipment) => shipment.id === input.shipmentId)) {
    return refuse('UNKNOWN_SHIPMENT', `shipmentId ${input.shipmentId} is not a shipment of the order`, {
      field: 'shipmentId',
    });
  }
  const requested =
    input.lines ??
    linesOfShipment(order, input.shipmentId)
      .filter((line) => openQuantity(line) > 0)
      .map((line) => ({ lineId: line.id, quantity: openQuantity(line) }));
  if (requested.length === 0) {
    return refuse('NO_LINES', `shipment ${input.shipmentId} has nothing left to ship`, {
      field: 'shipmentId',
      rule: 'R-PCK-5',
    });
  }
  const selected = selectLines(order, requested);
  if ('ok' in selected) return selected;
  for (const [index, { line, quantity }] of selected.entries()) {
    const field = `lines[${index}].quantity`;
    const refusal =
      (line.delivery.kind !== 'ship' || line.delivery.shipmentId !== input.shipmentId
        ? refuse(
            'NOT_A_SHIPPING_LINE',
            `line ${line.id} (${line.productId}) is not in shipment ${input.shipmentId}`,
            {
              field: `lines[${index}].lineId`,
            },
          )
        : undefined) ??
      lineGuards.notCancelled(line, field) ??
      lineGuards.fulfilledAt(order, line, ctx.locationId, 'shipmentId') ??
      lineGuards.withinOpen(line, quantity, field) ??
      lineGuards.reserved(line, quantity, field);
    if (refusal) return refusal;
  }
  const payments = input.payments ?? [];
  const invalid = validatePayments(payments, 'payments');
  if (invalid) return invalid;

  const charges = order.charges.filter(
    (charge) =>
      charge.kind === 'shipping' && charge.shipmentId === input.shipmentId && charge.status === 'open',
  );
  const delivered = deliver({ state, kind: 'shipment', selected, charges, payments, ctx });
  if ('ok' in delivered) return delivered;
  return conclude(
    state,
    'ship',
    {
      order: delivered.order,
      drafts: delivered.drafts,
      invoices: [delivered.invoice],
      stock: delivered.stock,
    },
    ctx,
  );
}
