import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Ends a register session: its token answers 401 from now on. */
export async function signOut(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('register_sessions').where('token_hash', '=', tokenHash).execute();
}
