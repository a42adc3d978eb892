import { checkDepositOverride, depositBlockers, depositRequirement } from './deposit.ts';
import { balances, type LedgerEntryDraft } from './ledger.ts';
import type { Money } from './money.ts';
import type { OperationContext, OrderState } from './operation.ts';
import type { Order } from './order.ts';
import type { Approval } from './permissions.ts';
import { type Refusal, refuse } from './refusal.ts';
import {
  type Authorization,
  authorizationEntries,
  depositPayments,
  type Payment,
  refundDeposit,
  total,
  validatePayments,
  voidAuthorizations,
} from './settlement.ts';

export interface DepositCollection {
  readonly drafts: LedgerEntryDraft[];
  readonly approvals: Approval[];
  readonly blockers: Refusal[];
  readonly toCollect: Money;
}

/**
 * R-DEP-1..4 and R-EDT-3 for an order that changed shape (an edit, a converted quote): the deposit is
 * recomputed on what is still open, the payments and authorizations tendered now are taken, what the
 * customer paid beyond the open part goes back to the deposit tenders, and authorizations beyond what
 * is left unpaid are voided. What is still short becomes a blocker with the amount to collect.
 */
export function collectDeposit(args: {
  state: OrderState;
  order: Order;
  payments: readonly Payment[];
  authorizations: readonly Authorization[];
  ctx: OperationContext;
}): DepositCollection | Refusal {
  const { state, order, payments, authorizations, ctx } = args;
  const invalid =
    validatePayments(payments, 'payments') ?? validatePayments(authorizations, 'authorizations');
  if (invalid) return invalid;

  const requirement = depositRequirement(order, ctx.parameters);
  if (order.depositOverride !== undefined && order.depositOverride !== state.order.depositOverride) {
    const outOfRange = checkDepositOverride(order.depositOverride, requirement.base, 'depositOverride');
    if (outOfRange) return outOfRange;
  }
  const approvals: Approval[] =
    requirement.overridden &&
    requirement.required !== requirement.calculated &&
    order.depositOverride !== state.order.depositOverride
      ? [
          {
            permission: 'overrideDeposit',
            reason: `override deposit (${requirement.calculated} → ${requirement.required})`,
          },
        ]
      : [];

  const before = balances(state.ledger);
  const paidNow = total(payments);
  const held = before.depositAvailable + paidNow;
  if (paidNow > 0 && held > requirement.base) {
    return refuse(
      'PAYMENT_ABOVE_TOTAL',
      `${paidNow} paid but only ${requirement.base - before.depositAvailable} is open`,
      {
        field: 'payments',
        details: { open: requirement.base - before.depositAvailable, paid: paidNow },
      },
    );
  }
  const drafts: LedgerEntryDraft[] = [...depositPayments(payments), ...authorizationEntries(authorizations)];
  const overpaid = Math.max(0, before.depositAvailable - requirement.base);
  if (overpaid > 0) drafts.push(...refundDeposit(before, overpaid));
  const depositHeld = held - overpaid;

  const authorizationOpen = before.authorizationOpen + total(authorizations);
  const needed = Math.max(0, requirement.base - depositHeld);
  const surplus = Math.min(before.authorizationOpen, Math.max(0, authorizationOpen - needed));
  if (surplus > 0) drafts.push(...voidAuthorizations(before, surplus));

  const blockers = depositBlockers({
    requirement,
    dueNow: 0,
    paid: depositHeld,
    authorizationOpen: authorizationOpen - surplus,
    paymentRequirement: ctx.profile.requirePaymentForFulfillment,
  });
  return { drafts, approvals, blockers, toCollect: Math.max(0, requirement.required - depositHeld) };
}
