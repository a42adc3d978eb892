import type { PickOrPackRequest } from '@kassa/contracts';
import { packLines, pickLines } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import { runOrderOperation } from './run-order-operation.ts';

type Options = { preview: boolean; idempotency?: IdempotencyKey };

/** RTS: marks units picked at the store (R-PCK-1); the picking status keeps two associates off the same units. */
export function pickOrderLines(
  hq: Hq,
  locationId: string,
  orderId: string,
  request: z.infer<typeof PickOrPackRequest>,
  options: Options,
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId,
    orderId,
    operation: 'pick',
    request,
    ...options,
    details: { lines: request.lines },
    decide: async ({ record, ctx }) => pickLines(record.state, { lines: request.lines }, ctx),
  });
}

/** RTS: packs picked units (R-PCK-1). */
export function packOrderLines(
  hq: Hq,
  locationId: string,
  orderId: string,
  request: z.infer<typeof PickOrPackRequest>,
  options: Options,
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId,
    orderId,
    operation: 'pack',
    request,
    ...options,
    details: { lines: request.lines },
    decide: async ({ record, ctx }) => packLines(record.state, { lines: request.lines }, ctx),
  });
}
