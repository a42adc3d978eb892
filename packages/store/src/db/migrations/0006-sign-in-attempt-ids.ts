import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * The sign-in attempts get random text ids instead of SQLite's numbers, the shape HQ's table has: both
 * servers count them with server-kit's `recordSignInAttempt`. The attempts of the last 5 minutes are kept
 * (their numbers become text), so moving to this version does not hand out fresh guesses.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts_by_text_id')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO sign_in_attempts_by_text_id (id, staff_id, at)
    SELECT CAST(id AS TEXT), staff_id, at FROM sign_in_attempts`.execute(db);
  // Dropping the table drops its indexes, so their names are free for the new one.
  await db.schema.dropTable('sign_in_attempts').execute();
  await db.schema.alterTable('sign_in_attempts_by_text_id').renameTo('sign_in_attempts').execute();
  await db.schema
    .createIndex('sign_in_attempts_staff')
    .on('sign_in_attempts')
    .columns(['staff_id', 'at'])
    .execute();
  await db.schema.createIndex('sign_in_attempts_at').on('sign_in_attempts').column('at').execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
