import { type FindOrdersQuery, FindOrdersReply, RtsOrder } from '@kassa/contracts';
import { type Failure, isFailure } from '../failure.ts';
import { type Actor, authorize } from '../sessions/authorize.ts';
import type { Store } from '../store-context.ts';

/** R-FND-1: orders company-wide, found by HQ; "to pick up here" means this store. */
export async function findOrders(
  store: Store,
  actor: Actor,
  query: FindOrdersQuery,
): Promise<FindOrdersReply | Failure> {
  const permitted = authorize(actor, 'findOrders');
  if (isFailure(permitted)) return permitted;
  const found = await store.rts.get<unknown>('/orders', query);
  return isFailure(found) ? found : FindOrdersReply.parse(found.body);
}

/** One order by id or number, as HQ holds it. */
export async function getOrder(store: Store, actor: Actor, orderId: string): Promise<RtsOrder | Failure> {
  const permitted = authorize(actor, 'findOrders');
  if (isFailure(permitted)) return permitted;
  const read = await store.rts.get<unknown>(`/orders/${encodeURIComponent(orderId)}`);
  return isFailure(read) ? read : RtsOrder.parse(read.body);
}
