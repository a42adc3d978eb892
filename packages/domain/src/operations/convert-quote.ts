import { compareDates } from '../calendar.ts';
import { collectDeposit } from '../collect-deposit.ts';
import { checkOperation } from '../guards.ts';
import type { Money } from '../money.ts';
import { checkDate, claimStock, StockCounter } from '../new-line.ts';
import { conclude, type OperationContext, type OrderState, type Outcome, today } from '../operation.ts';
import { fulfillingLocation, type Order, type OrderLine, openQuantity, withQuantities } from '../order.ts';
import { type Decision, refuse } from '../refusal.ts';
import type { Authorization, Payment } from '../settlement.ts';
import type { StockAvailability, StockMovement } from '../stock.ts';

export interface ConvertQuoteInput {
  readonly availability: StockAvailability;
  /** The associate accepted backorders where stock is short (R-CRE-6). */
  readonly backorder?: boolean;
  readonly depositOverride?: Money;
  readonly payments?: readonly Payment[];
  readonly authorizations?: readonly Authorization[];
}

/** R-CRE-5: a quote expires at the end of its expiry date in the store's time zone. */
export function isQuoteExpired(order: Order, date: string): boolean {
  return (
    order.type === 'quote' &&
    order.quoteExpiresOn !== undefined &&
    compareDates(date, order.quoteExpiresOn) > 0
  );
}

/**
 * R-CRE-5: an unexpired quote becomes a customer order at the prices quoted (R-EDT-2), reserving stock
 * and taking the deposit as a new order would. Dates that have passed since the quote must be edited first.
 */
export function convertQuote(
  state: OrderState,
  input: ConvertQuoteInput,
  ctx: OperationContext,
): Decision<Outcome> {
  const quote = state.order;
  const notAllowed = checkOperation(quote, 'convertQuote');
  if (notAllowed) return notAllowed;
  const date = today(ctx);
  if (isQuoteExpired(quote, date)) {
    return refuse('QUOTE_EXPIRED', `the quote expired at the end of ${quote.quoteExpiresOn}`, {
      details: { expiredOn: quote.quoteExpiresOn ?? '' },
    });
  }
  // Lines removed from the quote stay on it as cancelled; only what is still quoted is checked and reserved.
  const quoted = (line: OrderLine) => openQuantity(line) > 0;
  for (const [index, shipment] of quote.shipments.entries()) {
    const used = quote.lines.some(
      (line) => quoted(line) && line.delivery.kind === 'ship' && line.delivery.shipmentId === shipment.id,
    );
    const refusal = used && checkDate(shipment.requestedDate, date, `shipments[${index}].requestedDate`);
    if (refusal) return refusal;
  }
  const counter = new StockCounter(input.availability);
  const stock: StockMovement[] = [];
  const lines: OrderLine[] = [];
  for (const [index, line] of quote.lines.entries()) {
    if (!quoted(line)) {
      lines.push(line);
      continue;
    }
    if (line.delivery.kind === 'pickup') {
      const refusal = checkDate(line.delivery.date, date, `lines[${index}].delivery.date`);
      if (refusal) return refusal;
    }
    const claim = claimStock({
      counter,
      line,
      locationId: fulfillingLocation(quote, line),
      quantity: openQuantity(line),
      backorder: input.backorder === true,
      field: `lines[${index}]`,
    });
    if ('ok' in claim) return claim;
    stock.push(...claim.movements);
    lines.push(withQuantities(line, { reserved: claim.reserved }));
  }
  const { quoteExpiresOn: _expiry, ...rest } = quote;
  const order: Order = {
    ...rest,
    type: 'customerOrder',
    depositPercent: ctx.parameters.defaultDepositPercent,
    lines,
    ...(input.depositOverride !== undefined ? { depositOverride: input.depositOverride } : {}),
  };
  const collection = collectDeposit({
    state,
    order,
    payments: input.payments,
    authorizations: input.authorizations,
    ctx,
  });
  if ('ok' in collection) return collection;
  return conclude(state, 'convertQuote', { order, stock, ...collection }, ctx);
}
