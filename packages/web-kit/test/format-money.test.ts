import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../src/format/money.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';

/** Intl puts a no-break space between € and the amount in Dutch; people read a space. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('R-MON-1: amounts in cents as the associate reads them', () => {
  it.each([
    [123456, 'nl', '€ 1.234,56'],
    [123456, 'en', '€1,234.56'],
    [0, 'nl', '€ 0,00'],
    [5, 'en', '€0.05'],
    [-50, 'en', '-€0.50'],
    [-123456, 'nl', '€ -1.234,56'],
    [100000000, 'nl', '€ 1.000.000,00'],
    [Number.MAX_SAFE_INTEGER, 'en', '€90,071,992,547,409.91'],
  ] as const)('%i cents in %s is %s', (cents, language, text) => {
    expect(plain(formatMoney(cents, language))).toBe(text);
  });

  it('never loses or gains a cent: the digits are the amount, the sign is its sign, two decimals', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(...LANGUAGES), (cents, language) => {
        const text = formatMoney(cents, language);
        expect(text.replace(/\D/g, '')).toBe(String(Math.abs(cents)).padStart(3, '0'));
        expect(text.includes('-')).toBe(cents < 0);
        const decimal = language === 'nl' ? ',' : '.';
        expect(text).toMatch(new RegExp(`\\${decimal}\\d{2}$`));
      }),
    );
  });

  it('refuses what is not a whole number of cents rather than rounding it', () => {
    expect(() => formatMoney(12.5, 'en')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'nl')).toThrow(RangeError);
  });
});
