/**
 * When a job runs by itself, as HQ answers `GET /api/distribution/schedules` and
 * `GET /api/batch-jobs/schedules` (decision 0009): every `intervalSeconds` after it last started, or only
 * when run by hand (null); `enabled` false pauses it.
 */
export interface JobSchedule<Job extends string = string> {
  readonly job: Job;
  readonly description: string;
  readonly intervalSeconds: number | null;
  readonly enabled: boolean;
  readonly lastStartedAt: string | null;
  /** When the scheduler starts it next; null when it does not (manual only, or paused). */
  readonly nextRunAt: string | null;
}

/** The interval HQ accepts: a job every 10 s to once a day. */
export const INTERVAL_LIMITS = { minSeconds: 10, maxSeconds: 86_400 } as const;

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
