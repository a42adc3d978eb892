import type { StoreOperationReply } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { cancelLocalOrder, type StoreCancelRequest } from '../async/cancel-local-order.ts';
import { findLocalOrder, hqHasCaughtUp, type LocalOrder } from '../async/local-orders.ts';
import { pickUpLocalOrder, type StorePickUpRequest } from '../async/pick-up-local-order.ts';
import { type Failure, isFailure } from '../failure.ts';
import { posKey, replayed } from '../pos-idempotency.ts';
import type { Actor } from '../sessions/authorize.ts';
import type { Store } from '../store-context.ts';
import { hqCopyOf } from './read-orders.ts';
import { relayOrderOperation, type StoreOrderOperation } from './relay-order-operation.ts';

/** An operation as the register asks it, its body as the route's schema (`StoreOrderRequests`) checked it. */
export type OrderOperationRequest = (
  | { readonly operation: 'pickUp'; readonly body: StorePickUpRequest }
  | { readonly operation: 'cancel'; readonly body: StoreCancelRequest }
  | {
      readonly operation: Exclude<StoreOrderOperation, 'pickUp' | 'cancel'>;
      readonly body: { version: number } & Record<string, unknown>;
    }
) & {
  readonly orderId: string;
  readonly actor: Actor;
  /** The register's Idempotency-Key; a preview has none. */
  readonly key: string | undefined;
  readonly preview: boolean;
};

/**
 * An operation on an order from the register, where it happens: at HQ through RTS (R-ASY-1), except a
 * pickup or cancellation of an order this store made itself that HQ has not caught up with, which the
 * store does on its own copy and records for HQ (R-ASY-5).
 */
export async function runOrderOperation(
  store: Store,
  args: OrderOperationRequest,
): Promise<StoreOperationReply | Failure> {
  let orderId = args.orderId;
  if (args.operation === 'pickUp' || args.operation === 'cancel') {
    const local = await findLocalOrder(store.database.db, args.orderId);
    if (local) {
      const here = await atThisStore(store, local, args);
      if (here) return here;
      // HQ has the order under the id the store gave it (ADR 0012), whichever number the register used.
      orderId = local.id;
    }
  }
  const relayed = await relayOrderOperation(store, { ...args, orderId });
  return isFailure(relayed) ? relayed : { ...relayed.hq, receipt: relayed.receipt };
}

/** The operation done at the store, or nothing when it goes to HQ. */
async function atThisStore(
  store: Store,
  found: LocalOrder,
  args: OrderOperationRequest & { operation: 'pickUp' | 'cancel' },
): Promise<StoreOperationReply | Failure | undefined> {
  const db = store.database.db;
  const { managerOverride: _override, ...asked } = args.body;
  const key =
    args.key === undefined
      ? undefined
      : posKey(args.key, args.actor.staffId, { operation: args.operation, orderId: found.id, ...asked });
  // A retry of what the store did itself gets its first answer, wherever the order is by now.
  const earlier = key && (await replayed(db, key));
  if (earlier) return isFailure(earlier) ? earlier : (earlier.body as StoreOperationReply);
  const copies = await hqCopyOf(store, found);
  if (isFailure(copies)) return copies;
  if (hqHasCaughtUp(copies.local, copies.atHq)) return undefined;
  // A key that may have reached HQ stays there: its retry gets HQ's answer, and nothing happens twice.
  if (args.key !== undefined && (await sentToHq(db, `${store.storeId}:${args.key}`))) return undefined;
  const common = { local: copies.local, actor: args.actor, key, preview: args.preview };
  return args.operation === 'pickUp'
    ? pickUpLocalOrder(store, { ...common, request: args.body })
    : cancelLocalOrder(store, { ...common, request: args.body });
}

/** The relay keeps the order it read before sending an operation to HQ under the operation's key. */
async function sentToHq(db: Kysely<Database>, operationKey: string): Promise<boolean> {
  const kept = await db
    .selectFrom('operation_snapshots')
    .select('operation_key')
    .where('operation_key', '=', operationKey)
    .executeTakeFirst();
  return kept !== undefined;
}
