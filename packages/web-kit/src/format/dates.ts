import type { Language } from '../i18n/languages.ts';
import { LOCALES } from './money.ts';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (`2026-11-27`, a pickup or ship date) as people read it: `27 Nov 2026`,
 * `27 nov 2026`. It is a date, not an instant: formatted at UTC so no time zone moves it a day.
 */
export function formatLocalDate(date: string, language: Language): string {
  const match = LOCAL_DATE.exec(date);
  if (!match) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/**
 * An instant (an ISO timestamp: created, paid, changed) as date and time on the device's clock (a
 * register stands in its store and so shows the store's time); an unreadable one as it came.
 */
export function formatInstant(instant: string, language: Language, timeZone?: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}
