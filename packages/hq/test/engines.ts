import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Engine, type HqDatabase, migrate, openDatabase } from '../src/db/database.ts';

export interface TestDatabase extends HqDatabase {
  /** Where it is on PostgreSQL, so a second HQ can open the same database. */
  readonly postgresUrl?: string;
  /** Closes the database and throws it away. */
  drop(): Promise<void>;
}

export interface TestEngine {
  readonly name: Engine;
  create(): Promise<TestDatabase>;
}

const sqlite: TestEngine = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-hq-'));
    const database = openDatabase({ sqliteFile: join(dir, 'hq.sqlite') });
    await migrate(database.db);
    return {
      ...database,
      async drop() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A fresh PostgreSQL database per call, dropped afterwards, on the server KASSA_TEST_PG_URL names. */
function postgres(adminUrl: string): TestEngine {
  return {
    name: 'postgres',
    async create() {
      const name = `kassa_test_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const database = openDatabase({ postgresUrl: url.toString() });
      await migrate(database.db);
      return {
        ...database,
        postgresUrl: url.toString(),
        async drop() {
          await database.close();
          const cleanup = new pg.Client({ connectionString: adminUrl });
          await cleanup.connect();
          // The pool's connections close on their own a moment after it ended; forcing one that is still
          // closing makes it throw in this process. So wait for them, and force only what lingers.
          for (let waited = 0; waited < 2000; waited += 50) {
            const { rows } = await cleanup.query<{ n: string }>(
              'select count(*) as n from pg_stat_activity where datname = $1',
              [name],
            );
            if (rows[0]?.n === '0') break;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          await cleanup.query(`drop database if exists ${name} with (force)`);
          await cleanup.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when KASSA_TEST_PG_URL is set, as `.ci/run` does. */
export function engines(): TestEngine[] {
  const url = process.env.KASSA_TEST_PG_URL;
  return url ? [sqlite, postgres(url)] : [sqlite];
}
