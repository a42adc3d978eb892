import type { Trx } from '../transaction.ts';

/** The sequences the first migration creates, each starting at 0. */
export const FORMATS = {
  order: 'SO-',
  invoice: 'INV-',
  returnOrder: 'RET-',
} as const;

export type NumberSequence = keyof typeof FORMATS;

/**
 * The next readable number of a sequence (`SO-000123`). The counter row is updated inside the caller's
 * transaction, which locks it until commit: two orders never share a number, and a rolled-back number
 * was never seen by anyone.
 */
export async function nextNumber(trx: Trx, sequence: NumberSequence): Promise<string> {
  const updated = await trx
    .updateTable('sequences')
    .set((eb) => ({ next_value: eb('next_value', '+', 1) }))
    .where('name', '=', sequence)
    .returning('next_value')
    .executeTakeFirstOrThrow();
  return `${FORMATS[sequence]}${String(updated.next_value).padStart(6, '0')}`;
}
