import type { CancelRequest, ManagerOverride, StoreOperationReply } from '@kassa/contracts';
import { cancelOrder } from '@kassa/domain';
import type { z } from 'zod';
import type { Failure } from '../failure.ts';
import type { Store } from '../store-context.ts';
import { applyToLocalOrder, type LocalOperationArgs } from './apply-to-local-order.ts';

/** A cancellation as the register sends it (`StoreOrderRequests.cancel`). */
export type StoreCancelRequest = Omit<z.infer<typeof CancelRequest>, 'actor' | 'paymentRequirement'> & {
  readonly managerOverride?: ManagerOverride | undefined;
};

/**
 * R-ASY-5, R-CAN-1..3: cancels what is open of an order the store made itself and HQ has not caught up
 * with, with the cancellation charge by the store's Commerce parameters, paid from the deposit and the
 * rest refunded in cash. The store records the cancellation for HQ, which applies it after the order.
 */
export function cancelLocalOrder(
  store: Store,
  args: LocalOperationArgs<StoreCancelRequest>,
): Promise<StoreOperationReply | Failure> {
  const { chargeOverride } = args.request;
  return applyToLocalOrder(store, {
    ...args,
    operation: 'cancel',
    decide: (state, payments, ctx) =>
      cancelOrder(state, { ...(chargeOverride !== undefined ? { chargeOverride } : {}), payments }, ctx),
  });
}
