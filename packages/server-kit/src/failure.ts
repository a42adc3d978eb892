/**
 * An expected failure: answered as a 4xx with a stable code, the rule it enforces and the field at fault;
 * never thrown past the transaction that produced it (STYLE.md: two error channels). Each server keeps
 * its own catalog of codes and statuses.
 */
export interface Failure<Code extends string = string> {
  readonly ok: false;
  readonly status: number;
  readonly code: Code;
  readonly message: string;
  readonly rule?: string;
  readonly field?: string;
  readonly details?: Readonly<Record<string, string | number>>;
  /** The permission a 403 is about (R-SEC-1). */
  readonly permission?: string;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
