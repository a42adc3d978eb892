import type {
  StagedTransactionStatus,
  StoreTransactionKind,
  StoreTransactionPayload,
} from '@kassa/contracts';

/** R-ASY-4's statuses of a staged transaction, in the order of the filter. */
export const STAGED_STATUSES = [
  'failed',
  'editing',
  'pending',
  'succeeded',
] as const satisfies readonly StagedTransactionStatus[];

export const STORE_TRANSACTION_KINDS = [
  'createOrder',
  'pickUp',
  'cancel',
] as const satisfies readonly StoreTransactionKind[];

/** Every query of staged transactions starts with this: a job run or a correction refreshes them all. */
export const STAGED_TRANSACTIONS_KEY = ['staged-transactions'] as const;

export const stagedTransactionPath = (transactionId: string) =>
  `/staged-transactions/${encodeURIComponent(transactionId)}`;

/** The payload as the correction form shows it: indented JSON, one field a line. */
export const payloadText = (payload: StoreTransactionPayload) => JSON.stringify(payload, null, 2);

/**
 * The corrected payload as typed: an object of JSON, else where the text stops being JSON. HQ checks the
 * rest (its schema for the transaction's kind, the order id and confirmation number kept).
 */
export function parsePayload(
  text: string,
): { ok: true; payload: StoreTransactionPayload } | { ok: false; problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'not an object' };
  }
  return { ok: true, payload: parsed as StoreTransactionPayload };
}
