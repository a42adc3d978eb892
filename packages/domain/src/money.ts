/**
 * Money is an integer number of minor units of the company currency (R-MON-1): cents for EUR.
 * Floats never hold an amount; every division goes through `divideRounded` on bigints, so no
 * intermediate product can lose precision however large the order.
 */
export type Money = number;

/** A percentage with at most two decimals (21, 9, 12.5, 33.33). */
export type Percent = number;

export const ZERO: Money = 0;

export function isMoney(value: unknown): value is Money {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Throws on a non-integer: an amount that is not whole minor units is a bug, not a business refusal. */
export function money(value: number): Money {
  if (!isMoney(value)) throw new RangeError(`not an amount in minor units: ${value}`);
  return value;
}

export function isPercent(value: unknown): value is Percent {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Number.isInteger(Math.round(value * 100)) &&
    Math.abs(Math.round(value * 100) - value * 100) < 1e-6
  );
}

/** A percentage as an integer of hundredths of a percent (basis points): 12.5 → 1250. */
export function basisPoints(percent: Percent): bigint {
  const bp = Math.round(percent * 100);
  if (!isPercent(percent)) throw new RangeError(`not a percentage with at most two decimals: ${percent}`);
  return BigInt(bp);
}

/** numerator / denominator rounded half away from zero (R-MON-2), on exact integers. */
export function divideRounded(numerator: bigint, denominator: bigint): Money {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return Number(negative ? -quotient : quotient);
}

/** R-MON-2: a percentage of an amount, rounded half away from zero to the minor unit. */
export function percentOf(amount: Money, percent: Percent): Money {
  return divideRounded(BigInt(money(amount)) * basisPoints(percent), 10_000n);
}

export function sum(amounts: Iterable<Money>): Money {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
}

export function sumBy<T>(items: Iterable<T>, amountOf: (item: T) => Money): Money {
  let total = 0;
  for (const item of items) total += amountOf(item);
  return total;
}

export function min(a: Money, b: Money): Money {
  return a < b ? a : b;
}

export function max(a: Money, b: Money): Money {
  return a > b ? a : b;
}

/** Formats for people only (receipts, messages); nothing computes with the result. */
export function formatMoney(amount: Money, currency = 'EUR', locale = 'en-NL'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 100);
}
