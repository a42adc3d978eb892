import type { RtsOrder } from '@kassa/contracts';

/** One change to the order as HQ's history keeps it (R-SEC-3): what, who, when, where, approved by whom. */
export interface OrderHistoryEntry {
  readonly at: string;
  readonly operation: string;
  readonly staffId: string | null;
  readonly approvedBy: string | null;
  readonly locationId: string;
  readonly registerId: string | null;
}

/**
 * An order as `GET /api/orders/{id}` answers it: RtsOrder with what HQ adds to it when read (its
 * history, its creation instant, each line's status). An order the store made itself and HQ has not yet
 * has no history there.
 */
export type OrderDetails = RtsOrder & {
  readonly createdAt?: string;
  readonly history?: readonly OrderHistoryEntry[];
  readonly lines: readonly (RtsOrder['lines'][number] & { readonly status?: string })[];
};

/** The deposit paid so far, over every tender (R-DEP-*). */
export const depositPaid = (order: RtsOrder): number =>
  order.money.perTender.reduce((sum, tender) => sum + tender.depositPaid, 0);

/** An invoice's number by its id, for the ledger and returns that name it; its id until HQ numbers it. */
export function invoiceNumberOf(order: RtsOrder, invoiceId: string | undefined): string {
  if (!invoiceId) return '';
  return order.invoices.find((invoice) => invoice.id === invoiceId)?.number ?? invoiceId;
}
