import type { Balances, LedgerEntryDraft, Tender, TenderBalance } from './ledger.ts';
import { isMoney, type Money } from './money.ts';
import { type Refusal, refuse } from './refusal.ts';

/** Money handed over now: cash, or a card charged on the spot. */
export interface Payment {
  readonly tender: Tender;
  readonly amount: Money;
}

/** A card held for a later capture (R-DEP-4). */
export interface Authorization {
  readonly tender: Tender;
  readonly amount: Money;
}

export function validatePayments(
  payments: readonly Payment[],
  field: 'payments' | 'authorizations',
): Refusal | undefined {
  for (const [index, payment] of payments.entries()) {
    if (!isMoney(payment.amount) || payment.amount <= 0) {
      return refuse('INVALID_AMOUNT', `${field}[${index}].amount must be a positive amount in minor units`, {
        field: `${field}[${index}].amount`,
      });
    }
    if (field === 'authorizations' && payment.tender.method !== 'card') {
      return refuse('AUTHORIZATION_NOT_BY_CARD', 'only a card can be authorized for a later capture', {
        field: `${field}[${index}].tender`,
      });
    }
  }
  return undefined;
}

export function total(payments: readonly { amount: Money }[]): Money {
  return payments.reduce((acc, payment) => acc + payment.amount, 0);
}

/**
 * Takes `amount` from the tenders in the order given, each up to what `available` says it has.
 * Deposits are applied oldest tender first, so what is later refunded goes back to the newest tenders.
 */
function drawFrom(
  tenders: readonly TenderBalance[],
  available: (t: TenderBalance) => Money,
  amount: Money,
): { tender: Tender; amount: Money }[] {
  let left = amount;
  const draws: { tender: Tender; amount: Money }[] = [];
  for (const t of tenders) {
    if (left === 0) break;
    const take = Math.min(left, available(t));
    if (take > 0) {
      draws.push({ tender: t.tender, amount: take });
      left -= take;
    }
  }
  if (left !== 0) throw new Error(`cannot draw ${amount}: ${left} short`);
  return draws;
}

/** R-PCK-3: deposit applied to an invoice, oldest deposit first. */
export function applyDeposit(b: Balances, amount: Money, invoiceId: string): LedgerEntryDraft[] {
  return drawFrom(b.perTender, (t) => t.depositAvailable, amount).map((draw) => ({
    kind: 'depositApplied',
    invoiceId,
    ...draw,
  }));
}

/** R-DEP-4: open card authorizations captured for an invoice, oldest first. */
export function captureAuthorizations(b: Balances, amount: Money, invoiceId: string): LedgerEntryDraft[] {
  return drawFrom(b.perTender, (t) => t.authorizationOpen, amount).map((draw) => ({
    kind: 'cardCaptured',
    invoiceId,
    ...draw,
  }));
}

/** Voids `amount` of the open authorizations, newest first (all of them when no amount is given). */
export function voidAuthorizations(b: Balances, amount: Money = b.authorizationOpen): LedgerEntryDraft[] {
  return drawFrom([...b.perTender].reverse(), (t) => t.authorizationOpen, amount).map((draw) => ({
    kind: 'authorizationVoided',
    ...draw,
  }));
}

/** R-DEP-5: deposit refunded to the tenders that paid it, newest first. */
export function refundDeposit(b: Balances, amount: Money): LedgerEntryDraft[] {
  return drawFrom([...b.perTender].reverse(), (t) => t.depositAvailable, amount).map((draw) => ({
    kind: 'refunded',
    from: 'deposit',
    ...draw,
  }));
}

export function depositPayments(payments: readonly Payment[]): LedgerEntryDraft[] {
  return payments.map((payment) => ({ kind: 'depositPaid', tender: payment.tender, amount: payment.amount }));
}

export function authorizationEntries(authorizations: readonly Authorization[]): LedgerEntryDraft[] {
  return authorizations.map((a) => ({ kind: 'cardAuthorized', tender: a.tender, amount: a.amount }));
}

export interface InvoiceSettlement {
  readonly entries: LedgerEntryDraft[];
  readonly depositApplied: Money;
  readonly captured: Money;
  readonly paidNow: Money;
  /** Left unpaid on the invoice after deposit, captures and the payments tendered. */
  readonly unpaid: Money;
}

/**
 * R-PCK-3 and R-PCK-5: an invoice is paid by the available deposit first (deposit applied = the smaller
 * of the two), then by capturing authorized cards, then by what is tendered now. Tendering more than is
 * left is refused: change is the till's business, not the order's. A cancellation charge captures no
 * card (R-CAN-3 voids them): `capture: false`.
 */
export function settleInvoice(
  b: Balances,
  invoiceId: string,
  amount: Money,
  payments: readonly Payment[],
  { capture = true }: { capture?: boolean } = {},
): InvoiceSettlement | Refusal {
  const depositApplied = Math.min(b.depositAvailable, amount);
  const captured = capture ? Math.min(b.authorizationOpen, amount - depositApplied) : 0;
  const left = amount - depositApplied - captured;
  const paidNow = total(payments);
  if (paidNow > left) {
    return refuse('PAYMENT_ABOVE_DUE', `${paidNow} tendered but only ${left} is due`, {
      field: 'payments',
      details: { due: left, tendered: paidNow },
    });
  }
  return {
    entries: [
      ...applyDeposit(b, depositApplied, invoiceId),
      ...captureAuthorizations(b, captured, invoiceId),
      ...payments.map(
        (payment): LedgerEntryDraft => ({
          kind: 'balancePaid',
          invoiceId,
          tender: payment.tender,
          amount: payment.amount,
        }),
      ),
    ],
    depositApplied,
    captured,
    paidNow,
    unpaid: left - paidNow,
  };
}
