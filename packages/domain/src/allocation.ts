import { type Money, money } from './money.ts';

/**
 * R-MON-3: splits `total` over parts in proportion to `weights` by largest remainder, so the parts
 * always add up to the whole.
 *
 * Each part first gets the floor of its exact share; the cents left over go one each to the parts with
 * the largest remainders. Ties go to the earlier part, so the same input always gives the same split:
 * of 10 cents over three equal parts, the first part gets 4.
 *
 * Weights are non-negative integers (amounts or unit counts). When every weight is zero the total is
 * split evenly, as if all weights were one. A negative total is split as its magnitude and negated, so a
 * refund splits exactly like the charge it reverses.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  money(total);
  if (weights.length === 0) throw new RangeError('cannot allocate over no parts');
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError(`invalid weight: ${weight}`);
  }
  if (total < 0) return allocate(-total, weights).map((part) => (part === 0 ? 0 : -part));

  const effective = weights.every((weight) => weight === 0) ? weights.map(() => 1) : weights;
  const whole = BigInt(total);
  const weightSum = effective.reduce((acc, weight) => acc + BigInt(weight), 0n);

  const parts = effective.map((weight) => {
    const exact = whole * BigInt(weight);
    return { floor: exact / weightSum, remainder: exact % weightSum };
  });
  let leftover = whole - parts.reduce((acc, part) => acc + part.floor, 0n);

  const byRemainder = parts
    .map((part, index) => ({ index, remainder: part.remainder }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const result = parts.map((part) => part.floor);
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    result[index] = (result[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return result.map(Number);
}
