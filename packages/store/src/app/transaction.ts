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
 * half-written.
 */
export async function transact<T>(
  db: Kysely<Database>,
  work: (trx: Trx) => Promise<T | Failure>,
): Promise<T | Failure> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (isFailure(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as T | Failure;
    throw error;
  }
}
