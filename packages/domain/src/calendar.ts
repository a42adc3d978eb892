import { Temporal } from 'temporal-polyfill';

/** A calendar date in a store's time zone, ISO 8601 (`2026-11-27`). Ship, pickup and expiry dates are dates, not instants. */
export type LocalDate = string;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString() === value;
  } catch {
    return false;
  }
}

/** The last date `localDateAt` worked out: one operation asks for today many times. */
let last: { epochNanoseconds: bigint; timeZone: string; date: LocalDate } | undefined;

/** The date it is at `now` in `timeZone` (an IANA zone such as `Europe/Amsterdam`). */
export function localDateAt(now: Temporal.Instant, timeZone: string): LocalDate {
  if (last?.epochNanoseconds !== now.epochNanoseconds || last.timeZone !== timeZone) {
    last = {
      epochNanoseconds: now.epochNanoseconds,
      timeZone,
      date: now.toZonedDateTimeISO(timeZone).toPlainDate().toString(),
    };
  }
  return last.date;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** ISO dates of four-digit years sort as text. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An instant as stored and sent: ISO 8601 in UTC with exactly three decimals, so instants sort as text
 * (`10:00:00.500Z` before `10:00:01.000Z`) in both databases.
 */
export function instantText(instant: Temporal.Instant): string {
  // The same text as `toString({ fractionalSecondDigits: 3 })` for years 0–9999, without the polyfill's
  // formatting, which was a tenth of Synchronize orders' time.
  return new Date(instant.epochMilliseconds).toISOString();
}
