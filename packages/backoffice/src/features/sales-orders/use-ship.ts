import type { RtsOperationReply } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { orderQueryKey } from '@kassa/web-kit/orders/use-order.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';
import type { ShipRequestBody } from './shipment-lines.ts';

const shipPath = (orderId: string) => `/orders/${encodeURIComponent(orderId)}/ship`;

/** HQ's dry run of the shipment (`?preview=true`): the invoice and the money it would move, nothing kept. */
export function useShipPreview(orderId: string) {
  const { api } = useServices();
  return useMutation<RtsOperationReply, ApiError, ShipRequestBody>({
    // A preview moves nothing, so it carries no Idempotency-Key.
    mutationFn: (request) => api.post<RtsOperationReply>(`${shipPath(orderId)}?preview=true`, request, ''),
  });
}

/**
 * Ships and invoices (R-PCK-5); a retry of the same request carries the same Idempotency-Key, so the
 * shipment is never invoiced or captured twice. Afterwards the order and the searches are read again.
 */
export function useShip(orderId: string, onShipped: (reply: RtsOperationReply) => void) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  return useAction<ShipRequestBody, RtsOperationReply>(
    (request, key) => api.post<RtsOperationReply>(shipPath(orderId), request, key),
    {
      onSuccess: (reply) => {
        onShipped(reply);
        void queryClient.invalidateQueries({ queryKey: orderQueryKey(orderId) });
        void queryClient.invalidateQueries({ queryKey: ['orders'] });
      },
      onError: (error) => {
        // Changed meanwhile (R-EDT-4): read it again, so the next try starts from what HQ holds.
        if (error.code === 'VERSION_CONFLICT')
          void queryClient.invalidateQueries({ queryKey: orderQueryKey(orderId) });
      },
    },
  );
}
