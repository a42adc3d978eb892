import type { PickUpRequest } from '@kassa/contracts';
import { pickUpOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { runOrderOperation } from './run-order-operation.ts';

/** RTS: the customer collects at this store (R-PCK-2..4, R-PCK-6); authorized cards are captured for the due. */
export function pickUpCustomerOrder(
  hq: Hq,
  storeId: string,
  orderId: string,
  request: z.infer<typeof PickUpRequest>,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId: storeId,
    orderId,
    operation: 'pickUp',
    request,
    ...options,
    details: { lines: request.lines, collectedBy: request.collectedBy ?? 'customer' },
    decide: async ({ record, ctx, tenders }) =>
      pickUpOrder(
        record.state,
        {
          lines: request.lines,
          ...(request.collectedBy !== undefined ? { collectedBy: request.collectedBy } : {}),
          payments: tenders.payments,
        },
        ctx,
      ),
  });
}
