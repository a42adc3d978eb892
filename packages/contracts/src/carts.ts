import { z } from 'zod';
import { Code, LocalDate, Money, NonNegativeMoney } from './common.ts';
import { Receipt } from './receipts.ts';
import { RtsOperationReply } from './rts-operation-reply.ts';
import { ManagerOverride } from './store-pos.ts';

/** A card as the associate keys or swipes it; the store hands it to HQ's payment connector at once. */
export const CardInput = z.object({
  number: z.string().regex(/^[0-9 ]{12,23}$/, '12 to 19 digits'),
  expiry: z.string().regex(/^\d{2}\/\d{2}$/, 'MM/YY'),
});

/** Where the selected lines go (R-CRE-2): a ship delivery names the shipment by what it is. */
export const CartDeliveryInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('carryOut') }),
  z.object({ kind: z.literal('pickup'), storeId: Code, date: LocalDate }),
  z.object({
    kind: z.literal('ship'),
    /** One of the customer's addresses. */
    addressId: Code,
    modeOfDelivery: Code,
    requestedDate: LocalDate,
    /** The shipping charge of the shipment, gross (R-MON-4); none when left out. */
    charge: NonNegativeMoney.optional(),
  }),
]);
export type CartDeliveryInput = z.infer<typeof CartDeliveryInput>;

const quantity = z.number().int().positive().max(100_000);

/** One change of a cart, as the register makes it. */
export const CartChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('setCustomer'), customerNumber: Code }),
  z.object({ kind: z.literal('removeCustomer') }),
  z.object({ kind: z.literal('addProduct'), sku: Code, quantity: quantity.default(1) }),
  z.object({ kind: z.literal('scanBarcode'), barcode: Code, quantity: quantity.default(1) }),
  z.object({ kind: z.literal('changeQuantity'), lineId: Code, quantity }),
  z.object({ kind: z.literal('removeLine'), lineId: Code }),
  z.object({
    kind: z.literal('setDelivery'),
    /** The selected lines; every line when left out ("ship all", "pick up all", "carry out all"). */
    lineIds: z.array(Code).min(1).max(200).optional(),
    delivery: CartDeliveryInput,
  }),
  z.object({ kind: z.literal('setBackorder'), lineId: Code, backorder: z.boolean() }),
  z.object({ kind: z.literal('setType'), type: z.enum(['customerOrder', 'quote']) }),
  z.object({ kind: z.literal('setQuoteExpiry'), date: LocalDate }),
  z.object({ kind: z.literal('overrideDeposit'), amount: NonNegativeMoney }),
  z.object({ kind: z.literal('clearDepositOverride') }),
  z.object({
    kind: z.literal('setCollectors'),
    collectors: z.array(z.string().trim().min(1).max(200)).max(10),
  }),
  z.object({
    kind: z.literal('addCashPayment'),
    amount: Money.positive(),
    /** What the customer handed over, for the change; the amount when left out. */
    tendered: Money.positive().optional(),
  }),
  z.object({ kind: z.literal('addCardPayment'), card: CardInput, amount: Money.positive() }),
  /** A card held for the balance, captured later (R-DEP-4). */
  z.object({ kind: z.literal('authorizeCard'), card: CardInput, amount: Money.positive() }),
  z.object({ kind: z.literal('removeTender'), tenderId: Code }),
]);
export type CartChange = z.infer<typeof CartChange>;

export const CartChangeRequest = z.object({
  /** The version of the cart the register shows: a change to an older one is refused (409). */
  version: z.number().int().positive(),
  changes: z.array(CartChange).min(1).max(50),
  managerOverride: ManagerOverride.optional(),
});
export type CartChangeRequest = z.infer<typeof CartChangeRequest>;

export const CheckoutRequest = z.object({ managerOverride: ManagerOverride.optional() });

const CartDelivery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('carryOut') }),
  z.object({ kind: z.literal('pickup'), storeId: z.string(), date: z.string() }),
  z.object({ kind: z.literal('ship'), shipmentId: z.string() }),
]);

export const CartView = z.object({
  id: z.string(),
  registerId: z.string(),
  status: z.enum(['open', 'completed']),
  version: z.number().int(),
  type: z.enum(['customerOrder', 'quote']),
  customer: z
    .object({
      number: z.string(),
      name: z.string(),
      addresses: z.array(z.object({ id: z.string(), label: z.string() })),
    })
    .nullable(),
  lines: z.array(
    z.object({
      id: z.string(),
      sku: z.string(),
      description: z.string(),
      quantity: z.number().int(),
      unitPrice: Money,
      vatRate: z.number(),
      amount: Money,
      delivery: CartDelivery,
      backorder: z.boolean(),
    }),
  ),
  shipments: z.array(
    z.object({
      id: z.string(),
      addressId: z.string(),
      modeOfDelivery: z.string(),
      requestedDate: z.string(),
      charge: Money,
    }),
  ),
  depositOverride: z.object({ amount: Money, approvedBy: z.string().nullable() }).nullable(),
  quoteExpiresOn: z.string().nullable(),
  collectors: z.array(z.string()),
  tenders: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['cash', 'card', 'cardAuthorization']),
      amount: Money,
      tendered: Money.nullable(),
      last4: z.string().nullable(),
    }),
  ),
  /** Worked out at the store from its price list, for the screen; HQ's preview is the one that counts. */
  totals: z.object({ lines: Money, charges: Money, total: Money, tendered: Money, change: Money }),
  /** The order HQ made of the cart, once completed. */
  order: z.object({ id: z.string(), number: z.string(), receiptId: z.string() }).nullable(),
});
export type CartView = z.infer<typeof CartView>;

/**
 * `?preview=true`: HQ's dry run of the order the cart would become (deposit required, what is due, what
 * still blocks it); otherwise the completed cart with its receipt (R-RCP-1).
 */
export const CheckoutReply = z.union([
  RtsOperationReply.extend({ preview: z.literal(true) }),
  z.object({ preview: z.literal(false), cart: CartView, receipt: Receipt }),
]);
export type CheckoutReply = z.infer<typeof CheckoutReply>;
