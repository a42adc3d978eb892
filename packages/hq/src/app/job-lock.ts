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
 * process a set of running jobs decides; on PostgreSQL a transaction-scoped advisory lock also holds
 * for as long as `work` runs, so several HQ processes can share one schedule and one job at a time runs
 * among all of them. The lock goes with the transaction, so a crashed process never leaves it behind.
 * `work` uses its own connections: the lock's transaction only holds the lock, and writes nothing.
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
    return await hq.database.db.transaction().execute(async (trx): Promise<Locked<T>> => {
      const { rows } = await sql<{ locked: boolean }>`
        select pg_try_advisory_xact_lock(${LOCK_SPACE}, hashtext(${job})) as locked`.execute(trx);
      if (!rows[0]?.locked) return { ran: false };
      return { ran: true, value: await work() };
    });
  } finally {
    here.delete(job);
  }
}
