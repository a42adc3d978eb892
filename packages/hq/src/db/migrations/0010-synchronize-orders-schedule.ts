import type { Kysely } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/** Synchronize orders gets a schedule like the P-job's: manual only until the back office sets one. */
export async function up(db: Db): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('job_schedules')
    .values({
      job: 'synchronize-orders',
      interval_seconds: null,
      enabled: 1,
      last_started_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
