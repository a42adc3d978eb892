import { checkOperation, type LineQuantity, lineGuards, selectLines } from '../guards.ts';
import { conclude, type OperationContext, type OrderState, type Outcome } from '../operation.ts';
import { type Order, replaceLine, withQuantities } from '../order.ts';
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
  const notAllowed = checkOperation(state.order, 'pack');
  if (notAllowed) return notAllowed;
  const selected = selectLines(state.order, input.lines);
  if ('ok' in selected) return selected;

  let order: Order = state.order;
  for (const [index, { line, quantity }] of selected.entries()) {
    const field = `lines[${index}].quantity`;
    const q = line.quantities;
    const unpacked = q.picked - q.packed;
    const refusal =
      lineGuards.fulfilledAt(order, line, ctx.locationId, `lines[${index}].lineId`) ??
      (quantity > unpacked
        ? refuse(
            'QUANTITY_ABOVE_PICKED',
            `${quantity} of line ${line.id} asked, ${unpacked} picked and not packed`,
            {
              field,
              details: { unpacked, requested: quantity },
            },
          )
        : undefined);
    if (refusal) return refusal;
    order = replaceLine(order, withQuantities(line, { packed: q.packed + quantity }));
  }
  return conclude(state, 'pack', { order, drafts: [] }, ctx);
}
