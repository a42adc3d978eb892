import type { SqliteStatement } from 'kysely';
import { describe, expect, it } from 'vitest';
import { kassaSqlite, type SqliteConnection } from '../src/sqlite.ts';

/** A connection that records what it is asked, standing in for better-sqlite3 (the driver). */
function recordingConnection() {
  const prepared: string[] = [];
  const pragmas: string[] = [];
  let closed = false;
  const connection: SqliteConnection = {
    prepare(sql) {
      prepared.push(sql);
      return {
        reader: sql.startsWith('select'),
        all: () => [],
        run: () => ({ changes: 0, lastInsertRowid: 0 }),
        iterate: () => [][Symbol.iterator](),
      } as SqliteStatement;
    },
    pragma(source) {
      pragmas.push(source);
    },
    close() {
      closed = true;
    },
  };
  return { connection, prepared, pragmas, closed: () => closed };
}

describe('SQLite as HQ and the stores open it', () => {
  it('is durable: WAL, every commit on disk before it answers, foreign keys on', () => {
    const { connection, pragmas } = recordingConnection();
    kassaSqlite(connection);
    expect(pragmas).toEqual(
      expect.arrayContaining(['journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON']),
    );
  });

  it('prepares a statement once per SQL text and hands the same one out again', () => {
    const { connection, prepared } = recordingConnection();
    const database = kassaSqlite(connection);
    const first = database.prepare('select 1');
    expect(database.prepare('select 1')).toBe(first);
    expect(database.prepare('select 2')).not.toBe(first);
    expect(prepared).toEqual(['select 1', 'select 2']);
  });

  it('keeps the most recently used statements when it holds its maximum, and closes the connection', () => {
    const { connection, prepared, closed } = recordingConnection();
    const database = kassaSqlite(connection);
    for (let i = 0; i < 1000; i++) database.prepare(`select ${i}`);
    database.prepare('select 0');
    database.prepare('select 1000');
    prepared.length = 0;
    database.prepare('select 0');
    database.prepare('select 1');
    expect(prepared).toEqual(['select 1']);
    database.close();
    expect(closed()).toBe(true);
  });
});
