import type { ReturnRequest } from '@kassa/contracts';
import { returnOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { runOrderOperation } from './run-order-operation.ts';

/** RTS: a return order against one invoice, refunded to the original tenders (R-RET-1..4). */
export function returnCustomerOrder(
  hq: Hq,
  storeId: string,
  orderId: string,
  request: z.infer<typeof ReturnRequest>,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId: storeId,
    orderId,
    operation: 'return',
    request,
    ...options,
    details: { invoiceId: request.invoiceId, lines: request.lines, reason: request.reason },
    decide: async ({ record, ctx }) =>
      returnOrder(
        record.state,
        {
          invoiceId: request.invoiceId,
          lines: request.lines,
          reason: request.reason,
          ...(request.shippingRefund !== undefined ? { shippingRefund: request.shippingRefund } : {}),
        },
        ctx,
      ),
  });
}
