import { z } from 'zod';
import { Code } from './common.ts';
import { CancelRequest, CreateOrderRequest, PickUpRequest } from './orders.ts';

/**
 * An order a store made on its own (async mode, R-ASY-2), as HQ's Synchronize orders makes it again:
 * the request the store would have sent to RTS, with the id, confirmation number and instant the store
 * gave it, so the sales order is the same order the customer's receipt names.
 */
export const AsyncCreateOrder = CreateOrderRequest.extend({
  orderId: Code,
  confirmationNumber: Code,
  createdAt: z.string(),
  /** The ids the store gave the lines, one per line: its pickups before HQ had the order name them. */
  lineIds: z.array(Code).max(200).optional(),
  /**
   * The key the store sent this cart to RTS under before it fell back to making the order itself
   * (R-PRO-3): if HQ made the order after all, Synchronize orders links to it instead of making another.
   */
  idempotencyKey: z.string().max(200).optional(),
});
export type AsyncCreateOrder = z.infer<typeof AsyncCreateOrder>;

/** Which order a store operation is on, and when the store did it. */
const OnStoreOrder = { orderId: Code, confirmationNumber: Code, createdAt: z.string() };

/**
 * A pickup at the store of an order it made itself, before HQ had it (R-ASY-5): RTS's request as the store
 * applied it to its own copy of the order (`version` is that copy's), cash only. The goods have left the
 * store, so HQ applies it after the order, by the rules, to the order as HQ has it then.
 */
export const AsyncPickUpOrder = PickUpRequest.extend(OnStoreOrder);
export type AsyncPickUpOrder = z.infer<typeof AsyncPickUpOrder>;

/** A cancellation at the store of an order it made itself, before HQ had it (R-ASY-5), as for a pickup. */
export const AsyncCancelOrder = CancelRequest.extend(OnStoreOrder);
export type AsyncCancelOrder = z.infer<typeof AsyncCancelOrder>;

/** What each kind of store transaction carries. */
export const StoreTransactionPayloads = {
  createOrder: AsyncCreateOrder,
  pickUp: AsyncPickUpOrder,
  cancel: AsyncCancelOrder,
} as const;
export const StoreTransactionKind = z.enum(['createOrder', 'pickUp', 'cancel']);
export type StoreTransactionKind = z.infer<typeof StoreTransactionKind>;
/** Any store transaction's payload, for where the kind is known from elsewhere (a staged row). */
export const StoreTransactionPayload = z.union([AsyncCreateOrder, AsyncPickUpOrder, AsyncCancelOrder]);
export type StoreTransactionPayload = z.infer<typeof StoreTransactionPayload>;

const Row = {
  sequence: z.number().int().positive(),
  transactionId: z.string(),
  orderId: z.string(),
  confirmationNumber: z.string(),
  createdAt: z.string(),
};

/**
 * One row of a store's outbox (R-ASY-3): written in the transaction that made the order or the operation,
 * numbered in the order the store wrote them. The transaction id is the key HQ stages it under, so pulling
 * twice stages once.
 */
export const StoreTransaction = z.discriminatedUnion('kind', [
  z.object({ ...Row, kind: z.literal('createOrder'), payload: StoreTransactionPayloads.createOrder }),
  z.object({ ...Row, kind: z.literal('pickUp'), payload: StoreTransactionPayloads.pickUp }),
  z.object({ ...Row, kind: z.literal('cancel'), payload: StoreTransactionPayloads.cancel }),
]);
export type StoreTransaction = z.infer<typeof StoreTransaction>;

export const StoreTransactionsQuery = z.object({
  /** The last sequence HQ has staged: the page starts after it. */
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

/** A page of the outbox; `last` is the sequence of its last row, or `after` when it is empty. */
export const StoreTransactionPage = z.object({
  storeId: z.string(),
  transactions: z.array(StoreTransaction),
  last: z.number().int().min(0),
  more: z.boolean(),
  /**
   * The store's highest sequence. Below the `after` HQ asked with, the store's outbox is an older copy
   * than the one HQ pulled (restored from a backup), and HQ must read it again from there.
   */
  highest: z.number().int().min(0),
});
export type StoreTransactionPage = z.infer<typeof StoreTransactionPage>;
