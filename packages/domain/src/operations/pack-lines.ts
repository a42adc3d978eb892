import { type LineQuantity, lineGuards } from '../guards.ts';
import { markLines } from '../mark-lines.ts';
import type { OperationContext, OrderState, Outcome } from '../operation.ts';
import { withQuantities } from '../order.ts';
import { type Decision, refuse } from '../refusal.ts';

export interface PackLinesInput {
  readonly lines: readonly LineQuantity[];
}

/** R-PCK-1: packs units already picked here, ready for the customer or the carrier. */
export function packLines(
  state: OrderState,
  input: PackLinesInput,
  ctx: OperationContext,
): Decision<Outcome> {
  return markLines(state, input.lines, 'pack', ctx, ({ line, quantity }, index) => {
    const q = line.quantities;
    const unpacked = q.picked - q.packed;
    return (
      lineGuards.fulfilledAt(state.order, line, ctx.locationId, `lines[${index}].lineId`) ??
      (quantity > unpacked
        ? refuse(
            'QUANTITY_ABOVE_PICKED',
            `${quantity} of line ${line.id} asked, ${unpacked} picked and not packed`,
            {
              field: `lines[${index}].quantity`,
              details: { unpacked, requested: quantity },
            },
          )
        : undefined) ??
      withQuantities(line, { packed: q.packed + quantity })
    );
  });
}
