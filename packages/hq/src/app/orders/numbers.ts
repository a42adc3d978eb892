import type { Trx } from '../transaction.ts';

/** The sequences the first migration creates, each starting at 0. */
export const FORMATS = {
  order: 'SO-',
  invoice: 'INV-',
  returnOrder: 'RET-',
} as const;

export type NumberSequence = keyof typeof FORMATS;

/**
 * The next `count` readable numbers of a sequence (`SO-000123`…), in one update. The counter row is
 * updated inside the caller's transaction, which locks it until commit: two orders never share a number,
 * and a rolled-back number was never seen by anyone.
 */
export async function nextNumbers(trx: Trx, sequence: NumberSequence, count: number): Promise<string[]> {
  if (count === 0) return [];
  const updated = await trx
    .updateTable('sequences')
    .set((eb) => ({ next_value: eb('next_value', '+', count) }))
    .where('name', '=', sequence)
    .returning('next_value')
    .executeTakeFirstOrThrow();
  const first = Number(updated.next_value) - count + 1;
  return Array.from({ length: count }, (_, i) => `${FORMATS[sequence]}${String(first + i).padStart(6, '0')}`);
}
