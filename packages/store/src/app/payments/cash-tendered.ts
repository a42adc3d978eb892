import type { PaymentInput } from '@kassa/contracts';
import { type Failure, fail } from '../failure.ts';

/**
 * The cash the customer handed over covers what is paid in cash, or the receipt would print negative
 * change: checked before anything is sent or written, so a short count never follows a committed payment.
 */
export function checkCashTendered(
  payments: readonly PaymentInput[] | undefined,
  cashTendered: number | undefined,
): Failure | undefined {
  if (cashTendered === undefined) return undefined;
  const cash = (payments ?? []).reduce((acc, p) => acc + (p.method === 'cash' ? p.amount : 0), 0);
  if (cashTendered >= cash) return undefined;
  return fail('VALIDATION_FAILED', `cash tendered ${cashTendered} is less than the ${cash} paid in cash`, {
    field: 'cashTendered',
  });
}
