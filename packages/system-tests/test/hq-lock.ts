import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { System } from '../src/system.ts';

/**
 * A lock held in HQ's own database from outside HQ, so that a request is certainly in flight at HQ (waiting
 * on it) when the test kills HQ. On SQLite it is the database's write lock: HQ blocks at the first write
 * of the call (claiming its idempotency key), synchronously, up to its 5 s busy timeout. On PostgreSQL it
 * is one stock row: HQ claims the key, takes the cards and then waits where a create order locks the stock
 * it needs, in the middle of its transaction.
 */
export interface HqLock {
  readonly engine: 'sqlite' | 'postgres';
  /** Resolves once HQ is seen waiting on the lock; rejects after `timeoutMs`. */
  waitUntilHqWaits(timeoutMs?: number): Promise<void>;
  release(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Locks, in HQ's database, the stock row of `sku` at `locationId` (PostgreSQL) or the whole database (SQLite). */
export async function lockHqStock(system: System, locationId: string, sku: string): Promise<HqLock> {
  const where = system.hqDatabase;
  if ('sqliteFile' in where) {
    const sqlite = new SQLite(where.sqliteFile, { fileMustExist: true });
    sqlite.exec('begin immediate');
    return {
      engine: 'sqlite',
      // better-sqlite3 waits for a lock synchronously: HQ waiting answers nothing, not even a 404.
      async waitUntilHqWaits(timeoutMs = 4_000) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
          try {
            const answer = await fetch(system.kassa.hq.url, { signal: AbortSignal.timeout(300) });
            await answer.body?.cancel();
          } catch {
            return;
          }
          await pause(10);
        }
        throw new Error('HQ did not wait on its database');
      },
      async release() {
        sqlite.exec('rollback');
        sqlite.close();
      },
    };
  }

  const client = new pg.Client({ connectionString: where.postgresUrl });
  await client.connect();
  await client.query('begin');
  const locked = await client.query('select 1 from stock where location_id = $1 and sku = $2 for update', [
    locationId,
    sku,
  ]);
  if (locked.rowCount !== 1) throw new Error(`no stock row of ${sku} at ${locationId}`);
  const ours = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid;
  return {
    engine: 'postgres',
    async waitUntilHqWaits(timeoutMs = 10_000) {
      // Not through the locking connection: in a transaction, pg_stat_activity answers one snapshot.
      const observer = new pg.Client({ connectionString: where.postgresUrl });
      await observer.connect();
      try {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
          const waiting = await observer.query(
            `select 1 from pg_stat_activity
              where datname = current_database() and pid <> $1 and wait_event_type = 'Lock'
                and query ilike '%for update%'`,
            [ours],
          );
          if ((waiting.rowCount ?? 0) > 0) return;
          await pause(10);
        }
        throw new Error('HQ did not wait on the stock row');
      } finally {
        await observer.end();
      }
    },
    async release() {
      await client.query('rollback');
      await client.end();
    },
  };
}
