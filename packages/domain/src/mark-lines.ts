import { checkOperation, type LineQuantity, type Selected, selectLines } from './guards.ts';
import { conclude, type OperationContext, type OrderState, type Outcome } from './operation.ts';
import { type Order, type OrderLine, replaceLine } from './order.ts';
import type { Decision, Refusal } from './refusal.ts';

/**
 * Picking and packing share their shape (R-PCK-1): the operation must be allowed, each named line
 * passes its guards and gets its new count, and one refusal leaves the whole order as it was. No money
 * moves.
 */
export function markLines(
  state: OrderState,
  lines: readonly LineQuantity[],
  operation: 'pick' | 'pack',
  ctx: OperationContext,
  mark: (selected: Selected, index: number) => OrderLine | Refusal,
): Decision<Outcome> {
  const notAllowed = checkOperation(state.order, operation);
  if (notAllowed) return notAllowed;
  const selected = selectLines(state.order, lines);
  if ('ok' in selected) return selected;

  let order: Order = state.order;
  for (const [index, selection] of selected.entries()) {
    const marked = mark(selection, index);
    if ('ok' in marked) return marked;
    order = replaceLine(order, marked);
  }
  return conclude(state, operation, { order, drafts: [] }, ctx);
}
