import type { Temporal } from 'temporal-polyfill';
import { instantText, type LocalDate, localDateAt } from './calendar.ts';
import { depositRequirement } from './deposit.ts';
import type { Invoice, ReturnOrder } from './invoice.ts';
import { balances, type LedgerEntry, type LedgerEntryDraft } from './ledger.ts';
import type { Money } from './money.ts';
import { type LocationId, type Order, orderTotal } from './order.ts';
import type { ChargeCode, CommerceParameters, FunctionalityProfile } from './parameters.ts';
import { type Approval, missingApprovals, type Permission } from './permissions.ts';
import { type Refusal, refuse } from './refusal.ts';
import { refundDeposit, voidAuthorizations } from './settlement.ts';
import { checkTransition, type OrderOperation, orderStatus } from './status.ts';
import type { StockMovement } from './stock.ts';

/** Everything an operation decides from besides the order: where, when, and the configuration in force there. */
export interface OperationContext {
  readonly now: Temporal.Instant;
  /** The store (or HQ's warehouse) where the operation happens. */
  readonly locationId: LocationId;
  /** Of that location: dates are dates there. */
  readonly timeZone: string;
  readonly parameters: CommerceParameters;
  /** The functionality profile the location has received (job 1070). */
  readonly profile: FunctionalityProfile;
  readonly chargeCodes: Readonly<Record<string, ChargeCode>>;
  readonly newId: () => string;
}

/** An order with everything that hangs off it. Operations never change one; they return the next. */
export interface OrderState {
  readonly order: Order;
  readonly ledger: readonly LedgerEntry[];
  readonly invoices: readonly Invoice[];
  readonly returnOrders: readonly ReturnOrder[];
}

/** The money an operation moves, as the associate sees it before confirming (the dry-run preview). */
export interface MoneyEffect {
  /** The order total after the operation. */
  readonly orderTotal: Money;
  /** Goods and charges invoiced by this operation. */
  readonly invoiced: Money;
  /** Of that, what the deposit does not cover: to be captured or paid now. */
  readonly due: Money;
  readonly depositApplied: Money;
  readonly captured: Money;
  /** Handed over now, as deposit or against an invoice. */
  readonly paidNow: Money;
  /** Given back now: refunds to tenders and cash paid out. */
  readonly refund: Money;
  /** A cancellation charge this operation sets. */
  readonly charge: Money;
  readonly authorized: Money;
  readonly voided: Money;
  /** Still to be paid before this operation can complete. */
  readonly toCollect: Money;
  /** The deposit required on what is still open after the operation (R-DEP-1). */
  readonly depositRequired: Money;
  /** What the customer owes on the whole order afterwards. */
  readonly balance: Money;
}

export interface Outcome {
  readonly ok: true;
  readonly operation: OrderOperation | 'create';
  readonly state: OrderState;
  /** New ledger entries, already part of `state.ledger`. */
  readonly entries: readonly LedgerEntry[];
  readonly invoices: readonly Invoice[];
  readonly returnOrders: readonly ReturnOrder[];
  readonly stock: readonly StockMovement[];
  readonly effect: MoneyEffect;
  /** Permissions needed beyond the operation's own (R-DEP-2, R-CAN-2, R-RET-3). */
  readonly approvals: readonly Approval[];
  /** What must be settled first (a deposit to collect, a card to authorize, a due amount to pay). */
  readonly blockers: readonly Refusal[];
}

/** The permission that lets an associate start each operation at all (R-SEC-1). */
export const OPERATION_PERMISSION: Record<OrderOperation | 'create', Permission> = {
  create: 'createOrder',
  convertQuote: 'createOrder',
  edit: 'editOrder',
  pick: 'pickUp',
  pack: 'pickUp',
  pickUp: 'pickUp',
  ship: 'pickUp',
  cancel: 'cancel',
  return: 'return',
};

/**
 * The one rule every tier applies before committing an outcome: every approval is granted (by the
 * associate's own permissions or a manager override) and nothing blocks it. Without a refusal here, the
 * outcome is exactly what gets stored.
 */
export function commitCheck(outcome: Outcome, granted: ReadonlySet<Permission>): Refusal | undefined {
  const [missing] = missingApprovals(outcome.approvals, granted);
  if (missing) {
    return refuse('APPROVAL_REQUIRED', `needs approval: ${missing.reason}`, {
      permission: missing.permission,
      details: { permission: missing.permission },
    });
  }
  return outcome.blockers[0];
}

export function today(ctx: OperationContext): LocalDate {
  return localDateAt(ctx.now, ctx.timeZone);
}

export function stamp(drafts: readonly LedgerEntryDraft[], ctx: OperationContext): LedgerEntry[] {
  const at = instantText(ctx.now);
  return drafts.map((draft) => ({ ...draft, id: ctx.newId(), at }) as LedgerEntry);
}

/**
 * Finishes every operation the same way: when nothing is left open, open authorizations are voided and
 * any deposit still held goes back to its tenders, so no money stays parked on a finished order.
 * Then the entries are stamped, the version moves on, the transition is checked against the process and
 * the money effect is summed from the entries themselves.
 */
export function conclude(
  before: OrderState | undefined,
  operation: OrderOperation | 'create',
  parts: {
    order: Order;
    drafts: readonly LedgerEntryDraft[];
    invoices?: readonly Invoice[];
    returnOrders?: readonly ReturnOrder[];
    stock?: readonly StockMovement[];
    approvals?: readonly Approval[];
    blockers?: readonly Refusal[];
    charge?: Money;
    toCollect?: Money;
  },
  ctx: OperationContext,
): Outcome {
  const priorLedger = before?.ledger ?? [];
  const drafts = [...parts.drafts];
  const statusAfter = orderStatus(parts.order);
  if (statusAfter === 'delivered' || statusAfter === 'cancelled') {
    const b = balances([...priorLedger, ...stamp(drafts, ctx)]);
    drafts.push(...voidAuthorizations(b), ...refundDeposit(b, b.depositAvailable));
  }
  const entries = stamp(drafts, ctx);
  const order = { ...parts.order, version: (before?.order.version ?? 0) + 1 };
  if (before) checkTransition(orderStatus(before.order), operation as OrderOperation, statusAfter);

  const state: OrderState = {
    order,
    ledger: [...priorLedger, ...entries],
    invoices: [...(before?.invoices ?? []), ...(parts.invoices ?? [])],
    returnOrders: [...(before?.returnOrders ?? []), ...(parts.returnOrders ?? [])],
  };
  const after = balances(state.ledger);
  const sumOf = (...kinds: LedgerEntry['kind'][]) =>
    entries.filter((entry) => kinds.includes(entry.kind)).reduce((acc, entry) => acc + amountOf(entry), 0);
  const invoiced = sumOf('invoiced', 'chargeInvoiced');
  const depositApplied = sumOf('depositApplied');
  const credited = state.returnOrders.reduce((acc, r) => acc + r.total, 0);

  return {
    ok: true,
    operation,
    state,
    entries,
    invoices: parts.invoices ?? [],
    returnOrders: parts.returnOrders ?? [],
    stock: parts.stock ?? [],
    effect: {
      orderTotal: orderTotal(order),
      invoiced,
      due: invoiced - depositApplied,
      depositApplied,
      captured: sumOf('cardCaptured'),
      paidNow: sumOf('depositPaid', 'balancePaid'),
      refund: sumOf('refunded', 'paidOut'),
      charge: parts.charge ?? 0,
      authorized: sumOf('cardAuthorized'),
      voided: sumOf('authorizationVoided'),
      toCollect: parts.toCollect ?? 0,
      depositRequired: order.type === 'quote' ? 0 : depositRequirement(order, ctx.parameters).required,
      balance: orderTotal(order) - credited - after.paid,
    },
    approvals: parts.approvals ?? [],
    blockers: parts.blockers ?? [],
  };
}

function amountOf(entry: LedgerEntry): Money {
  return entry.amount;
}
