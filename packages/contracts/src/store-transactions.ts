import { z } from 'zod';
import { Code } from './common.ts';
import { CreateOrderRequest } from './orders.ts';

/**
 * An order a store made on its own (async mode, R-ASY-2), as HQ's Synchronize orders makes it again:
 * the request the store would have sent to RTS, with the id, confirmation number and instant the store
 * gave it, so the sales order is the same order the customer's receipt names.
 */
export const AsyncCreateOrder = CreateOrderRequest.extend({
  orderId: Code,
  confirmationNumber: Code,
  createdAt: z.string(),
  /**
   * The key the store sent this cart to RTS under before it fell back to making the order itself
   * (R-PRO-3): if HQ made the order after all, Synchronize orders links to it instead of making another.
   */
  idempotencyKey: z.string().max(200).optional(),
});
export type AsyncCreateOrder = z.infer<typeof AsyncCreateOrder>;

/** The kinds of store transactions a P-job pulls; pickups and cancellations of async orders follow. */
export const STORE_TRANSACTION_KINDS = ['createOrder'] as const;
export const StoreTransactionKind = z.enum(STORE_TRANSACTION_KINDS);

/**
 * One row of a store's outbox (R-ASY-3): written in the transaction that made the order, numbered in the
 * order the store wrote them. The transaction id is the key HQ stages it under, so pulling twice stages once.
 */
export const StoreTransaction = z.object({
  sequence: z.number().int().positive(),
  transactionId: z.string(),
  kind: StoreTransactionKind,
  orderId: z.string(),
  confirmationNumber: z.string(),
  createdAt: z.string(),
  payload: AsyncCreateOrder,
});
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
});
export type StoreTransactionPage = z.infer<typeof StoreTransactionPage>;
