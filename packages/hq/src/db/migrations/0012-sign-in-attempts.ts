import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * The back-office password checks the sign-in limit counts (R-SEC-1), as the store counts the register's.
 * No reference to `staff`: an attempt names whatever staff id was typed, known or not. The id is random
 * text rather than a sequence, which the two engines would spell differently.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
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
