import { PERMISSIONS as ORDER_PERMISSIONS } from '@kassa/domain';
import { z } from 'zod';
import { Address, Code, NonNegativeMoney, Percent, Printable } from './common.ts';

/** The order permissions of R-SEC-1 (the domain's list) and head office's own: signing in to the back office. */
export const PERMISSIONS = [...ORDER_PERMISSIONS, 'backOffice'] as const;
export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

export const TimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'an IANA time zone such as Europe/Amsterdam' },
);

export const Company = z.object({
  name: Printable(200),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
  timeZone: TimeZone,
});
export type Company = z.infer<typeof Company>;

export const Location = z.object({
  id: Code,
  kind: z.enum(['store', 'warehouse']),
  name: Printable(200),
  address: Address,
  timeZone: TimeZone,
  /** For a store: the warehouse that ships for it. */
  shipsFrom: Code.nullable().default(null),
  /** For a store: the customer a sale is made for when the associate names none (a walk-in, all carried out). */
  defaultCustomer: Code.nullable().default(null),
});
export type Location = z.infer<typeof Location>;

/** A store's credential is set by the back office and never read back. */
export const StoreCredential = z.object({ secret: z.string().min(16).max(200) });

export const ModeOfDelivery = z.object({
  code: Code,
  name: Printable(200),
  kind: z.enum(['shipping', 'pickup', 'carryOut']),
});
export type ModeOfDelivery = z.infer<typeof ModeOfDelivery>;

export const ChargeCode = z.object({
  code: Code,
  description: Printable(200),
  vatRate: Percent,
});
export type ChargeCode = z.infer<typeof ChargeCode>;

/** R-PAR-1, with the source's names. */
export const CommerceParameters = z.object({
  defaultDepositPercent: Percent,
  cancellationChargePercent: Percent,
  cancellationChargeCode: Code,
  shippingChargeCode: Code,
  refundShippingCharges: z.boolean(),
  maxShippingRefundWithoutApproval: NonNegativeMoney,
  quoteExpirationDays: z.number().int().min(0).max(3650),
  pickupModeOfDelivery: Code,
  carryOutModeOfDelivery: Code,
});
export type CommerceParameters = z.infer<typeof CommerceParameters>;

/** R-PRO-1..3, one per store. */
/** R-PRO-1: `CardRequired` is the source's "disable pay later" switch. */
export const PaymentRequirement = z.enum(['NotRequired', 'CardRequired']);
export type PaymentRequirement = z.infer<typeof PaymentRequirement>;

export const FunctionalityProfile = z.object({
  requirePaymentForFulfillment: PaymentRequirement,
  createCustomerOrderInAsyncMode: z.boolean(),
  fallbackToAsyncWhenHqUnreachable: z.boolean(),
});
export type FunctionalityProfile = z.infer<typeof FunctionalityProfile>;

export const Product = z.object({
  sku: Code,
  barcode: Printable(64).nullable().default(null),
  name: Printable(200),
  /** Gross, VAT included (R-MON-4). */
  price: NonNegativeMoney,
  vatRate: Percent,
  kind: z.enum(['merchandise', 'giftCard']).default('merchandise'),
  active: z.boolean().default(true),
});
export type Product = z.infer<typeof Product>;

export const StockLevel = z.object({
  locationId: Code,
  sku: Code,
  onHand: z.number().int().min(0),
  reserved: z.number().int().min(0),
  available: z.number().int(),
});
export type StockLevel = z.infer<typeof StockLevel>;

/** A stock receipt or count at a location: the new quantity on hand. */
export const SetStock = z.object({ onHand: z.number().int().min(0).max(10_000_000) });

export const CustomerAddress = Address.extend({ id: Code });

export const Customer = z.object({
  number: Code,
  name: Printable(200),
  email: z.email().nullable().default(null),
  phone: Printable(40).min(3).nullable().default(null),
  addresses: z.array(CustomerAddress).max(20).default([]),
});
export type Customer = z.infer<typeof Customer>;

export const PermissionGroup = z.object({
  name: Code,
  permissions: z.array(Permission).max(PERMISSIONS.length),
});
export type PermissionGroup = z.infer<typeof PermissionGroup>;

export const Staff = z.object({
  id: Code,
  name: Printable(200),
  groups: z.array(Code).max(20),
});
export type Staff = z.infer<typeof Staff>;

export const NewStaff = Staff.extend({ password: z.string().min(8).max(200) });

export const SignIn = z.object({ staffId: Code, password: z.string().min(1).max(200) });
export type SignIn = z.infer<typeof SignIn>;
/** A back-office session: the token is shown once; HQ keeps only its hash. */
export const Session = z.object({
  token: z.string(),
  staffId: z.string(),
  name: z.string(),
  permissions: z.array(Permission),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof Session>;
