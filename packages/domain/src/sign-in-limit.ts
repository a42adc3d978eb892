import { Temporal } from 'temporal-polyfill';

/**
 * R-SEC-1: at most 5 wrong passwords per staff id in 5 minutes, at a register (sign-ins and manager
 * overrides) and in the back office alike.
 */
export const SIGN_IN_LIMIT = { failures: 5, minutes: 5 } as const;

/** Attempts at or before this instant count for nobody any more. */
export const signInWindowStart = (now: Temporal.Instant): Temporal.Instant =>
  now.subtract({ minutes: SIGN_IN_LIMIT.minutes });

/** Whether a password may be checked now; when not, the instant it may again and the seconds until then. */
export type SignInVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAt: Temporal.Instant; readonly retryAfter: number };

/**
 * The verdict on one password check, given the other attempts of its staff id that are still recorded:
 * its failures, and checks racing it that are not decided yet (counting those too is what keeps racing
 * guesses from all slipping under the limit). With the limit's number of them in the window the check is
 * refused until the oldest of the newest `failures` leaves the window; `retryAfter` is whole seconds, at
 * least 1, as a Retry-After header wants it.
 */
export function signInVerdict(others: readonly Temporal.Instant[], now: Temporal.Instant): SignInVerdict {
  const since = signInWindowStart(now);
  const recent = others
    .filter((at) => Temporal.Instant.compare(at, since) > 0)
    .sort((a, b) => Temporal.Instant.compare(b, a));
  const deciding = recent[SIGN_IN_LIMIT.failures - 1];
  if (deciding === undefined) return { allowed: true };
  const retryAt = deciding.add({ minutes: SIGN_IN_LIMIT.minutes });
  const retryAfter = Math.max(1, Math.ceil((retryAt.epochMilliseconds - now.epochMilliseconds) / 1000));
  return { allowed: false, retryAt, retryAfter };
}
