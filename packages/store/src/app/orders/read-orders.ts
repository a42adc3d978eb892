import { type FindOrdersQuery, FindOrdersReply, RtsOrder } from '@kassa/contracts';
import {
  findLocalOrder,
  hqHasCaughtUp,
  type LocalOrder,
  localOrderSummary,
  localOrderView,
  rememberHqNumber,
} from '../async/local-orders.ts';
import { type Failure, fail, isFailure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { commerceParametersReplica } from '../replica/commerce-parameters.ts';
import { type Actor, authorize } from '../sessions/authorize.ts';
import type { Store } from '../store-context.ts';

/**
 * R-FND-1: orders company-wide, found by HQ; "to pick up here" means this store. An order this store made
 * itself is found here by its confirmation number until HQ has it, also with HQ down (R-ASY-5).
 */
export async function findOrders(
  store: Store,
  actor: Actor,
  query: FindOrdersQuery,
): Promise<FindOrdersReply | Failure> {
  const permitted = authorize(actor, 'findOrders');
  if (isFailure(permitted)) return permitted;
  const found = await store.rts.get<unknown>('/orders', query);
  const atHq = isFailure(found) ? found : FindOrdersReply.parse(found.body);
  if (!query.confirmationNumber || (!isFailure(atHq) && atHq.orders.length > 0)) return atHq;
  const local = await findLocalOrder(store.database.db, query.confirmationNumber);
  return local ? { orders: [localOrderSummary(local)], next: null } : atHq;
}

/**
 * One order by id or number, as HQ holds it; an order this store made itself, as the store holds it until
 * HQ has it with everything the store did to it (R-ASY-5).
 */
export async function getOrder(store: Store, actor: Actor, orderId: string): Promise<RtsOrder | Failure> {
  const permitted = authorize(actor, 'findOrders');
  if (isFailure(permitted)) return permitted;
  const db = store.database.db;
  const found = await findLocalOrder(db, orderId);
  if (!found) {
    const read = await store.rts.get<unknown>(`/orders/${encodeURIComponent(orderId)}`);
    return isFailure(read) ? read : RtsOrder.parse(read.body);
  }
  const copies = await hqCopyOf(store, found);
  if (isFailure(copies)) return copies;
  const { local, atHq } = copies;
  if (atHq && hqHasCaughtUp(local, atHq)) return atHq;
  const parameters = await commerceParametersReplica.load(db, 'company', store.storeId);
  if (!parameters) return fail('NOT_CONFIGURED', 'this store has not received its Commerce parameters yet');
  return localOrderView(local, parameters);
}

/**
 * HQ's copy of an order this store made itself: none while HQ does not have it yet or cannot be reached.
 * Reading it teaches the store the sales order number (R-CRE-7), which `local` then carries.
 */
export async function hqCopyOf(
  store: Store,
  local: LocalOrder,
): Promise<{ local: LocalOrder; atHq: RtsOrder | undefined } | Failure> {
  const read = await store.rts.get<unknown>(`/orders/${encodeURIComponent(local.id)}`);
  if (isFailure(read)) {
    return read.status === 404 || read.code === 'HQ_UNREACHABLE' ? { local, atHq: undefined } : read;
  }
  const atHq = RtsOrder.parse(read.body);
  if (local.hq_order_number) return { local, atHq };
  await rememberHqNumber(store.database.db, local.id, atHq.number, isoOf(store.clock()));
  return { local: { ...local, hq_order_number: atHq.number }, atHq };
}
