import type { StoreOperationReply } from '@kassa/contracts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';

/** Picking and packing at the store (`POST /api/orders/{id}/pick`, `…/pack`, StoreOrderRequests). */
export type MarkOperation = 'pick' | 'pack';

/** What the register sends: the lines and units, against the order's version it shows (R-EDT-4). */
export interface MarkRequest {
  readonly version: number;
  readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
}

/**
 * Marks units picked or packed at HQ (R-PCK-1), with the action's Idempotency-Key, so a retry after a
 * lost answer marks nothing twice. After it, or after a conflict (another associate was quicker: 409),
 * the order is read again, so the screen shows what is left.
 */
export function useMarkLines(orderId: string, operation: MarkOperation) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const reread = () => queryClient.invalidateQueries({ queryKey: ['order', orderId] });
  return useAction(
    (request: MarkRequest, key: string) =>
      api.post<StoreOperationReply>(`/orders/${encodeURIComponent(orderId)}/${operation}`, request, key),
    {
      onSuccess: () => reread(),
      onError: (error) => {
        if (error.status === 409) void reread();
      },
    },
  );
}
