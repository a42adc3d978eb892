import { type Failure, fail } from '../failure.ts';

/**
 * Cards are paid through HQ's payment connector (ADR 0012), so what the store does on its own, without HQ,
 * is paid in cash: an order it makes (R-ASY-2) and a pickup or cancellation of one (R-ASY-5). The refusal
 * names the tender at fault.
 */
export function cardNeedsHq(what: string, field: string, rule: 'R-ASY-2' | 'R-ASY-5'): Failure {
  return fail('CARD_NEEDS_HQ', `cards are paid through HQ, and ${what} without HQ: take cash (${rule})`, {
    field,
    rule,
  });
}
