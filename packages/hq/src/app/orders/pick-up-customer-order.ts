import type { PickUpRequest } from '@kassa/contracts';
import { pickUpOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { type OrderOperationSpec, runOrderOperation } from './run-order-operation.ts';

/** RTS: the customer collects at this store (R-PCK-2..4, R-PCK-6); authorized cards are captured for the due. */
export function pickUpCustomerOrder(
  hq: Hq,
  storeId: string,
  orderId: string,
  request: z.infer<typeof PickUpRequest>,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, { locationId: storeId, orderId, request, ...options, ...pickUp(request) });
}

/** The pickup as an operation on an order, for RTS and for a pickup a store did itself (R-ASY-5). */
export function pickUp(
  request: Pick<z.infer<typeof PickUpRequest>, 'lines' | 'collectedBy'>,
): OrderOperationSpec {
  return {
    operation: 'pickUp',
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
  };
}
