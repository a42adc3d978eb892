import type { ShipRequest } from '@kassa/contracts';
import { shipOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { runOrderOperation } from './run-order-operation.ts';

/**
 * Back office: ships and invoices a shipment from its warehouse (R-PCK-5). The card authorized for the
 * balance is captured through the payment connector; what nothing pays stays due on the order.
 */
export function shipCustomerOrder(
  hq: Hq,
  warehouseId: string,
  orderId: string,
  request: z.infer<typeof ShipRequest>,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId: warehouseId,
    orderId,
    operation: 'ship',
    request,
    ...options,
    details: { shipmentId: request.shipmentId, lines: request.lines ?? 'all open' },
    decide: async ({ record, ctx, tenders }) =>
      shipOrder(
        record.state,
        {
          shipmentId: request.shipmentId,
          ...(request.lines !== undefined ? { lines: request.lines } : {}),
          payments: tenders.payments,
        },
        ctx,
      ),
  });
}
