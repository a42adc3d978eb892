import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, divideRounded, isMoney, money, percentOf, vatInGross, vatPerRate } from '../src/index.ts';

describe('money', () => {
  it('R-MON-1 amounts are integers of minor units; anything else is rejected', () => {
    expect(isMoney(1250)).toBe(true);
    expect(isMoney(12.5)).toBe(false);
    expect(isMoney(Number.NaN)).toBe(false);
    expect(isMoney(2 ** 53)).toBe(false);
    expect(() => money(0.1 + 0.2)).toThrow(RangeError);
  });

  it.each([
    [1000, 10, 100],
    [1005, 10, 101], // 100.5 → 101
    [1015, 10, 102], // 101.5 → 102
    [-1005, 10, -101], // half away from zero, also below zero
    [333, 50, 167], // 166.5 → 167
    [4999, 12.5, 625], // 624.875 → 625
    [1, 50, 1], // 0.5 → 1
    [1, 49.99, 0],
    [0, 33.33, 0],
  ])('R-MON-2 %i × %d %% rounds half away from zero to %i', (amount, percent, expected) => {
    expect(percentOf(amount, percent)).toBe(expected);
  });

  it('R-MON-2 rounding is exact for amounts far beyond a float-safe product', () => {
    // 9,007,199,254,740,991 × 33.33 % would lose cents in floating point.
    expect(percentOf(Number.MAX_SAFE_INTEGER, 50)).toBe(4503599627370496);
    expect(divideRounded(-5n, 2n)).toBe(-3);
    expect(divideRounded(5n, 2n)).toBe(3);
  });

  it('R-MON-2 rejects percentages with more than two decimals', () => {
    expect(() => percentOf(100, 12.345)).toThrow(RangeError);
  });
});

describe('allocation', () => {
  it.each([
    ['uneven division: extra cents go to the earliest largest remainders', 100, [1, 1, 1], [34, 33, 33]],
    ['ten cents over three', 10, [1, 1, 1], [4, 3, 3]],
    ['in proportion to the weights', 1000, [1, 2, 7], [100, 200, 700]],
    ['largest remainder wins over position', 10, [1, 3], [3, 7]], // 2.5 / 7.5: tie → first
    ['a single part takes the whole', 999, [5], [999]],
    ['zero weights split evenly', 5, [0, 0], [3, 2]],
    ['a zero weight among others gets nothing', 500, [0, 1, 1], [0, 250, 250]],
    ['a negative total splits like its magnitude', -100, [1, 1, 1], [-34, -33, -33]],
    ['zero total', 0, [3, 1], [0, 0]],
    ['largest remainder, not first, gets the cent', 100, [1, 2, 3], [17, 33, 50]],
  ])('R-MON-3 %s', (_title, total, weights, expected) => {
    expect(allocate(total as number, weights as number[])).toEqual(expected);
  });

  it('R-MON-3 refuses to allocate over no parts or with negative weights', () => {
    expect(() => allocate(100, [])).toThrow(RangeError);
    expect(() => allocate(100, [1, -1])).toThrow(RangeError);
  });

  it('R-MON-3 property: parts always add up to the whole and differ from the exact share by less than a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
          const weightSum = effective.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            expect(Math.abs(part - (total * (effective[i] ?? 0)) / weightSum)).toBeLessThan(1);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('VAT', () => {
  it.each([
    [12100, 21, 2100],
    [10900, 9, 900],
    [1000, 21, 174], // 173.55 → 174
    [999, 9, 82], // 82.49 → 82
    [0, 21, 0],
    [5000, 0, 0],
  ])('R-MON-4 the VAT in %i gross at %d %% is %i', (gross, rate, vat) => {
    expect(vatInGross(gross, rate)).toBe(vat);
  });

  it('R-MON-4 VAT per rate is computed on the total gross of each rate, lowest rate first', () => {
    const lines = vatPerRate([
      { amount: 1000, vatRate: 21 },
      { amount: 1000, vatRate: 21 },
      { amount: 545, vatRate: 9 },
    ]);
    expect(lines).toEqual([
      { rate: 9, gross: 545, vat: 45, net: 500 },
      { rate: 21, gross: 2000, vat: 347, net: 1653 },
    ]);
  });
});
