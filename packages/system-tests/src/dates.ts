/**
 * A date `days` after today in the demo stores' time zone (Europe/Amsterdam), so pickup and ship dates are
 * never in the past (R-CRE-2), whenever the tests run.
 */
export function inDays(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
