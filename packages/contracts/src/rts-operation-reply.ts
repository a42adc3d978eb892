import { z } from 'zod';
import { LocalDate, Money, Percent } from './common.ts';
import { MoneyEffect } from './orders.ts';

/**
 * What a store reads of HQ's answer to an order operation through RTS (HQ's `OperationReply` with its
 * `orderView`). Only the parts the store uses are listed; objects are loose, so HQ may answer more
 * without breaking a store that has not been updated yet.
 */

export const RtsOrderStatus = z.enum([
  'quote',
  'open',
  'processing',
  'partiallyDelivered',
  'delivered',
  'cancelled',
]);
export type RtsOrderStatus = z.infer<typeof RtsOrderStatus>;

/** A card tender carries its last four digits, as HQ's payment connector named them (receipts print them). */
const Tender = z.looseObject({
  id: z.string(),
  method: z.enum(['cash', 'card']),
  last4: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});
const entry = { id: z.string(), at: z.string() };

/** R-MON-5: one movement of money on the order, as HQ's ledger keeps it. */
export const RtsLedgerEntry = z.discriminatedUnion('kind', [
  z.looseObject({ ...entry, kind: z.literal('depositPaid'), tender: Tender, amount: Money }),
  z.looseObject({
    ...entry,
    kind: z.literal('balancePaid'),
    tender: Tender,
    amount: Money,
    invoiceId: z.string(),
  }),
  z.looseObject({ ...entry, kind: z.literal('cardAuthorized'), tender: Tender, amount: Money }),
  z.looseObject({
    ...entry,
    kind: z.literal('cardCaptured'),
    tender: Tender,
    amount: Money,
    invoiceId: z.string(),
  }),
  z.looseObject({ ...entry, kind: z.literal('authorizationVoided'), tender: Tender, amount: Money }),
  z.looseObject({
    ...entry,
    kind: z.literal('depositApplied'),
    tender: Tender,
    amount: Money,
    invoiceId: z.string(),
  }),
  z.looseObject({
    ...entry,
    kind: z.literal('refunded'),
    tender: Tender,
    amount: Money,
    from: z.enum(['deposit', 'invoice']),
    invoiceId: z.string().optional(),
    returnOrderId: z.string().optional(),
  }),
  z.looseObject({ ...entry, kind: z.literal('paidOut'), amount: Money, returnOrderId: z.string() }),
  z.looseObject({ ...entry, kind: z.literal('invoiced'), invoiceId: z.string(), amount: Money }),
  z.looseObject({
    ...entry,
    kind: z.literal('chargeInvoiced'),
    invoiceId: z.string(),
    chargeId: z.string(),
    code: z.string(),
    amount: Money,
  }),
  z.looseObject({
    ...entry,
    kind: z.literal('credited'),
    invoiceId: z.string(),
    returnOrderId: z.string(),
    amount: Money,
  }),
]);
export type RtsLedgerEntry = z.infer<typeof RtsLedgerEntry>;

const Count = z.number().int().min(0);

export const RtsOrderLine = z.looseObject({
  id: z.string(),
  productId: z.string(),
  description: z.string(),
  unitPrice: Money,
  vatRate: Percent,
  delivery: z.discriminatedUnion('kind', [
    z.looseObject({ kind: z.literal('carryOut') }),
    z.looseObject({ kind: z.literal('pickup'), storeId: z.string(), date: LocalDate }),
    z.looseObject({ kind: z.literal('ship'), shipmentId: z.string() }),
  ]),
  quantities: z.looseObject({
    ordered: Count,
    picked: Count,
    packed: Count,
    delivered: Count,
    invoiced: Count,
    cancelled: Count,
    returned: Count,
    reserved: Count,
  }),
});
export type RtsOrderLine = z.infer<typeof RtsOrderLine>;

export const RtsCharge = z.looseObject({
  id: z.string(),
  kind: z.enum(['shipping', 'cancellation']),
  code: z.string(),
  amount: Money,
  vatRate: Percent,
  status: z.enum(['open', 'invoiced', 'dropped']),
  shipmentId: z.string().optional(),
});
export type RtsCharge = z.infer<typeof RtsCharge>;

const VatLine = z.looseObject({ rate: Percent, gross: Money, vat: Money, net: Money });

export const RtsInvoice = z.looseObject({
  id: z.string(),
  number: z.string().nullable(),
  kind: z.enum(['carryOut', 'pickup', 'shipment', 'cancellation']),
  issuedAt: z.string(),
  locationId: z.string(),
  lines: z.array(
    z.looseObject({
      lineId: z.string(),
      productId: z.string(),
      description: z.string(),
      quantity: z.number().int().positive(),
      unitPrice: Money,
      vatRate: Percent,
      amount: Money,
    }),
  ),
  charges: z.array(
    z.looseObject({ chargeId: z.string(), code: z.string(), amount: Money, vatRate: Percent }),
  ),
  total: Money,
  vat: z.array(VatLine),
  collectedBy: z.string().optional(),
});
export type RtsInvoice = z.infer<typeof RtsInvoice>;

export const RtsReturnOrder = z.looseObject({
  id: z.string(),
  number: z.string().nullable(),
  invoiceId: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  locationId: z.string(),
  lines: z.array(
    z.looseObject({
      lineId: z.string(),
      productId: z.string(),
      quantity: z.number().int().positive(),
      unitPrice: Money,
      vatRate: Percent,
      amount: Money,
    }),
  ),
  shippingRefund: Money,
  shippingVatRate: Percent,
  total: Money,
  vat: z.array(VatLine),
});
export type RtsReturnOrder = z.infer<typeof RtsReturnOrder>;

/** An order as RTS shows it, after an operation or when read (`GET /orders/:orderId`). */
export const RtsOrder = z.looseObject({
  id: z.string(),
  number: z.string(),
  confirmationNumber: z.string().nullable(),
  type: z.enum(['customerOrder', 'quote']),
  status: RtsOrderStatus,
  storeId: z.string(),
  customer: z.looseObject({ number: z.string(), name: z.string() }),
  version: z.number().int().positive(),
  pickupCode: z.string().nullable(),
  quoteExpiresOn: LocalDate.nullable(),
  collectors: z.array(z.string()),
  lines: z.array(RtsOrderLine),
  shipments: z.array(
    z.looseObject({
      id: z.string(),
      address: z.looseObject({
        name: z.string(),
        street: z.string(),
        postalCode: z.string(),
        city: z.string(),
        country: z.string(),
      }),
      modeOfDelivery: z.string(),
      requestedDate: LocalDate,
    }),
  ),
  charges: z.array(RtsCharge),
  money: z.looseObject({
    total: Money,
    depositRequired: Money,
    paid: Money,
    depositAvailable: Money,
    authorizationOpen: Money,
    refunded: Money,
    due: Money,
    balance: Money,
    perTender: z.array(z.looseObject({ tender: Tender, depositPaid: Money })),
  }),
  invoices: z.array(RtsInvoice),
  returnOrders: z.array(RtsReturnOrder),
  /** Append-only (R-MON-5), oldest first. */
  ledger: z.array(RtsLedgerEntry),
});
export type RtsOrder = z.infer<typeof RtsOrder>;

/** HQ's answer to create, edit, pick up, ship, cancel and return: the order after it and the money it moved. */
export const RtsOperationReply = z.looseObject({
  preview: z.boolean(),
  order: RtsOrder,
  effect: MoneyEffect,
  /** The invoices and return orders this operation issued (their documents are in `order`). */
  invoices: z.array(z.looseObject({ id: z.string(), number: z.string().nullable() })),
  returnOrders: z.array(z.looseObject({ id: z.string(), number: z.string().nullable() })),
});
export type RtsOperationReply = z.infer<typeof RtsOperationReply>;
