import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * Register sessions (R-SEC-1) and the password checks the rate limit counts. No reference to `staff`:
 * the replica of a staff member is rewritten by every job 1060 change, and an attempt names whatever
 * staff id was typed, known or not.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('register_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('register_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('register_sessions_expires')
    .on('register_sessions')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
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
