/*
 * Amounts are integer cents (R-MON-1), typed as euros with a point or a comma, whichever the user's
 * keyboard has (money.ts shows them).
 */
/** "12", "12.5", "12,50" → 1250; anything else (three decimals, letters, nothing) → undefined. */
export function parseMoney(text: string): number | undefined {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as the user would type them (a prefilled amount): 1250 → "12.50". */
export const moneyInput = (cents: number) => (cents / 100).toFixed(2);
