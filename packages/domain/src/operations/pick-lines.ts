import { type LineQuantity, lineGuards } from '../guards.ts';
import { markLines } from '../mark-lines.ts';
import type { OperationContext, OrderState, Outcome } from '../operation.ts';
import { withQuantities } from '../order.ts';
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
  return markLines(state, input.lines, 'pick', ctx, ({ line, quantity }, index) => {
    const field = `lines[${index}].quantity`;
    const q = line.quantities;
    const unpicked = q.ordered - q.cancelled - q.picked;
    return (
      lineGuards.notCancelled(line, field) ??
      lineGuards.fulfilledAt(state.order, line, ctx.locationId, `lines[${index}].lineId`) ??
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
      lineGuards.reserved(line, quantity, field, q.picked - q.delivered) ??
      withQuantities(line, { picked: q.picked + quantity })
    );
  });
}
