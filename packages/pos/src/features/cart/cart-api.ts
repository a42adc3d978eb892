import type {
  CartChange,
  CartView,
  CatalogProduct,
  CatalogProductPage,
  CheckoutReply,
  CustomerSummaryPage,
  DeliveryOptions,
  ErrorReply,
  ManagerOverride,
} from '@kassa/contracts';
import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';

/** The checkout's dry run: HQ's figures, and what would refuse the order as the refusal would read. */
export type CheckoutPreview = Extract<CheckoutReply, { preview: true }> & {
  readonly blockers?: readonly ErrorReply[];
};
export type CheckoutDone = Extract<CheckoutReply, { preview: false }>;

/** The changes of one action, sent against the version of the cart the register shows (409 otherwise). */
export interface CartChanges {
  readonly version: number;
  readonly changes: readonly CartChange[];
  /** R-SEC-2: a manager's credentials, for this one request, when the associate lacks a permission. */
  readonly managerOverride?: ManagerOverride;
}

/** The store's cart API (README: POST /api/carts, …/changes, …/checkout) and what the cart looks up. */
export const cartApi = (api: ApiClient) => ({
  open: (key: string) => api.post<CartView>('/carts', {}, key),
  get: (cartId: string) => api.get<CartView>(`/carts/${encodeURIComponent(cartId)}`),
  change: (cartId: string, request: CartChanges, key: string) =>
    api.post<CartView>(`/carts/${encodeURIComponent(cartId)}/changes`, request, key),
  // A preview moves nothing, so it carries no Idempotency-Key.
  preview: (cartId: string) =>
    api.post<CheckoutPreview>(`/carts/${encodeURIComponent(cartId)}/checkout?preview=true`, {}, ''),
  checkout: (cartId: string, key: string) =>
    api.post<CheckoutDone>(`/carts/${encodeURIComponent(cartId)}/checkout`, {}, key),
  products: (search: string) =>
    api.get<CatalogProductPage>(`/products?limit=8&search=${encodeURIComponent(search)}`),
  productByBarcode: (barcode: string) =>
    api.get<CatalogProduct>(`/products/by-barcode/${encodeURIComponent(barcode)}`),
  customers: (search: string) =>
    api.get<CustomerSummaryPage>(`/customers?limit=8&search=${encodeURIComponent(search)}`),
  deliveryOptions: () => api.get<DeliveryOptions>('/delivery-options'),
});
