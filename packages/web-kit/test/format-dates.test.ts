import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, formatLocalDate } from '../src/format/dates.ts';

describe('dates as the associate reads them', () => {
  it.each([
    ['2026-11-27', 'en', '27 Nov 2026'],
    ['2026-11-27', 'nl', '27 nov 2026'],
    ['2027-01-01', 'nl', '1 jan 2027'],
  ] as const)('the date %s in %s is %s', (date, language, text) => {
    expect(formatLocalDate(date, language)).toBe(text);
  });

  it('shows every calendar date on its own day, whatever the time zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (at) => {
          const date = at.toISOString().slice(0, 10);
          const day = String(Number(date.slice(8, 10)));
          expect(formatLocalDate(date, 'en').startsWith(`${day} `)).toBe(true);
          expect(formatLocalDate(date, 'en').endsWith(date.slice(0, 4))).toBe(true);
        },
      ),
    );
  });

  it('shows an instant in the time zone given, and what it cannot read as it came', () => {
    expect(formatInstant('2026-11-27T09:05:00Z', 'nl', 'Europe/Amsterdam')).toBe('27 nov 2026, 10:05');
    expect(formatInstant('2026-11-27T09:05:00Z', 'en', 'Europe/Amsterdam')).toBe('27 Nov 2026, 10:05');
    expect(formatInstant('not a time', 'en')).toBe('not a time');
    expect(formatLocalDate('27-11-2026', 'en')).toBe('27-11-2026');
  });
});
