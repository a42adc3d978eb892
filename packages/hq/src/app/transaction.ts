import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type Failure, isFailure } from './failure.ts';

export type Trx = Transaction<Database>;

class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rolled back');
  }
}

/**
 * Runs `work` in one transaction. A failure it returns rolls everything back, so nothing is ever
 * half-written; with `rollback: true` even a success is rolled back (the dry-run preview).
 */
export async function transact<T>(
  db: Kysely<Database>,
  work: (trx: Trx) => Promise<T | Failure>,
  { rollback = false }: { rollback?: boolean } = {},
): Promise<T | Failure> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (rollback || isFailure(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as T | Failure;
    throw error;
  }
}
