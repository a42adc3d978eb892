import { type Kysely, PostgresAdapter, sql } from 'kysely';

// A migration sees the database as it was then, not as today's schema types describe it.
// biome-ignore lint/suspicious/noExplicitAny: a migration predates the schema types.
type Db = Kysely<any>;

/**
 * PostgreSQL estimates `location_id = 'S01' and delivery_kind = 'ship'` as if the two were independent,
 * while a store that ships from the warehouse has no ship lines at all. The misestimate made the "to
 * ship" preset at such a store walk every open order (750 ms at 1,000,000 orders); extended statistics
 * on the pair let the planner see it (0.2 ms). SQLite plans these queries well without help.
 */
export async function up(db: Db): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`create statistics order_lines_location_kind (mcv, dependencies) on location_id, delivery_kind from order_lines`.execute(
    db,
  );
  await sql`analyze order_lines`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Kassa does not migrate down: restore a backup instead');
}
