import type { RefusalCode } from '@kassa/domain';
import type { Failure as ExpectedFailure } from '@kassa/server-kit';
/** Refusals of the store server, each with its HTTP status, in one place. */
export const STORE_FAILURES = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  WRONG_STORE: 403,
  NOT_FOUND: 404,
  DISTRIBUTION_GAP: 409,
  INVALID_PACKAGE: 422,
  INVALID_PAYLOAD: 422,
  VERSION_CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  CART_COMPLETED: 409,
  CART_ALREADY_SENT: 409,
  CUSTOMER_REQUIRED: 422,
  NO_LINES: 422,
  NOT_CONFIGURED: 409,
  CARD_NEEDS_HQ: 422,
  TOO_MANY_ATTEMPTS: 429,
  /** HQ down, slow or failing: the register keeps everything and may retry (R-ASY-1). */
  HQ_UNREACHABLE: 503,
} as const;
export type StoreFailureCode = keyof typeof STORE_FAILURES;

export function fail(
  code: StoreFailureCode,
  message: string,
  extra: {
    field?: string;
    rule?: string;
    details?: Record<string, string | number>;
    permission?: string;
  } = {},
): Failure {
  return { ok: false, status: STORE_FAILURES[code], code, message, ...extra };
}

export { isFailure } from '@kassa/server-kit';
/** A refusal HQ answered (a 4xx of the RTS), passed on to the POS as HQ worded it. */
export interface RelayedFailure extends ExpectedFailure {
  readonly relayedFrom: 'HQ';
}

/**
 * An expected failure of this server (see @kassa/server-kit): its own codes, the order rules' refusals when
 * it decides an order itself (async mode), or one HQ answered.
 */
export type Failure = ExpectedFailure<StoreFailureCode | RefusalCode> | RelayedFailure;
