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

/** The date it is at `now` in `timeZone` (an IANA zone such as `Europe/Amsterdam`). */
export function localDateAt(now: Temporal.Instant, timeZone: string): LocalDate {
  return now.toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));
}

/**
 * An instant as stored and sent: ISO 8601 in UTC with exactly three decimals, so instants sort as text
 * (`10:00:00.500Z` before `10:00:01.000Z`) in both databases.
 */
export function instantText(instant: Temporal.Instant): string {
  return instant.toString({ fractionalSecondDigits: 3 });
}
