import { z } from 'zod';
import { Code, Printable } from './common.ts';
import { Permission, StockLevel } from './master-data.ts';

/** R-SEC-1: an associate signs in to a register of the store with their staff id and password. */
export const RegisterSignIn = z.object({
  staffId: Code,
  password: z.string().min(1).max(200),
  registerId: Code,
});
export type RegisterSignIn = z.infer<typeof RegisterSignIn>;

/** A register session: the token is shown once; the store keeps only its hash. */
export const RegisterSession = z.object({
  token: z.string(),
  staffId: z.string(),
  name: z.string(),
  registerId: z.string(),
  storeId: z.string(),
  permissions: z.array(Permission),
  expiresAt: z.string(),
});
export type RegisterSession = z.infer<typeof RegisterSession>;

/** R-SEC-2: another staff member's credentials, for the one call that carries them. */
export const ManagerOverride = z.object({ staffId: Code, password: z.string().min(1).max(200) });
export type ManagerOverride = z.infer<typeof ManagerOverride>;

/** Asks the store whether the signed-in associate, or a manager approving, may do one thing now. */
export const PermissionCheck = z.object({
  permission: Permission,
  managerOverride: ManagerOverride.optional(),
});
export type PermissionCheck = z.infer<typeof PermissionCheck>;

export const PermissionGranted = z.object({
  permission: Permission,
  staffId: z.string(),
  registerId: z.string(),
  /** The manager whose override granted it, or null when the associate holds it (R-SEC-2). */
  approvedBy: z.string().nullable(),
});
export type PermissionGranted = z.infer<typeof PermissionGranted>;

/** Paging of the POS's lists: at most 100 a page. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ProductSearch = PageQuery.extend({ search: Printable(100).optional() });
export const CustomerSearch = PageQuery.extend({ search: Printable(100) });

/** A product as the cart needs it: gross price in cents (R-MON-4), VAT rate in percent. */
export const CatalogProduct = z.object({
  sku: z.string(),
  barcode: z.string().nullable(),
  name: z.string(),
  price: z.number().int(),
  vatRate: z.number(),
  kind: z.enum(['merchandise', 'giftCard']),
});
export type CatalogProduct = z.infer<typeof CatalogProduct>;

export const CustomerSummary = z.object({
  number: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type CustomerSummary = z.infer<typeof CustomerSummary>;

export const CustomerDetail = CustomerSummary.extend({
  addresses: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      street: z.string(),
      postalCode: z.string(),
      city: z.string(),
      country: z.string(),
    }),
  ),
});
export type CustomerDetail = z.infer<typeof CustomerDetail>;

/** One page of a list; `nextOffset` is null on the last page. */
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), nextOffset: z.number().int().nullable() });
export const CatalogProductPage = pageOf(CatalogProduct);
export type CatalogProductPage = z.infer<typeof CatalogProductPage>;
export const CustomerSummaryPage = pageOf(CustomerSummary);
export type CustomerSummaryPage = z.infer<typeof CustomerSummaryPage>;

/**
 * What the POS shows around every screen (GET /api/status): where it is, whether HQ answers right now,
 * and how this store creates customer orders by its functionality profile (R-PRO-2, R-PRO-3), which is
 * null until job 1070 brought one.
 */
export const StoreStatus = z.object({
  store: z.object({ id: z.string(), name: z.string().nullable() }),
  registerId: z.string(),
  hq: z.object({ reachable: z.boolean() }),
  profile: z
    .object({
      createCustomerOrderInAsyncMode: z.boolean(),
      fallbackToAsyncWhenHqUnreachable: z.boolean(),
    })
    .nullable(),
});
export type StoreStatus = z.infer<typeof StoreStatus>;

/**
 * What a register chooses a delivery from (R-CRE-2): the stores customers pick up at, the shipping modes
 * of delivery, and today in this store's time zone, the earliest date a delivery may have.
 */
export const DeliveryOptions = z.object({
  today: z.string(),
  pickupStores: z.array(z.object({ id: z.string(), name: z.string() })),
  shippingModes: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type DeliveryOptions = z.infer<typeof DeliveryOptions>;

/** R-CRE-6: a product's stock per store and warehouse, as HQ has it now (read through RTS). */
export const ProductStock = z.object({ stock: z.array(StockLevel) });
export type ProductStock = z.infer<typeof ProductStock>;
