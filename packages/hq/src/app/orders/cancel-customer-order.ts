import type { CancelRequest } from '@kassa/contracts';
import { cancelOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { type OrderOperationSpec, runOrderOperation } from './run-order-operation.ts';

/** RTS: cancels what is open, with the cancellation charge, refunds and released stock (R-CAN-1..3). */
export function cancelCustomerOrder(
  hq: Hq,
  storeId: string,
  orderId: string,
  request: z.infer<typeof CancelRequest>,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, { locationId: storeId, orderId, request, ...options, ...cancel(request) });
}

/** The cancellation as an operation on an order, for RTS and for one a store did itself (R-ASY-5). */
export function cancel(request: Pick<z.infer<typeof CancelRequest>, 'chargeOverride'>): OrderOperationSpec {
  return {
    operation: 'cancel',
    details: { chargeOverride: request.chargeOverride ?? null },
    decide: async ({ record, ctx, tenders }) =>
      cancelOrder(
        record.state,
        {
          ...(request.chargeOverride !== undefined ? { chargeOverride: request.chargeOverride } : {}),
          payments: tenders.payments,
        },
        ctx,
      ),
  };
}
