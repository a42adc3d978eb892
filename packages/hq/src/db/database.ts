import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { kassaSqlite } from '@kassa/server-kit';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import pg from 'pg';
import * as initial from './migrations/0001-initial.ts';
import * as findOrderIndexes from './migrations/0002-find-order-indexes.ts';
import * as orderLineStatistics from './migrations/0003-order-line-statistics.ts';
import * as distribution from './migrations/0004-distribution.ts';
import * as distributionRuns from './migrations/0005-distribution-runs.ts';
import * as jobSchedules from './migrations/0006-job-schedules.ts';
import * as customerDisplayName from './migrations/0007-customer-display-name.ts';
import * as storeDefaultCustomer from './migrations/0008-store-default-customer.ts';
import * as asyncOrderStaging from './migrations/0009-async-order-staging.ts';
import * as synchronizeOrdersSchedule from './migrations/0010-synchronize-orders-schedule.ts';
import * as stagedOperations from './migrations/0011-staged-operations.ts';
import * as signInAttempts from './migrations/0012-sign-in-attempts.ts';
import * as findOrderFilterIndexes from './migrations/0013-find-order-filter-indexes.ts';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface HqDatabase {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  close(): Promise<void>;
}

/** Where HQ keeps its data: a PostgreSQL URL, or a SQLite file (`:memory:` for a throwaway one). */
export type DatabaseLocation = { readonly postgresUrl: string } | { readonly sqliteFile: string };

// PostgreSQL returns bigint as text to be safe beyond 2^53; Kassa's amounts are cents and stay far below.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openDatabase(location: DatabaseLocation): HqDatabase {
  if ('postgresUrl' in location) {
    const pool = new pg.Pool({ connectionString: location.postgresUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (location.sqliteFile !== ':memory:') mkdirSync(dirname(location.sqliteFile), { recursive: true });
  const database = kassaSqlite(new SQLite(location.sqliteFile));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-find-order-indexes': findOrderIndexes,
  '0003-order-line-statistics': orderLineStatistics,
  '0004-distribution': distribution,
  '0005-distribution-runs': distributionRuns,
  '0006-job-schedules': jobSchedules,
  '0007-customer-display-name': customerDisplayName,
  '0008-store-default-customer': storeDefaultCustomer,
  '0009-async-order-staging': asyncOrderStaging,
  '0010-synchronize-orders-schedule': synchronizeOrdersSchedule,
  '0011-staged-operations': stagedOperations,
  '0012-sign-in-attempts': signInAttempts,
  '0013-find-order-filter-indexes': findOrderFilterIndexes,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; run at every start, a no-op when nothing is new. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
