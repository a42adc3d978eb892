import type { ConvertQuoteRequest } from '@kassa/contracts';
import { convertQuote, fulfillingLocation } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { runOrderOperation } from './run-order-operation.ts';
import { lockAvailability } from './stock.ts';

/** RTS: turns an unexpired quote into a customer order, reserving stock and taking the deposit (R-CRE-5). */
export function convertCustomerQuote(
  hq: Hq,
  storeId: string,
  orderId: string,
  request: z.infer<typeof ConvertQuoteRequest>,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId: storeId,
    orderId,
    operation: 'convertQuote',
    request,
    ...options,
    async decide({ trx, record, ctx, tenders }) {
      const { order } = record.state;
      const availability = await lockAvailability(
        trx,
        hq.database.engine,
        order.lines.map((line) => ({ locationId: fulfillingLocation(order, line), sku: line.productId })),
      );
      return convertQuote(
        record.state,
        {
          availability,
          ...(request.backorder !== undefined ? { backorder: request.backorder } : {}),
          ...(request.depositOverride !== undefined ? { depositOverride: request.depositOverride } : {}),
          payments: tenders.payments,
          authorizations: tenders.authorizations,
        },
        ctx,
      );
    },
  });
}
