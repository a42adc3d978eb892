import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Trx } from '../transaction.ts';

/** The change being applied: which one, when, at which store. */
export interface Applying {
  readonly storeId: string;
  readonly number: number;
  readonly at: string;
}

/**
 * How one kind of distributed entity lives in the channel database: its payload's schema, the key HQ
 * files it under, how a change replaces it, and how it reads back in the shape HQ sent.
 */
export interface Replica<T> {
  readonly schema: z.ZodType<T>;
  keyOf(value: T, storeId: string): string;
  upsert(trx: Trx, value: T, applying: Applying): Promise<void>;
  load(db: Kysely<Database>, key: string, storeId: string): Promise<T | undefined>;
}

/** The columns every replica row carries. */
export const created = (applying: Applying) => ({
  change_number: applying.number,
  created_at: applying.at,
  updated_at: applying.at,
});
export const updated = (applying: Applying) => ({ change_number: applying.number, updated_at: applying.at });

// Rates and percentages have at most two decimals (contracts' Percent): integer basis points, as at HQ.
export const toBasisPoints = (percent: number): number => Math.round(percent * 100);
export const fromBasisPoints = (bp: number): number => bp / 100;
