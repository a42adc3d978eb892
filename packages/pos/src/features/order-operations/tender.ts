import type { PaymentInput } from '@kassa/contracts';
import { parseMoney } from '../cart/money.ts';

/** How the customer pays what an operation makes due now, as typed. */
export interface Tender {
  readonly method: 'cash' | 'card';
  /** Cash handed over, for the change; empty when it is exactly what is due. */
  readonly handed: string;
  readonly cardNumber: string;
  readonly expiry: string;
}

export const NO_TENDER: Tender = { method: 'cash', handed: '', cardNumber: '', expiry: '' };

/** The change to give back: what was handed over beyond what is due; 0 when nothing (valid) is typed. */
export function changeOf(tender: Tender, due: number): number {
  const handed = parseMoney(tender.handed);
  return handed !== undefined && handed > due ? handed - due : 0;
}

/**
 * What the request carries for the tender: nothing when nothing is due (R-PCK-3: due 0 completes
 * without tender), else the whole due in cash or on the card, and the cash handed over for the change
 * on the receipt. Handed over less than due is sent as it is: the store refuses it at `cashTendered`.
 */
export function paymentsFor(
  tender: Tender,
  due: number,
  cardToken: string | undefined,
): { payments?: PaymentInput[]; cashTendered?: number } {
  if (due <= 0) return {};
  if (tender.method === 'card' && cardToken) {
    return { payments: [{ method: 'card', cardToken, amount: due }] };
  }
  const handed = parseMoney(tender.handed);
  return {
    payments: [{ method: 'cash', amount: due }],
    ...(handed !== undefined && handed > 0 && handed !== due ? { cashTendered: handed } : {}),
  };
}
