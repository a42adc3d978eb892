import type { Language } from '../i18n/languages.ts';

/** The locale each language formats in: Dutch as in the Netherlands (€ 1.234,56), English as in Europe. */
export const LOCALES: Record<Language, string> = { en: 'en-IE', nl: 'nl-NL' };

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, currency: string): Intl.NumberFormat {
  const key = `${language}|${currency}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(LOCALES[language], {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, found);
  }
  return found;
}

/**
 * An amount in minor units (cents, R-MON-1) as people read it: `€ 1.234,56` in Dutch,
 * `€1,234.56` in English. Exact: Intl formats only the whole units (an integer, so exact) for the
 * symbol, sign, grouping and separator, and the cents are put in as digits, never via a float
 * division that could round.
 */
export function formatMoney(cents: number, language: Language, currency = 'EUR'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`an amount in cents is an integer, not ${cents}`);
  const negative = cents < 0;
  const magnitude = Math.abs(cents);
  const fraction = magnitude % 100;
  const units = (magnitude - fraction) / 100;
  // -0 keeps the sign of a negative amount below one unit (−€0.50).
  return formatter(language, currency)
    .formatToParts(negative ? -units : units)
    .map((part) => (part.type === 'fraction' ? String(fraction).padStart(2, '0') : part.value))
    .join('');
}
