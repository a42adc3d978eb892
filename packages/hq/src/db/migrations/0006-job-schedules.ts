import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * When each distribution job runs by itself: every `interval_seconds` after it last started, or only
 * manually (null). Every job starts manual-only, so nothing runs before the back office asks for it.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('job_schedules')
    .addColumn('job', 'text', (c) => c.primaryKey())
    .addColumn('interval_seconds', 'integer')
    // 0/1: better-sqlite3 takes no booleans, and one column type keeps both engines alike.
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('last_started_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('job_schedules')
    .values(
      ['1010', '1040', '1060', '1070'].map((job) => ({
        job,
        interval_seconds: null,
        enabled: 1,
        last_started_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
