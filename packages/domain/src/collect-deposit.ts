import {
  checkAuthorizationAmount,
  checkDepositOverride,
  depositBlockers,
  depositRequirement,
} from './deposit.ts';
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
  payments?: readonly Payment[] | undefined;
  authorizations?: readonly Authorization[] | undefined;
  ctx: OperationContext;
}): DepositCollection | Refusal {
  const { state, order, ctx } = args;
  const payments = args.payments ?? [];
  const authorizations = args.authorizations ?? [];
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
  if (paidNow > 0 && before.depositAvailable + paidNow > requirement.open) {
    const open = Math.max(0, requirement.open - before.depositAvailable);
    return refuse('PAYMENT_ABOVE_TOTAL', `${paidNow} paid but only ${open} is open`, {
      field: 'payments',
      details: { open, paid: paidNow },
    });
  }
  const drafts: LedgerEntryDraft[] = [...depositPayments(payments), ...authorizationEntries(authorizations)];
  // R-EDT-3: what was paid beyond what is still to be delivered goes back.
  const overpaid = Math.max(0, before.depositAvailable - requirement.open);
  if (overpaid > 0) drafts.push(...refundDeposit(before, overpaid));
  const depositAvailable = before.depositAvailable + paidNow - overpaid;
  const unpaid = requirement.open - depositAvailable;

  const tooMuch = checkAuthorizationAmount(total(authorizations), unpaid - before.authorizationOpen);
  if (tooMuch) return tooMuch;
  const surplus = Math.max(0, before.authorizationOpen - unpaid);
  if (surplus > 0) drafts.push(...voidAuthorizations(before, surplus));

  const { blockers, toCollect } = depositBlockers({
    requirement,
    dueNow: 0,
    paid: before.depositPaid - before.depositRefunded + paidNow - overpaid,
    unpaid,
    depositAvailable,
    authorizationOpen: before.authorizationOpen - surplus + total(authorizations),
    paymentRequirement: ctx.profile.requirePaymentForFulfillment,
  });
  return { drafts, approvals, blockers, toCollect };
}
