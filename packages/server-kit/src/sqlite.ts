import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** What Kassa uses of a better-sqlite3 database (server-kit does not depend on the driver itself). */
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  pragma(source: string): unknown;
  close(): void;
}

/** Statements kept prepared; Kassa's queries are a few hundred distinct texts at most. */
const CACHED_STATEMENTS = 1000;

/**
 * A SQLite database as HQ and the stores use it, for Kysely's SqliteDialect: WAL, so readers never wait
 * for the writer; every commit on disk before it answers, so a completed order survives a power cut, not
 * only a crash (ARCHITECTURE.md); foreign keys on. Statements are prepared once per SQL text and reused:
 * Kysely prepares every query again, and preparing was a tenth of a store's time per checkout.
 */
export function kassaSqlite(sqlite: SqliteConnection): SqliteDatabase {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = prepared.get(sql);
      if (statement) {
        // Most recently used last, so the first is the one to drop.
        prepared.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (prepared.size >= CACHED_STATEMENTS) prepared.delete(prepared.keys().next().value as string);
      }
      prepared.set(sql, statement);
      return statement;
    },
  };
}
