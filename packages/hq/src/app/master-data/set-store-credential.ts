import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { hashSecret } from '../passwords.ts';
import { transact } from '../transaction.ts';

/**
 * Sets the secret a store calls the RTS with (R-SEC-4). Only its scrypt hash is kept, and nothing ever
 * answers it back. The hash is computed before the transaction opens, so the slow part holds no lock.
 */
export async function setStoreCredential(
  db: Kysely<Database>,
  storeId: string,
  secret: string,
  at: string,
): Promise<{ storeId: string } | Failure> {
  const credentialHash = await hashSecret(secret);
  return transact(db, async (trx) => {
    const location = await trx
      .selectFrom('locations')
      .select('kind')
      .where('id', '=', storeId)
      .executeTakeFirst();
    if (!location) return fail('NOT_FOUND', `location ${storeId} does not exist`, { field: 'id' });
    if (location.kind !== 'store') {
      return fail('WRONG_LOCATION_KIND', `${storeId} is a ${location.kind}; only stores call the RTS`, {
        field: 'id',
        rule: 'R-SEC-4',
      });
    }
    await trx
      .updateTable('locations')
      .set({ credential_hash: credentialHash, updated_at: at })
      .where('id', '=', storeId)
      .execute();
    return { storeId };
  });
}
