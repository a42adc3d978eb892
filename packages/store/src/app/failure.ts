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
  TOO_MANY_ATTEMPTS: 429,
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
/** An expected failure of this server (see @kassa/server-kit), with its own codes. */
export type Failure = ExpectedFailure<StoreFailureCode>;
