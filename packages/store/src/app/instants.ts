import type { Temporal } from 'temporal-polyfill';

/**
 * An instant as stored in the channel database: UTC, always three fractional digits, so that text order
 * is time order (`10:00:00Z` would sort after `10:00:00.5Z`).
 */
export const isoOf = (instant: Temporal.Instant): string => instant.toString({ fractionalSecondDigits: 3 });
