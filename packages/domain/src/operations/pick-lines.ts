import { checkOperation, type LineQuantity, lineGuards, selectLines } from '../guards.ts';
import { conclude, type OperationContext, type OrderState, type Outcome } from '../operation.ts';
import { type Order, replaceLine, withQuantities } from '../order.ts';
import { type Decision, refuse } from '../refusal.ts';

export interface PickLinesInput {
  readonly lines: readonly LineQuantity[];
}

/**
 * R-PCK-1: marks units of pickup and shipping lines fulfilled here as picked. A unit is picked once:
 * the second associate to pick the same units is refused, which is what stops two people from taking
 * the same goods off the shelf.
 */
export function pickLines(
  state: OrderState,
  input: PickLinesInput,
  ctx: OperationContext,
): Decision<Outcome> {
  const notAllowed = checkOperation(state.order, 'pick');
  if (notAllowed) return notAllowed;
  const selected = selectLines(state.order, input.lines);
  if ('ok' in selected) return selected;

  let order: Order = state.order;
  for (const [index, { line, quantity }] of selected.entries()) {
    const field = `lines[${index}].quantity`;
    const q = line.quantities;
    const unpicked = q.ordered - q.cancelled - q.picked;
    const refusal =
      lineGuards.notCancelled(line, field) ??
      lineGuards.fulfilledAt(order, line, ctx.locationId, `lines[${index}].lineId`) ??
      (quantity > unpicked
        ? refuse(
            'QUANTITY_ABOVE_UNPICKED',
            `${quantity} of line ${line.id} asked, ${unpicked} left to pick`,
            {
              field,
              details: { unpicked, requested: quantity },
            },
          )
        : undefined) ??
      lineGuards.reserved(line, quantity, field, q.picked - q.delivered);
    if (refusal) return refusal;
    order = replaceLine(order, withQuantities(line, { picked: q.picked + quantity }));
  }
  return conclude(state, 'pick', { order, drafts: [] }, ctx);
}
