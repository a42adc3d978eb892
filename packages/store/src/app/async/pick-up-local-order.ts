import type { ManagerOverride, PickUpRequest, StoreOperationReply } from '@kassa/contracts';
import { pickUpOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Store } from '../store-context.ts';
import { applyToLocalOrder, type LocalOperationArgs } from './apply-to-local-order.ts';

/** A pickup as the register sends it (`StoreOrderRequests.pickUp`). */
export type StorePickUpRequest = Omit<z.infer<typeof PickUpRequest>, 'actor' | 'paymentRequirement'> & {
  readonly managerOverride?: ManagerOverride | undefined;
  readonly cashTendered?: number | undefined;
};

/**
 * R-ASY-5, R-PCK-2..4: the customer collects at this store, paying cash, an order the store made itself
 * and HQ has not caught up with. The store records the pickup for HQ, which applies it after the order.
 */
export function pickUpLocalOrder(
  store: Store,
  args: LocalOperationArgs<StorePickUpRequest>,
): Promise<StoreOperationReply | Failure> {
  const { lines, collectedBy } = args.request;
  return applyToLocalOrder(store, {
    ...args,
    operation: 'pickUp',
    decide: (state, payments, ctx) =>
      pickUpOrder(state, { lines, ...(collectedBy !== undefined ? { collectedBy } : {}), payments }, ctx),
  });
}
