import { z } from 'zod';
import { LocalDate, Money, NonNegativeMoney, Percent } from './common.ts';
import { RtsOrderStatus } from './rts-operation-reply.ts';

/**
 * R-RCP-1: the operations that give the customer a receipt; an edit gives one when it took or gave back
 * money (decision 0018).
 */
export const ReceiptKind = z.enum(['create', 'pickup', 'cancel', 'return', 'edit']);
export type ReceiptKind = z.infer<typeof ReceiptKind>;

export const ReceiptAddress = z.object({
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

/** How the line's goods reach the customer (R-CRE-2), with the names and dates the customer needs. */
export const ReceiptDelivery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('carryOut') }),
  z.object({ kind: z.literal('pickup'), storeId: z.string(), storeName: z.string(), date: LocalDate }),
  z.object({
    kind: z.literal('ship'),
    shipmentId: z.string(),
    address: ReceiptAddress,
    modeOfDelivery: z.string(),
    modeOfDeliveryName: z.string(),
    requestedDate: LocalDate,
  }),
]);
export type ReceiptDelivery = z.infer<typeof ReceiptDelivery>;

/**
 * A line as far as this operation concerns it: on a create receipt the whole line, on an edit's the whole
 * line as the order stands after it, on a pickup the units picked up now, on a cancel the units cancelled
 * now, on a return the units returned. `amount` is what the operation moves on the customer's bill:
 * positive for what is charged (a create's or an edit's whole order), negative for what a return credits,
 * 0 for cancelled units (never invoiced, so nothing is given back for them: the deposit's refund is a
 * tender row), so a receipt's lines and charges add up to its `total`.
 */
export const ReceiptLine = z.object({
  lineId: z.string(),
  sku: z.string(),
  description: z.string(),
  quantity: z.number().int().positive(),
  unitPrice: Money,
  amount: Money,
  vatRate: Percent,
  delivery: ReceiptDelivery,
});
export type ReceiptLine = z.infer<typeof ReceiptLine>;

/**
 * A charge this receipt covers, signed like a line: a shipping charge on the order (or dropped by a
 * cancellation, 0), a cancellation charge, or a shipping refund of a return (negative). A shipping
 * refund names the shipping charge it refunds when the order has one.
 */
export const ReceiptCharge = z.object({
  chargeId: z.string().nullable(),
  kind: z.enum(['shipping', 'cancellation', 'shippingRefund']),
  code: z.string().nullable(),
  amount: Money,
  vatRate: Percent,
});
export type ReceiptCharge = z.infer<typeof ReceiptCharge>;

/** R-MON-4: VAT per rate over the receipt's lines and charges, computed on each rate's summed gross. */
export const ReceiptVat = z.object({ rate: Percent, net: Money, vat: Money, gross: Money });
export type ReceiptVat = z.infer<typeof ReceiptVat>;

/**
 * Money handed over, taken or given back by this operation, one row per tender and kind: `paid` (cash or a
 * card charged now), `captured` (an authorized card charged now, R-DEP-4), `authorized` and `voided` (a
 * card held or released), `refunded` (back to the tender; a return's cash pay-out has no tender id).
 */
export const ReceiptTender = z.object({
  tenderId: z.string().nullable(),
  method: z.enum(['cash', 'card']),
  kind: z.enum(['paid', 'captured', 'authorized', 'voided', 'refunded']),
  amount: NonNegativeMoney,
  last4: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});
export type ReceiptTender = z.infer<typeof ReceiptTender>;

export const Receipt = z.object({
  /** The receipt number the customer can be found by (R-FND-1). */
  id: z.string(),
  kind: ReceiptKind,
  issuedAt: z.iso.datetime(),
  store: z.object({
    id: z.string(),
    name: z.string(),
    addressLine: z.string().optional(),
    /** The store's IANA time zone: `issuedAt` prints as its local time there. */
    timeZone: z.string(),
  }),
  registerId: z.string(),
  staffId: z.string(),
  /** The manager whose override allowed the operation (R-SEC-2). */
  approvedBy: z.string().nullable(),
  order: z.object({
    id: z.string(),
    number: z.string(),
    confirmationNumber: z.string().nullable(),
    type: z.enum(['customerOrder', 'quote']),
    status: RtsOrderStatus,
    customer: z.object({ number: z.string(), name: z.string() }),
    /** R-PCK-6: printed on every receipt of an order with pickup lines. */
    pickupCode: z.string().nullable(),
    quoteExpiresOn: LocalDate.nullable(),
  }),
  lines: z.array(ReceiptLine),
  charges: z.array(ReceiptCharge),
  /** The sum of `lines` and `charges`. */
  total: Money,
  vat: z.array(ReceiptVat),
  /** The whole order after the operation, from HQ's ledger (R-MON-5). */
  money: z.object({
    orderTotal: Money,
    depositRequired: Money,
    depositPaid: Money,
    depositAvailable: Money,
    paid: Money,
    refunded: Money,
    authorizationOpen: Money,
    /** Invoiced and not yet paid (a shipment the deposit and cards did not cover). */
    due: Money,
    balance: Money,
  }),
  tenders: z.array(ReceiptTender),
  /** Cash handed over and the change given, when the associate entered what the customer handed over. */
  cash: z.object({ tendered: NonNegativeMoney, change: NonNegativeMoney }).optional(),
  /** What this operation moved, as HQ computed it (the same figures its preview showed). */
  effect: z.object({
    invoiced: Money,
    depositApplied: Money,
    due: Money,
    captured: Money,
    paidNow: Money,
    refund: Money,
    charge: Money,
    authorized: Money,
    voided: Money,
  }),
  /** The invoices this operation issued. */
  invoices: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      kind: z.enum(['carryOut', 'pickup', 'shipment', 'cancellation']),
    }),
  ),
  /** R-PCK-6: who collected a pickup (`customer` when the customer did). */
  collectedBy: z.string().nullable(),
  returnOrder: z
    .object({
      id: z.string(),
      number: z.string().nullable(),
      invoiceId: z.string(),
      invoiceNumber: z.string().nullable(),
      reason: z.string(),
      shippingRefund: NonNegativeMoney,
    })
    .optional(),
});
export type Receipt = z.infer<typeof Receipt>;
