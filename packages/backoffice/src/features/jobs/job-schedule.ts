import type { SCHEDULE_LIMITS } from '@kassa/contracts';

/** The interval HQ accepts: a job every 10 s to once a day (its own copy: the bundle takes types only). */
export const INTERVAL_LIMITS = {
  minSeconds: 10,
  maxSeconds: 86_400,
} as const satisfies typeof SCHEDULE_LIMITS;

/**
 * The interval as typed: blank is "only when run by hand" (null); otherwise a whole number of seconds
 * within HQ's limits, or undefined when it is not one.
 */
export function parseInterval(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const seconds = Number(trimmed);
  return seconds >= INTERVAL_LIMITS.minSeconds && seconds <= INTERVAL_LIMITS.maxSeconds ? seconds : undefined;
}

/** An interval as it is typed back: blank for manual only. */
export const intervalText = (seconds: number | null) => (seconds === null ? '' : String(seconds));

/** An interval in the largest whole unit it is (`300` → 5 minutes), for the words of a schedule. */
export function intervalParts(seconds: number): { unit: 'seconds' | 'minutes' | 'hours'; count: number } {
  if (seconds % 3600 === 0) return { unit: 'hours', count: seconds / 3600 };
  if (seconds % 60 === 0) return { unit: 'minutes', count: seconds / 60 };
  return { unit: 'seconds', count: seconds };
}
