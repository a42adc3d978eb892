import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { kassaSqlite } from '@kassa/server-kit';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as replicas from './migrations/0001-replicas.ts';
import * as sessions from './migrations/0002-register-sessions.ts';
import * as carts from './migrations/0003-carts-and-receipts.ts';
import * as defaultCustomer from './migrations/0004-store-default-customer.ts';
import * as asyncOrders from './migrations/0005-async-orders.ts';
import * as signInAttemptIds from './migrations/0006-sign-in-attempt-ids.ts';
import type { Database } from './schema.ts';

export interface ChannelDatabase {
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * Opens the store's channel database: SQLite, a store's natural database (ARCHITECTURE.md), one file per
 * store (`:memory:` for a throwaway one).
 */
export function openChannelDatabase(file: string): ChannelDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: kassaSqlite(new SQLite(file)) }),
  });
  return { db, close: () => db.destroy() };
}

const migrations: Record<string, Migration> = {
  '0001-replicas': replicas,
  '0002-register-sessions': sessions,
  '0003-carts-and-receipts': carts,
  '0004-store-default-customer': defaultCustomer,
  '0005-async-orders': asyncOrders,
  '0006-sign-in-attempt-ids': signInAttemptIds,
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
