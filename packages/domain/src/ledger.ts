import type { Money } from './money.ts';

export type TenderMethod = 'cash' | 'card';

/** One way the customer paid: a cash payment, or one card (its token at the payment connector). */
export interface Tender {
  readonly id: string;
  readonly method: TenderMethod;
  /**
   * A card's last four digits, as the processor named it when it was authorized: whichever store prints
   * a receipt of a later capture or refund on it can show them.
   */
  readonly last4?: string;
}

interface EntryBase {
  readonly id: string;
  readonly at: string;
}

/**
 * R-MON-5: every movement of money on an order, append-only. Balances are folds over these entries and
 * are never stored on their own.
 */
export type LedgerEntry = EntryBase &
  (
    | { readonly kind: 'depositPaid'; readonly tender: Tender; readonly amount: Money }
    | {
        readonly kind: 'balancePaid';
        readonly tender: Tender;
        readonly amount: Money;
        readonly invoiceId: string;
      }
    | { readonly kind: 'cardAuthorized'; readonly tender: Tender; readonly amount: Money }
    | {
        readonly kind: 'cardCaptured';
        readonly tender: Tender;
        readonly amount: Money;
        readonly invoiceId: string;
      }
    | { readonly kind: 'authorizationVoided'; readonly tender: Tender; readonly amount: Money }
    | {
        readonly kind: 'depositApplied';
        readonly tender: Tender;
        readonly amount: Money;
        readonly invoiceId: string;
      }
    /** Back to a tender: from the deposit it paid, or for a return against an invoice it paid. */
    | {
        readonly kind: 'refunded';
        readonly tender: Tender;
        readonly amount: Money;
        readonly from: 'deposit' | 'invoice';
        readonly invoiceId?: string;
        readonly returnOrderId?: string;
      }
    /** A return credit beyond what the invoice's tenders paid (R-RET-3 lets shipping refunds exceed it), paid out in cash. */
    | { readonly kind: 'paidOut'; readonly amount: Money; readonly returnOrderId: string }
    | { readonly kind: 'invoiced'; readonly invoiceId: string; readonly amount: Money }
    | {
        readonly kind: 'chargeInvoiced';
        readonly invoiceId: string;
        readonly chargeId: string;
        readonly code: string;
        readonly amount: Money;
      }
    | {
        readonly kind: 'credited';
        readonly invoiceId: string;
        readonly returnOrderId: string;
        readonly amount: Money;
      }
  );

export type LedgerEntryKind = LedgerEntry['kind'];

/** A ledger entry before it is stamped with its id and time. */
export type LedgerEntryDraft = LedgerEntry extends infer E
  ? E extends LedgerEntry
    ? Omit<E, 'id' | 'at'>
    : never
  : never;

export interface TenderBalance {
  readonly tender: Tender;
  /** Received on this tender: deposit, balance and captures. */
  readonly received: Money;
  readonly refunded: Money;
  readonly depositPaid: Money;
  readonly depositApplied: Money;
  readonly depositRefunded: Money;
  /** Deposit still held for goods not yet delivered (R-DEP-5: kept with its tender). */
  readonly depositAvailable: Money;
  readonly authorized: Money;
  readonly captured: Money;
  readonly voided: Money;
  /** Authorized and neither captured nor voided. */
  readonly authorizationOpen: Money;
}

export interface Balances {
  /** Net money the customer has given: received − refunded − paid out. */
  readonly paid: Money;
  readonly received: Money;
  readonly refunded: Money;
  readonly paidOut: Money;
  readonly depositPaid: Money;
  readonly depositApplied: Money;
  readonly depositRefunded: Money;
  readonly depositAvailable: Money;
  readonly authorizationOpen: Money;
  /** Invoiced goods and charges, less return credits. */
  readonly receivable: Money;
  /** Paid against invoices (balance, captures, deposit applied), less what returns gave back. */
  readonly settled: Money;
  /** Invoiced and not yet paid. */
  readonly due: Money;
  /** Per tender, in the order each tender first appeared. */
  readonly perTender: readonly TenderBalance[];
}

type MutableTenderBalance = { -readonly [K in keyof TenderBalance]: TenderBalance[K] };

export function balances(entries: readonly LedgerEntry[]): Balances {
  const perTender = new Map<string, MutableTenderBalance>();
  const tenderBalance = (tender: Tender) => {
    let balance = perTender.get(tender.id);
    if (!balance) {
      balance = {
        tender,
        received: 0,
        refunded: 0,
        depositPaid: 0,
        depositApplied: 0,
        depositRefunded: 0,
        depositAvailable: 0,
        authorized: 0,
        captured: 0,
        voided: 0,
        authorizationOpen: 0,
      };
      perTender.set(tender.id, balance);
    }
    return balance;
  };
  let paidOut = 0;
  let invoiced = 0;
  let credited = 0;
  let settledGross = 0;
  let returnRefunds = 0;

  for (const entry of entries) {
    switch (entry.kind) {
      case 'depositPaid': {
        const t = tenderBalance(entry.tender);
        t.received += entry.amount;
        t.depositPaid += entry.amount;
        break;
      }
      case 'balancePaid':
        tenderBalance(entry.tender).received += entry.amount;
        settledGross += entry.amount;
        break;
      case 'cardAuthorized':
        tenderBalance(entry.tender).authorized += entry.amount;
        break;
      case 'cardCaptured': {
        const t = tenderBalance(entry.tender);
        t.received += entry.amount;
        t.captured += entry.amount;
        settledGross += entry.amount;
        break;
      }
      case 'authorizationVoided':
        tenderBalance(entry.tender).voided += entry.amount;
        break;
      case 'depositApplied':
        tenderBalance(entry.tender).depositApplied += entry.amount;
        settledGross += entry.amount;
        break;
      case 'refunded': {
        const t = tenderBalance(entry.tender);
        t.refunded += entry.amount;
        if (entry.from === 'deposit') t.depositRefunded += entry.amount;
        else returnRefunds += entry.amount;
        break;
      }
      case 'paidOut':
        paidOut += entry.amount;
        break;
      case 'invoiced':
      case 'chargeInvoiced':
        invoiced += entry.amount;
        break;
      case 'credited':
        credited += entry.amount;
        break;
      default:
        return entry satisfies never;
    }
  }

  const tenders = [...perTender.values()].map((t) => ({
    ...t,
    depositAvailable: t.depositPaid - t.depositApplied - t.depositRefunded,
    authorizationOpen: t.authorized - t.captured - t.voided,
  }));
  const received = tenders.reduce((acc, t) => acc + t.received, 0);
  const refunded = tenders.reduce((acc, t) => acc + t.refunded, 0);
  const receivable = invoiced - credited;
  const settled = settledGross - returnRefunds - paidOut;
  return {
    paid: received - refunded - paidOut,
    received,
    refunded,
    paidOut,
    depositPaid: tenders.reduce((acc, t) => acc + t.depositPaid, 0),
    depositApplied: tenders.reduce((acc, t) => acc + t.depositApplied, 0),
    depositRefunded: tenders.reduce((acc, t) => acc + t.depositRefunded, 0),
    depositAvailable: tenders.reduce((acc, t) => acc + t.depositAvailable, 0),
    authorizationOpen: tenders.reduce((acc, t) => acc + t.authorizationOpen, 0),
    receivable,
    settled,
    due: receivable - settled,
    perTender: tenders,
  };
}

/** What each tender paid towards one invoice, and what returns against it already gave back. */
export function invoicePayments(
  entries: readonly LedgerEntry[],
  invoiceId: string,
): { tender: Tender; paid: Money; refunded: Money }[] {
  const byTender = new Map<string, { tender: Tender; paid: Money; refunded: Money }>();
  const of = (tender: Tender) => {
    let row = byTender.get(tender.id);
    if (!row) {
      row = { tender, paid: 0, refunded: 0 };
      byTender.set(tender.id, row);
    }
    return row;
  };
  for (const entry of entries) {
    if (
      (entry.kind === 'balancePaid' || entry.kind === 'cardCaptured' || entry.kind === 'depositApplied') &&
      entry.invoiceId === invoiceId
    ) {
      of(entry.tender).paid += entry.amount;
    } else if (entry.kind === 'refunded' && entry.from === 'invoice' && entry.invoiceId === invoiceId) {
      of(entry.tender).refunded += entry.amount;
    }
  }
  return [...byTender.values()];
}
