import { runDueJobs } from '../app/distribution/run-due-jobs.ts';
import type { Hq } from '../app/hq-context.ts';

export interface Scheduler {
  /** Stops ticking and waits for the jobs of the current tick to finish. */
  stop(): Promise<void>;
}

/**
 * Every `tickMs`, starts the jobs that are due (runDueJobs): distribution and the P-job. Ticks never
 * overlap: the next is planned when the last has finished, so a slow store delays the schedule rather
 * than piling up runs.
 */
export function startScheduler(
  hq: Hq,
  { tickMs, onError }: { tickMs: number; onError: (error: unknown) => void },
): Scheduler {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const plan = () => {
    if (stopped) return;
    timer = setTimeout(tick, tickMs);
    timer.unref();
  };
  const tick = () => {
    current = runDueJobs(hq, hq.clock()).then(() => undefined, onError);
    void current.then(plan);
  };
  plan();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
