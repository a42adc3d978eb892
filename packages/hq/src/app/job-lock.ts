import { sql } from 'kysely';
import type { HqDatabase } from '../db/database.ts';
import type { Hq } from './hq-context.ts';

/** Jobs running in this process, per database: the guard on SQLite, where HQ is a single process. */
const runningHere = new WeakMap<HqDatabase, Set<string>>();

/** The first key of HQ's advisory locks, so they cannot meet another application's on a shared server. */
const LOCK_SPACE = 0x4b61_7373; // 'Kass'

export type Locked<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

/**
 * Runs `work` unless the job is already running (ARCHITECTURE.md: jobs never run twice at once). In this
 * process a set of running jobs decides; on PostgreSQL a session advisory lock, taken on a connection of
 * its own and held for as long as `work` runs, also does, so several HQ processes can share one schedule
 * and one job at a time runs among all of them. The lock goes with the connection, so a crashed process
 * never leaves it behind. It is not a transaction's: a transaction open for the whole of a long job would
 * hold back PostgreSQL's xmin horizon, so no row version the job makes dead could be pruned until it ended
 * (Synchronize orders slowed from 91 to 40 orders/s over 11,000 orders, each stock row a chain of
 * thousands of dead versions). `work` uses its own connections: the lock's connection only holds the lock.
 */
export async function withJobLock<T>(hq: Hq, job: string, work: () => Promise<T>): Promise<Locked<T>> {
  let here = runningHere.get(hq.database);
  if (!here) {
    here = new Set();
    runningHere.set(hq.database, here);
  }
  if (here.has(job)) return { ran: false };
  here.add(job);
  try {
    if (hq.database.engine === 'sqlite') return { ran: true, value: await work() };
    return await hq.database.db.connection().execute(async (connection): Promise<Locked<T>> => {
      const { rows } = await sql<{ locked: boolean }>`
        select pg_try_advisory_lock(${LOCK_SPACE}, hashtext(${job})) as locked`.execute(connection);
      if (!rows[0]?.locked) return { ran: false };
      try {
        return { ran: true, value: await work() };
      } finally {
        await sql`select pg_advisory_unlock(${LOCK_SPACE}, hashtext(${job}))`.execute(connection);
      }
    });
  } finally {
    here.delete(job);
  }
}
