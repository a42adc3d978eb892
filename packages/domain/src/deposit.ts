import { type Money, percentOf } from './money.ts';
import { lineValue, type Order, openQuantity } from './order.ts';
import type { CommerceParameters, PaymentRequirement } from './parameters.ts';
import { type Refusal, refuse } from './refusal.ts';

export interface DepositRequirement {
  /** What is still to be delivered by pickup or shipment: open lines and their open charges. */
  readonly base: Money;
  /** R-DEP-1: round(defaultDepositPercent × base). */
  readonly calculated: Money;
  /** The calculated deposit, or the override (R-DEP-2), never more than the base. */
  readonly required: Money;
  readonly overridden: boolean;
}

/**
 * R-DEP-1 for the part of the order still to be delivered. At creation that is every ship and pickup
 * line with its shipping charge; after pickups, shipments and edits it is what remains open, so an
 * edit recomputes the deposit on what the customer is still waiting for (R-EDT-3). The carry-out part
 * is not a deposit: it is paid in full on its own invoice.
 */
export function depositRequirement(order: Order, parameters: CommerceParameters): DepositRequirement {
  let base = 0;
  for (const line of order.lines) {
    if (line.delivery.kind !== 'carryOut') base += lineValue(line, openQuantity(line));
  }
  for (const charge of order.charges) if (charge.status === 'open') base += charge.amount;
  const calculated = percentOf(base, parameters.defaultDepositPercent);
  const overridden = order.depositOverride !== undefined;
  const required = Math.min(order.depositOverride ?? calculated, base);
  return { base, calculated, required, overridden };
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
 * R-DEP-3 and R-DEP-4: what still stands between an order and its completion. `dueNow` is what must be
 * paid in full besides the deposit (the carry-out lines at creation); `paid` is everything held towards
 * both. Returned as blockers so a preview can show them ("collect 12.50", "authorize a card for 40.00")
 * before the associate confirms.
 */
export function depositBlockers(args: {
  requirement: DepositRequirement;
  dueNow: Money;
  paid: Money;
  authorizationOpen: Money;
  paymentRequirement: PaymentRequirement;
}): Refusal[] {
  const { requirement, dueNow, paid, authorizationOpen } = args;
  const blockers: Refusal[] = [];
  const required = dueNow + requirement.required;
  if (paid < required) {
    const shortfall = required - paid;
    const details = { required, paid, shortfall };
    blockers.push(
      requirement.required === 0
        ? refuse('PAYMENT_REQUIRED', `${required} is due now; ${shortfall} more to pay`, {
            field: 'payments',
            details,
          })
        : refuse('DEPOSIT_BELOW_REQUIRED', `a deposit of ${required} is required; ${shortfall} more to pay`, {
            field: 'payments',
            details,
          }),
    );
  }
  const depositHeld = Math.max(0, paid - dueNow);
  const unsecured = requirement.base - depositHeld - authorizationOpen;
  if (args.paymentRequirement === 'CardRequired' && unsecured > 0) {
    blockers.push(
      refuse(
        'CARD_AUTHORIZATION_REQUIRED',
        `pay later is disabled: authorize a card for the remaining balance of ${unsecured}`,
        { field: 'authorizations', details: { amount: unsecured } },
      ),
    );
  }
  return blockers;
}
