import { transact } from '@kassa/server-kit';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export { transact };
export type Trx = Transaction<Database>;

/**
 * How long a commit waits. `disk`, the default: until the change is on disk, so a completed sale survives
 * a power cut (ARCHITECTURE.md). `process`: until it is in the write-ahead log, which a crash of the store
 * server does not lose but a power cut may; for what the register can simply do again (a cart being
 * filled), so that 20 registers filling carts do not queue behind the disk on the one thread they share.
 */
export type Durability = 'disk' | 'process';

/** `transact` with the commit waiting as `durability` says (SQLite's synchronous, for this commit only). */
export async function transactWith<R>(
  db: Kysely<Database>,
  durability: Durability,
  work: (trx: Trx) => Promise<R>,
): Promise<R> {
  if (durability === 'disk') return transact(db, work);
  // One connection for the three steps, so no other commit runs between them with the lighter setting.
  return db.connection().execute(async (connection) => {
    await sql`pragma synchronous = NORMAL`.execute(connection);
    try {
      return await transact(connection, work);
    } finally {
      await sql`pragma synchronous = FULL`.execute(connection);
    }
  });
}
