import type { RtsOrder } from '@kassa/contracts';

/** A line of an invoice that can still come back, with the most that may be returned of it now. */
export interface ReturnableLine {
  readonly lineId: string;
  readonly productId: string;
  readonly description: string;
  readonly unitPrice: number;
  readonly invoiced: number;
  readonly returnable: number;
}

/** An invoice of goods with what can still be returned against it. */
export interface ReturnableInvoice {
  readonly invoiceId: string;
  /** HQ's invoice number; its id until HQ numbers it. */
  readonly number: string;
  readonly kind: RtsOrder['invoices'][number]['kind'];
  readonly issuedAt: string;
  readonly lines: readonly ReturnableLine[];
}

/**
 * R-RET-1: per invoice of goods (a cancellation invoice holds none), its lines with what was invoiced on
 * it minus what return orders against that same invoice took back already, as HQ counts it
 * (`returnOrder` in the domain). Invoices and lines with nothing left to return are left out.
 */
export function returnableInvoices(
  order: Pick<RtsOrder, 'invoices' | 'returnOrders' | 'lines'>,
): ReturnableInvoice[] {
  return order.invoices.flatMap((invoice) => {
    if (invoice.kind === 'cancellation') return [];
    const earlier = order.returnOrders.filter((returned) => returned.invoiceId === invoice.id);
    const lines = invoice.lines.flatMap((invoiced): ReturnableLine[] => {
      const returned = earlier
        .flatMap((returnOrder) => returnOrder.lines)
        .filter((line) => line.lineId === invoiced.lineId)
        .reduce((sum, line) => sum + line.quantity, 0);
      const returnable = invoiced.quantity - returned;
      if (returnable <= 0) return [];
      const orderLine = order.lines.find((line) => line.id === invoiced.lineId);
      return [
        {
          lineId: invoiced.lineId,
          productId: invoiced.productId,
          description: orderLine?.description ?? invoiced.description,
          unitPrice: invoiced.unitPrice,
          invoiced: invoiced.quantity,
          returnable,
        },
      ];
    });
    return lines.length > 0
      ? [
          {
            invoiceId: invoice.id,
            number: invoice.number ?? invoice.id,
            kind: invoice.kind,
            issuedAt: invoice.issuedAt,
            lines,
          },
        ]
      : [];
  });
}

/** The order's details offer a return when some invoiced unit has not come back yet (R-RET-1). */
export function hasReturnableQuantities(
  order: Pick<RtsOrder, 'invoices' | 'returnOrders' | 'lines'>,
): boolean {
  return returnableInvoices(order).length > 0;
}

/**
 * A typed quantity to return: a whole number from 0 up to what is returnable, else undefined. Empty is
 * 0: most lines of an invoice usually stay with the customer.
 */
export function returnQuantityOf(text: string, returnable: number): number | undefined {
  if (text.trim() === '') return 0;
  if (!/^\s*\d{1,6}\s*$/.test(text)) return undefined;
  const quantity = Number(text);
  return quantity <= returnable ? quantity : undefined;
}
