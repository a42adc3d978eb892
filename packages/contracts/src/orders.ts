import { z } from 'zod';
import { Code, LocalDate, Money, NonNegativeMoney, Printable } from './common.ts';
import { PaymentRequirement, Permission } from './master-data.ts';

/** Who asks, as the store server vouches for it: the associate, the register, and a manager who approved. */
export const Actor = z.object({
  staffId: Code,
  registerId: Code,
  /** What the associate may do, with what a manager override granted for this one call (R-SEC-2). */
  permissions: z.array(Permission).max(20),
  approvedBy: Code.optional(),
});
export type Actor = z.infer<typeof Actor>;

/** Money handed over now: cash, or a card charged on the spot (a token from the payment connector). */
export const PaymentInput = z.discriminatedUnion('method', [
  z.object({ method: z.literal('cash'), amount: Money.positive() }),
  z.object({ method: z.literal('card'), cardToken: Code, amount: Money.positive() }),
]);
export type PaymentInput = z.infer<typeof PaymentInput>;

/** A card held for a later capture (R-DEP-4). */
export const AuthorizationInput = z.object({ cardToken: Code, amount: Money.positive() });
export type AuthorizationInput = z.infer<typeof AuthorizationInput>;

export const DeliveryInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('carryOut') }),
  z.object({ kind: z.literal('pickup'), storeId: Code, date: LocalDate }),
  z.object({ kind: z.literal('ship'), shipmentId: Code }),
]);

export const LineInput = z.object({
  sku: Code,
  quantity: z.number().int().positive().max(100_000),
  delivery: DeliveryInput,
  backorder: z.boolean().optional(),
});

export const ShipmentInput = z.object({
  id: Code,
  /** One of the customer's addresses. */
  addressId: Code,
  modeOfDelivery: Code,
  requestedDate: LocalDate,
  charge: NonNegativeMoney,
});

const tenders = {
  payments: z.array(PaymentInput).max(20).optional(),
  authorizations: z.array(AuthorizationInput).max(5).optional(),
};

export const CreateOrderRequest = z.object({
  actor: Actor,
  /**
   * R-PRO-1 as the calling store's profile says. The profile reaches a store only through job 1070, so
   * the store's copy decides its operations, not the one HQ edits; without it HQ's copy decides.
   */
  paymentRequirement: PaymentRequirement.optional(),
  type: z.enum(['customerOrder', 'quote']),
  customerNumber: Code,
  lines: z.array(LineInput).min(1).max(200),
  shipments: z.array(ShipmentInput).max(20).optional(),
  depositOverride: NonNegativeMoney.optional(),
  quoteExpiresOn: LocalDate.optional(),
  collectors: z.array(z.string().trim().min(1).max(200)).max(10).optional(),
  ...tenders,
});
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>;

export const LineQuantityInput = z.object({
  lineId: Code,
  quantity: z.number().int().positive().max(100_000),
});

const versioned = {
  actor: Actor,
  version: z.number().int().positive(),
  paymentRequirement: PaymentRequirement.optional(),
};

export const OrderChangeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addLine'), line: LineInput }),
  z.object({
    kind: z.literal('changeQuantity'),
    lineId: Code,
    quantity: z.number().int().positive().max(100_000),
  }),
  z.object({ kind: z.literal('removeLine'), lineId: Code }),
  z.object({
    kind: z.literal('changeDelivery'),
    lineIds: z.array(Code).min(1).max(200),
    delivery: DeliveryInput,
  }),
  z.object({ kind: z.literal('addShipment'), shipment: ShipmentInput }),
  z.object({
    kind: z.literal('changeShipment'),
    shipmentId: Code,
    addressId: Code.optional(),
    modeOfDelivery: Code.optional(),
    requestedDate: LocalDate.optional(),
    charge: NonNegativeMoney.optional(),
  }),
  z.object({ kind: z.literal('recalculatePrices') }),
  z.object({ kind: z.literal('overrideDeposit'), amount: NonNegativeMoney }),
  z.object({ kind: z.literal('clearDepositOverride') }),
  z.object({
    kind: z.literal('setCollectors'),
    collectors: z.array(z.string().trim().min(1).max(200)).max(10),
  }),
  z.object({ kind: z.literal('changeQuoteExpiry'), date: LocalDate }),
]);

export const EditOrderRequest = z.object({
  ...versioned,
  changes: z.array(OrderChangeInput).min(1).max(100),
  backorder: z.boolean().optional(),
  ...tenders,
});
export type EditOrderRequest = z.infer<typeof EditOrderRequest>;

export const PickOrPackRequest = z.object({
  ...versioned,
  lines: z.array(LineQuantityInput).min(1).max(200),
});

export const PickUpRequest = z.object({
  ...versioned,
  lines: z.array(LineQuantityInput).min(1).max(200),
  collectedBy: z.string().trim().max(200).optional(),
  payments: tenders.payments,
});

export const ShipRequest = z.object({
  ...versioned,
  shipmentId: Code,
  lines: z.array(LineQuantityInput).min(1).max(200).optional(),
  payments: tenders.payments,
});

export const CancelRequest = z.object({
  ...versioned,
  chargeOverride: NonNegativeMoney.optional(),
  payments: tenders.payments,
});

export const ReturnRequest = z.object({
  ...versioned,
  invoiceId: Code,
  lines: z.array(LineQuantityInput).min(1).max(200),
  reason: z.string().trim().min(1).max(500),
  shippingRefund: NonNegativeMoney.optional(),
});

export const ConvertQuoteRequest = z.object({
  ...versioned,
  backorder: z.boolean().optional(),
  depositOverride: NonNegativeMoney.optional(),
  ...tenders,
});

/** `?preview=true` runs the operation without committing: the dry-run preview of its money effect. */
export const PreviewQuery = z.object({ preview: z.enum(['true', 'false']).optional() });

export const MoneyEffect = z.object({
  orderTotal: Money,
  invoiced: Money,
  due: Money,
  depositApplied: Money,
  captured: Money,
  paidNow: Money,
  refund: Money,
  charge: Money,
  authorized: Money,
  voided: Money,
  toCollect: Money,
  depositRequired: Money,
  balance: Money,
});

export const FindOrdersQuery = z.object({
  // Printable: every search term goes to the database as it is.
  number: Printable(64).optional(),
  confirmationNumber: Printable(64).optional(),
  invoiceNumber: Printable(64).optional(),
  pickupCode: Printable(64).optional(),
  customer: Printable(200).optional(),
  storeId: Code.optional(),
  status: Printable(32).optional(),
  createdFrom: LocalDate.optional(),
  createdTo: LocalDate.optional(),
  deliveryFrom: LocalDate.optional(),
  deliveryTo: LocalDate.optional(),
  preset: z.enum(['toPickUpHere', 'toShip', 'toFulfil']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** The `next` of the previous page. */
  after: z.string().max(200).optional(),
});
export type FindOrdersQuery = z.infer<typeof FindOrdersQuery>;

export const OrderSummary = z.object({
  id: z.string(),
  number: z.string(),
  type: z.string(),
  status: z.string(),
  storeId: z.string(),
  customerNumber: z.string(),
  customerName: z.string(),
  confirmationNumber: z.string().nullable(),
  total: Money,
  deliveryDate: z.string().nullable(),
  createdAt: z.string(),
});

export const FindOrdersReply = z.object({ orders: z.array(OrderSummary), next: z.string().nullable() });
export type FindOrdersReply = z.infer<typeof FindOrdersReply>;
