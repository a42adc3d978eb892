import { basisPoints, divideRounded, type Money, type Percent } from './money.ts';

/** R-MON-4: prices include VAT; the VAT in a gross amount is round(gross × rate / (100 + rate)). */
export function vatInGross(gross: Money, rate: Percent): Money {
  const bp = basisPoints(rate);
  return divideRounded(BigInt(gross) * bp, 10_000n + bp);
}

export interface VatLine {
  readonly rate: Percent;
  readonly gross: Money;
  readonly vat: Money;
  readonly net: Money;
}

/**
 * R-MON-4: VAT per rate, as receipts and invoices show it. The VAT is taken from the sum of the gross
 * amounts at each rate, not summed per line, so a receipt's VAT is what the tax office computes from its
 * totals. Rates come out in ascending order.
 */
export function vatPerRate(
  items: Iterable<{ readonly amount: Money; readonly vatRate: Percent }>,
): VatLine[] {
  const grossByRate = new Map<Percent, Money>();
  for (const item of items) grossByRate.set(item.vatRate, (grossByRate.get(item.vatRate) ?? 0) + item.amount);
  return [...grossByRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rate, gross]) => {
      const vat = vatInGross(gross, rate);
      return { rate, gross, vat, net: gross - vat };
    });
}
