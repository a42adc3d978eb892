import type { RefusalCode } from '@kassa/domain';
import type { Failure as ExpectedFailure } from '@kassa/server-kit';

/** Refusals that belong to HQ rather than to the order rules: what a request names does not exist, and so on. */
export const HQ_FAILURES = {
  NOT_FOUND: 404,
  UNKNOWN_PRODUCT: 422,
  PRODUCT_NOT_SOLD: 422,
  UNKNOWN_CUSTOMER: 422,
  UNKNOWN_ADDRESS: 422,
  UNKNOWN_LOCATION: 422,
  WRONG_LOCATION_KIND: 422,
  UNKNOWN_MODE_OF_DELIVERY: 422,
  UNKNOWN_CHARGE_CODE: 422,
  UNKNOWN_PERMISSION_GROUP: 422,
  ALREADY_EXISTS: 409,
  /** A create-only PUT (`If-None-Match: *`, RFC 9110) named a key that exists. */
  KEY_TAKEN: 412,
  VERSION_CONFLICT: 409,
  PAYMENT_DECLINED: 402,
  PAYMENT_FAILED: 402,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  /** R-SEC-1: too many wrong passwords for one staff id; answered with Retry-After. */
  TOO_MANY_ATTEMPTS: 429,
  VALIDATION_FAILED: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_USE: 409,
  NOT_CONFIGURED: 409,
  JOB_RUNNING: 409,
} as const;
export type HqFailureCode = keyof typeof HQ_FAILURES;

export function fail(
  code: HqFailureCode,
  message: string,
  extra: { field?: string; rule?: string; details?: Record<string, string | number> } = {},
): Failure {
  return { ok: false, status: HQ_FAILURES[code], code, message, ...extra };
}

export { fromRefusal, isFailure } from '@kassa/server-kit';
/** An expected failure of this server (see @kassa/server-kit), with its own codes. */
export type Failure = ExpectedFailure<RefusalCode | HqFailureCode>;
