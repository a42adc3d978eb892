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

/** An expected failure: answered as a 4xx, never thrown past the transaction that produced it. */
export interface Failure {
  readonly ok: false;
  readonly status: number;
  readonly code: StoreFailureCode;
  readonly message: string;
  readonly rule?: string;
  readonly field?: string;
  readonly details?: Readonly<Record<string, string | number>>;
  /** The permission a 403 is about (R-SEC-1). */
  readonly permission?: string;
}

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

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
