import { vatIn } from './money.ts';

/**
 * R-MON-4: VAT per rate, each computed on its rate's summed gross (as receipts and invoices do), so the
 * cart shows the VAT the receipt will.
 */
export function vatPerRate(
  amounts: readonly { readonly amount: number; readonly vatRate: number }[],
): { rate: number; vat: number }[] {
  const gross = new Map<number, number>();
  for (const { amount, vatRate } of amounts) gross.set(vatRate, (gross.get(vatRate) ?? 0) + amount);
  return [...gross].sort(([a], [b]) => b - a).map(([rate, sum]) => ({ rate, vat: vatIn(sum, rate) }));
}
