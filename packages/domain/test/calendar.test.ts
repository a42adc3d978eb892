import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { compareDates, instantText, localDateAt } from '../src/calendar.ts';

const instants = fc
  .bigInt({ min: 0n, max: 253_402_300_799_999_999_999n })
  .map((ns) => Temporal.Instant.fromEpochNanoseconds(ns));

describe('calendar: instants and dates as Kassa stores them (SPEC §2)', () => {
  it('an instant is stored as ISO 8601 in UTC with exactly three decimals, truncated', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        expect(instantText(instant)).toBe(instant.toString({ fractionalSecondDigits: 3 }));
      }),
    );
    expect(instantText(Temporal.Instant.from('2026-11-27T10:00:00.999999Z'))).toBe(
      '2026-11-27T10:00:00.999Z',
    );
  });

  it('dates compare as the calendar orders them', () => {
    fc.assert(
      fc.property(instants, instants, (a, b) => {
        const [da, db] = [localDateAt(a, 'UTC'), localDateAt(b, 'UTC')];
        expect(Math.sign(compareDates(da, db))).toBe(
          Temporal.PlainDate.compare(Temporal.PlainDate.from(da), Temporal.PlainDate.from(db)),
        );
      }),
    );
  });

  it("the date at an instant is the store's date in its own time zone, also when asked again for another zone", () => {
    const lateEvening = Temporal.Instant.from('2026-11-27T23:30:00Z');
    expect(localDateAt(lateEvening, 'Europe/Amsterdam')).toBe('2026-11-28');
    expect(localDateAt(lateEvening, 'America/New_York')).toBe('2026-11-27');
    expect(localDateAt(lateEvening, 'Europe/Amsterdam')).toBe('2026-11-28');
    expect(localDateAt(Temporal.Instant.from('2026-11-27T22:59:59Z'), 'Europe/Amsterdam')).toBe('2026-11-27');
  });
});
