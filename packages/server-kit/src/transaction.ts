import type { Kysely, Transaction } from 'kysely';
import { isFailure } from './failure.ts';

class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rolled back');
  }
}

/**
 * Runs `work` in one transaction. A failure it returns (anything `isFailure` recognizes) rolls
 * everything back, so nothing is ever half-written; with `rollback: true` even a success is rolled back
 * (a dry-run preview). The result is what `work` returned, failures included.
 */
export async function transact<DB, R>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<R>,
  { rollback = false }: { rollback?: boolean } = {},
): Promise<R> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (rollback || isFailure(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as R;
    throw error;
  }
}
