import type { StoreStatus } from '@kassa/contracts';

/**
 * What happens to a customer order made while HQ cannot be reached, by the store's functionality
 * profile, as the store's checkout decides it: async mode always creates orders at the store (R-PRO-2);
 * a sync store does so only when it may fall back (R-PRO-3); otherwise orders wait for HQ (R-ASY-1),
 * also while the store has no profile yet.
 */
export function orderCreationWithoutHq(
  profile: StoreStatus['profile'],
): 'ordersAlwaysAsync' | 'ordersFallBack' | 'ordersWait' {
  if (profile?.createCustomerOrderInAsyncMode) return 'ordersAlwaysAsync';
  if (profile?.fallbackToAsyncWhenHqUnreachable) return 'ordersFallBack';
  return 'ordersWait';
}
