import type { CancelRequest } from '@kassa/contracts';
import { cancelOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { runOrderOperation } from './run-order-operation.ts';

/** RTS: cancels what is open, with the cancellation charge, refunds and released stock (R-CAN-1..3). */
export function cancelCustomerOrder(
  hq: Hq,
  storeId: string,
  orderId: string,
  request: z.infer<typeof CancelRequest>,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId: storeId,
    orderId,
    operation: 'cancel',
    request,
    ...options,
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
  });
}
