import { STAGED_TRANSITIONS, type StagedStatus } from '@kassa/domain';
import { z } from 'zod';
import { StoreTransactionKind, StoreTransactionPayload } from './store-transactions.ts';

/** R-ASY-4's statuses of a staged transaction: the domain's, so a new one reaches the wire at once. */
export const StagedTransactionStatus = z.enum(
  Object.keys(STAGED_TRANSITIONS) as [StagedStatus, ...StagedStatus[]],
);
export type StagedTransactionStatus = z.infer<typeof StagedTransactionStatus>;

/** A store transaction the P-job pulled, as the back office reads it (HQ: `GET /api/staged-transactions`). */
export const StagedTransaction = z.object({
  transactionId: z.string(),
  storeId: z.string(),
  sequence: z.number(),
  kind: StoreTransactionKind,
  orderId: z.string(),
  confirmationNumber: z.string(),
  status: StagedTransactionStatus,
  reason: z.string().nullable().describe('why it failed, to correct it'),
  salesOrderId: z.string().nullable().describe('the sales order it became, once succeeded'),
  payload: StoreTransactionPayload,
  stagedAt: z.string(),
  updatedAt: z.string(),
});
export type StagedTransaction = z.infer<typeof StagedTransaction>;

/** A page of staged transactions by store and sequence; the next page continues `after` its `next`. */
export const StagedTransactionPage = z.object({
  transactions: z.array(StagedTransaction),
  next: z.string().nullable().describe('the `after` of the next page; null when this page is the last'),
});
export type StagedTransactionPage = z.infer<typeof StagedTransactionPage>;
