import type { EditOrderRequest, ManagerOverride, PaymentInput, StoreOperationReply } from '@kassa/contracts';
import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';

/** The operations on an order these screens run (`POST /api/orders/{id}/pick-up`, `…/cancel`, `…/edit`). */
export type OrderOperationPath = 'pick-up' | 'cancel' | 'edit' | 'return';

/**
 * What the operations send; pickup adds its lines, cancel its charge, an edit its changes and its consent
 * to backorders (StoreOrderRequests).
 */
export interface OperationRequest {
  readonly version: number;
  readonly lines?: readonly { readonly lineId: string; readonly quantity: number }[];
  readonly chargeOverride?: number;
  readonly changes?: readonly EditOrderRequest['changes'][number][];
  readonly backorder?: boolean;
  /** A return's invoice, reason and shipping refund (R-RET-1, R-RET-3). */
  readonly invoiceId?: string;
  readonly reason?: string;
  readonly shippingRefund?: number;
  /** R-PCK-6: who collected a pickup, when not the customer. */
  readonly collectedBy?: string;
  readonly payments?: readonly PaymentInput[];
  readonly cashTendered?: number;
  readonly managerOverride?: ManagerOverride;
}

const pathOf = (orderId: string, operation: OrderOperationPath) =>
  `/orders/${encodeURIComponent(orderId)}/${operation}`;

/** The store's order operations and the card tokens their card payments need. */
export const operationApi = (api: ApiClient) => ({
  // A preview moves nothing, so it carries no Idempotency-Key.
  preview: (orderId: string, operation: OrderOperationPath, request: OperationRequest) =>
    api.post<StoreOperationReply>(`${pathOf(orderId, operation)}?preview=true`, request, ''),
  run: (orderId: string, operation: OrderOperationPath, request: OperationRequest, key: string) =>
    api.post<StoreOperationReply>(pathOf(orderId, operation), request, key),
  /** Moves no money either: the token is what the operation charges. */
  tokenize: (card: { number: string; expiry: string }) =>
    api.post<{ token: string; last4: string }>('/payments/card-tokens', card, ''),
});

/** What HQ's preview lists beyond the order and its money (commit-outcome.ts): approvals and blockers. */
interface PreviewExtras {
  readonly approvals?: readonly { readonly permission: string }[];
  readonly blockers?: readonly { readonly code: string; readonly details?: Record<string, unknown> }[];
}

/**
 * What the customer pays now: HQ's PAYMENT_REQUIRED blocker names it (after the deposit and any card
 * captured), so the screen need not work it out again.
 */
export function payNowOf(preview: StoreOperationReply | undefined): number {
  const blocker = (preview as PreviewExtras | undefined)?.blockers?.find(
    (candidate) => candidate.code === 'PAYMENT_REQUIRED',
  );
  return Number(blocker?.details?.due ?? 0);
}

/** The permissions the operation needs beyond starting it, as HQ's preview lists them (R-SEC-2). */
export function approvalsOf(preview: StoreOperationReply | undefined): string[] {
  return ((preview as PreviewExtras | undefined)?.approvals ?? []).map((approval) => approval.permission);
}
