import type { Money, Percent } from './money.ts';
import type { Charge, OrderLine } from './order.ts';
import { type VatLine, vatPerRate } from './vat.ts';

export interface InvoiceLine {
  readonly lineId: string;
  readonly productId: string;
  readonly description: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly vatRate: Percent;
  readonly amount: Money;
}

export interface InvoiceCharge {
  readonly chargeId: string;
  readonly code: string;
  readonly amount: Money;
  readonly vatRate: Percent;
}

/** Carry-out at creation, each pickup, each shipment, and a cancellation charge each give one. */
export type InvoiceKind = 'carryOut' | 'pickup' | 'shipment' | 'cancellation';

export interface Invoice {
  readonly id: string;
  readonly orderId: string;
  readonly kind: InvoiceKind;
  readonly issuedAt: string;
  /** The store (or warehouse) that delivered. */
  readonly locationId: string;
  readonly lines: readonly InvoiceLine[];
  readonly charges: readonly InvoiceCharge[];
  readonly total: Money;
  readonly vat: readonly VatLine[];
  /** R-PCK-6: who collected a pickup, as the receipt shows it. */
  readonly collectedBy?: string;
}

export interface ReturnOrderLine {
  readonly lineId: string;
  readonly productId: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly vatRate: Percent;
  readonly amount: Money;
}

/** A credit note against one invoice (R-RET-2). */
export interface ReturnOrder {
  readonly id: string;
  readonly orderId: string;
  readonly invoiceId: string;
  readonly reason: string;
  readonly createdAt: string;
  readonly locationId: string;
  readonly lines: readonly ReturnOrderLine[];
  readonly shippingRefund: Money;
  readonly shippingVatRate: Percent;
  readonly total: Money;
  readonly vat: readonly VatLine[];
}

export function buildInvoice(args: {
  id: string;
  orderId: string;
  kind: InvoiceKind;
  issuedAt: string;
  locationId: string;
  lines: readonly { line: OrderLine; quantity: number }[];
  charges: readonly Charge[];
  collectedBy?: string;
}): Invoice {
  const lines = args.lines.map(({ line, quantity }) => ({
    lineId: line.id,
    productId: line.productId,
    description: line.description,
    quantity,
    unitPrice: line.unitPrice,
    vatRate: line.vatRate,
    amount: line.unitPrice * quantity,
  }));
  const charges = args.charges.map((charge) => ({
    chargeId: charge.id,
    code: charge.code,
    amount: charge.amount,
    vatRate: charge.vatRate,
  }));
  const items = [...lines, ...charges];
  return {
    id: args.id,
    orderId: args.orderId,
    kind: args.kind,
    issuedAt: args.issuedAt,
    locationId: args.locationId,
    lines,
    charges,
    total: items.reduce((acc, item) => acc + item.amount, 0),
    vat: vatPerRate(items),
    ...(args.collectedBy !== undefined ? { collectedBy: args.collectedBy } : {}),
  };
}
