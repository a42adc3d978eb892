import { type Money, percentOf } from './money.ts';
import { activeQuantity, lineValue, type Order, openQuantity } from './order.ts';
import type { CommerceParameters, PaymentRequirement } from './parameters.ts';
import { type Refusal, refuse } from './refusal.ts';

export interface DepositRequirement {
  /** R-DEP-1's base: the ship and pickup lines (delivered or still open, not cancelled) and their shipping charges. */
  readonly base: Money;
  /** Of the base, what is still to be delivered: open lines and charges not yet invoiced. */
  readonly open: Money;
  /** R-DEP-1: round(deposit percent × base), with the percent in force when the order was made. */
  readonly calculated: Money;
  /** The calculated deposit, or the override (R-DEP-2), never more than the base. */
  readonly required: Money;
  readonly overridden: boolean;
}

/**
 * R-DEP-1 on the whole ship and pickup part of the order, so a deposit that a pickup has since applied
 * still counts as paid: an edit after a partial pickup asks only for the deposit on what it added
 * (R-EDT-3). The carry-out part is not a deposit: it is paid in full on its own invoice.
 */
export function depositRequirement(order: Order, parameters: CommerceParameters): DepositRequirement {
  let base = 0;
  let open = 0;
  for (const line of order.lines) {
    if (line.delivery.kind === 'carryOut') continue;
    base += lineValue(line, activeQuantity(line));
    open += lineValue(line, openQuantity(line));
  }
  for (const charge of order.charges) {
    if (charge.kind !== 'shipping' || charge.status === 'dropped') continue;
    base += charge.amount;
    if (charge.status === 'open') open += charge.amount;
  }
  const calculated = percentOf(base, order.depositPercent ?? parameters.defaultDepositPercent);
  const overridden = order.depositOverride !== undefined;
  const required = Math.min(order.depositOverride ?? calculated, base);
  return { base, open, calculated, required, overridden };
}

/** R-DEP-2: an override is an amount from 0 up to the ship and pickup part of the order. */
export function checkDepositOverride(amount: Money, base: Money, field: string): Refusal | undefined {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > base) {
    return refuse('DEPOSIT_OVERRIDE_OUT_OF_RANGE', `deposit override must be from 0 to ${base}`, {
      field,
      details: { minimum: 0, maximum: base },
    });
  }
  return undefined;
}

/**
 * R-DEP-3 and R-DEP-4: what still stands between an order and its completion, as blockers a preview can
 * show ("collect 12.50", "authorize a card for 40.00") before the associate confirms.
 *
 * `dueNow` must be paid in full besides the deposit (the carry-out lines at creation); `paid` is all that
 * counts towards both, including deposit already applied to pickups; `unpaid` is what of `dueNow` and the
 * open part is not paid yet, which caps the shortfall; `depositAvailable` is the deposit still held.
 */
export function depositBlockers(args: {
  requirement: DepositRequirement;
  dueNow: Money;
  paid: Money;
  unpaid: Money;
  depositAvailable: Money;
  authorizationOpen: Money;
  paymentRequirement: PaymentRequirement;
}): { blockers: Refusal[]; toCollect: Money } {
  const { requirement, dueNow, paid } = args;
  const blockers: Refusal[] = [];
  const required = dueNow + requirement.required;
  const shortfall = Math.max(0, Math.min(required - paid, args.unpaid));
  if (shortfall > 0) {
    const details = { required, paid, shortfall };
    blockers.push(
      requirement.required === 0
        ? refuse('PAYMENT_REQUIRED', `${required} is due now; ${shortfall} more to pay`, {
            field: 'payments',
            details,
            rule: 'R-DEP-3',
          })
        : refuse('DEPOSIT_BELOW_REQUIRED', `a deposit of ${required} is required; ${shortfall} more to pay`, {
            field: 'payments',
            details,
          }),
    );
  }
  const unsecured = requirement.open - args.depositAvailable - args.authorizationOpen;
  if (args.paymentRequirement === 'CardRequired' && unsecured > 0) {
    blockers.push(
      refuse(
        'CARD_AUTHORIZATION_REQUIRED',
        `pay later is disabled: authorize a card for the remaining balance of ${unsecured}`,
        { field: 'authorizations', details: { amount: unsecured } },
      ),
    );
  }
  return { blockers, toCollect: shortfall };
}

/** R-DEP-4: a card is authorized for at most what is left to pay; more would hold the customer's money for nothing. */
export function checkAuthorizationAmount(authorized: Money, unpaid: Money): Refusal | undefined {
  if (authorized > Math.max(0, unpaid)) {
    return refuse(
      'PAYMENT_ABOVE_TOTAL',
      `${authorized} authorized but only ${Math.max(0, unpaid)} is left to pay`,
      {
        field: 'authorizations',
        details: { unpaid: Math.max(0, unpaid), authorized },
        rule: 'R-DEP-4',
      },
    );
  }
  return undefined;
}
