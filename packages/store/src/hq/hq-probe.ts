import type { RtsClient } from './rts-client.ts';

/**
 * How long the probe waits. Short, because a register polls the status and waits for it; an HQ slower
 * than this is down as far as a till is concerned, though a checkout still waits the RTS's full timeout.
 */
export const HQ_PROBE_TIMEOUT_MS = 2000;

/** A probe's answer is kept this long, so every register of the store can poll without each reaching HQ. */
const MAX_AGE_MS = 3000;

// No order has this id: HQ checks the store's credential and answers 404 after one indexed read, which is
// as much as a checkout needs of it to be up.
const PROBE_PATH = '/orders/hq-probe';

/** Whether HQ answers the real-time service right now, as a register's banner shows it (R-PRO-3). */
export interface HqProbe {
  reachable(): Promise<boolean>;
}

/**
 * Asks HQ through `rts` (give it a client with a short timeout) at most once per few seconds; callers
 * that come while a probe runs share it. Only what the RTS client calls HQ_UNREACHABLE counts as down:
 * HQ answering anything, a refusal included, is HQ answering.
 */
export function hqProbe(rts: RtsClient, now: () => number = () => performance.now()): HqProbe {
  let last: { readonly at: number; readonly answer: Promise<boolean> } | undefined;
  return {
    reachable() {
      const at = now();
      if (!last || at - last.at >= MAX_AGE_MS) {
        const answer = rts.get(PROBE_PATH).then(
          (result) => result.ok || result.code !== 'HQ_UNREACHABLE',
          () => false,
        );
        last = { at, answer };
      }
      return last.answer;
    },
  };
}
