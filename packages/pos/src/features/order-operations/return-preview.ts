import type { StoreOperationReply } from '@kassa/contracts';

/** Where a return's money goes (R-RET-2): back to a tender of the invoice, or paid out in cash. */
export interface RefundTo {
  readonly method: 'cash' | 'card';
  /** Paid out in cash because no tender of the invoice could take it (a shipping refund beyond it). */
  readonly paidOut: boolean;
  readonly amount: number;
}

/** The return order HQ's preview would make (its id is in `returnOrders`, its document in the order). */
function previewedReturn(preview: StoreOperationReply | undefined) {
  const id = preview?.returnOrders[0]?.id;
  return id === undefined ? undefined : preview?.order.returnOrders.find((returned) => returned.id === id);
}

/**
 * R-RET-3: HQ's proposal for the shipping refund: the returned units' share of their shipment's charge,
 * as the preview of a return without a shipping refund of the associate's own works it out.
 */
export function proposedShippingRefund(preview: StoreOperationReply | undefined): number | undefined {
  return previewedReturn(preview)?.shippingRefund;
}

/**
 * R-RET-2: where the previewed return's money goes, as HQ's ledger would record it, summed per method
 * (the customer hears "€259.00 back in cash", not one row per earlier cash hand-over), in ledger order.
 */
export function refundsOf(preview: StoreOperationReply | undefined): RefundTo[] {
  const id = previewedReturn(preview)?.id;
  if (!preview || id === undefined) return [];
  const sums = new Map<string, RefundTo>();
  for (const refund of refundEntries(preview, id)) {
    const key = `${refund.method}:${refund.paidOut}`;
    const before = sums.get(key);
    sums.set(key, before ? { ...before, amount: before.amount + refund.amount } : refund);
  }
  return [...sums.values()];
}

function refundEntries(preview: StoreOperationReply, id: string): RefundTo[] {
  return preview.order.ledger.flatMap((entry): RefundTo[] => {
    if (entry.kind === 'refunded' && entry.returnOrderId === id) {
      return [{ method: entry.tender.method, paidOut: false, amount: entry.amount }];
    }
    if (entry.kind === 'paidOut' && entry.returnOrderId === id) {
      return [{ method: 'cash', paidOut: true, amount: entry.amount }];
    }
    return [];
  });
}
