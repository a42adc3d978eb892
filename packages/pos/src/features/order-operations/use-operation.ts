import type { StoreOperationReply } from '@kassa/contracts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { orderPath } from '@kassa/web-kit/orders/order-results.tsx';
import { orderQueryKey } from '@kassa/web-kit/orders/use-order.ts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useServices } from '../../services.tsx';
import { type OperationRequest, type OrderOperationPath, operationApi } from './operation-api.ts';
import { paymentsFor, type Tender } from './tender.ts';

/**
 * HQ's dry run of the operation as the screen would send it now (R-PCK-3, R-CAN-2/3): the figures shown
 * before confirming. Undefined while the request is not valid yet; the last figures stay while the next
 * are asked, so the screen does not jump.
 */
export function useOperationPreview(
  orderId: string,
  operation: OrderOperationPath,
  request: OperationRequest | undefined,
) {
  const { api } = useServices();
  return useQuery<StoreOperationReply, ApiError>({
    queryKey: ['operationPreview', orderId, operation, request],
    queryFn: () => operationApi(api).preview(orderId, operation, request as OperationRequest),
    enabled: request !== undefined,
    retry: false,
    // The key may hold a manager's credentials (R-SEC-2): nothing of it stays once the screen is left.
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** A card tokenize refusal names `number` or `expiry`; on the screen those are the card's inputs. */
const atCard = (error: unknown) =>
  error instanceof ApiError
    ? new ApiError(error.status, {
        code: error.code,
        message: error.message,
        ...(error.field ? { field: `card.${error.field}` } : {}),
        ...(error.rule ? { rule: error.rule } : {}),
        details: error.details,
      })
    : error;

/**
 * Confirms the operation: a card is tokenized first, then the operation runs with the payments, and the
 * receipt the store printed for it is shown. A retry of the same card reuses its token, so the request,
 * and with it the Idempotency-Key, stays the same and nothing happens twice.
 */
export function useConfirmOperation(orderId: string, operation: OrderOperationPath) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const tokens = useRef(new Map<string, string>());
  return useAction(
    async (
      { request, tender, due }: { request: OperationRequest; tender: Tender; due: number },
      key: string,
    ) => {
      let token: string | undefined;
      if (due > 0 && tender.method === 'card') {
        const card = { number: tender.cardNumber.trim(), expiry: tender.expiry.trim() };
        const cardKey = `${card.number}|${card.expiry}`;
        token = tokens.current.get(cardKey);
        if (!token) {
          token = (
            await operationApi(api)
              .tokenize(card)
              .catch((error) => Promise.reject(atCard(error)))
          ).token;
          tokens.current.set(cardKey, token);
        }
      }
      // Cash handed over goes with the payments: the receipt shows the change (StoreOrderRequests).
      return operationApi(api).run(
        orderId,
        operation,
        { ...request, ...paymentsFor(tender, due, token) },
        key,
      );
    },
    {
      onSuccess: (reply) => {
        // To the receipt first: the form, read again at the new version, would otherwise flash by.
        navigate(reply.receipt ? `/receipts/${encodeURIComponent(reply.receipt.id)}` : orderPath(orderId), {
          replace: true,
        });
        void queryClient.invalidateQueries({ queryKey: orderQueryKey(orderId) });
      },
      // Someone else changed the order first (R-EDT-4): read it again, so that a retry asks at its
      // current version rather than being refused the same way for good.
      onError: (error) => {
        if (error.code === 'VERSION_CONFLICT')
          void queryClient.invalidateQueries({ queryKey: orderQueryKey(orderId) });
      },
    },
  );
}
