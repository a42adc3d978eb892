import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { formatInstant, formatLocalDate } from './dates.ts';
import { formatMoney } from './money.ts';

export interface Format {
  readonly language: Language;
  /** Cents as `€ 1.234,56` / `€1,234.56`. */
  money(cents: number): string;
  /** A calendar date (`2026-11-27`). */
  date(date: string): string;
  /** An ISO instant, on this device's clock. */
  instant(instant: string): string;
}

/** Amounts and dates in the language the user chose, following a switch. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return {
    language,
    money: (cents) => formatMoney(cents, language),
    date: (date) => formatLocalDate(date, language),
    instant: (instant) => formatInstant(instant, language),
  };
}
