import type { ChargeCode, OperationContext } from '@kassa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { commerceParametersReplica } from '../replica/commerce-parameters.ts';
import { functionalityProfileReplica } from '../replica/functionality-profile.ts';
import { fromBasisPoints } from '../replica/replica.ts';
import type { Store } from '../store-context.ts';
import type { Trx } from '../transaction.ts';

/**
 * What the domain decides an order by, from the store's replicas alone (jobs 1040 and 1070): the store's
 * time zone, the Commerce parameters, its own profile and the charge codes. An async order is decided by
 * what the store has, as its receipt says; HQ decides it again when it synchronizes it.
 */
export async function storeOperationContext(
  store: Store,
  db: Kysely<Database> | Trx,
): Promise<OperationContext | Failure> {
  const [parameters, profile, location, company, codes] = await Promise.all([
    commerceParametersReplica.load(db, 'company', store.storeId),
    functionalityProfileReplica.load(db, store.storeId, store.storeId),
    db.selectFrom('locations').select('time_zone').where('id', '=', store.storeId).executeTakeFirst(),
    db.selectFrom('company').select('time_zone').executeTakeFirst(),
    db.selectFrom('charge_codes').selectAll().execute(),
  ]);
  if (!parameters || !profile) {
    return fail(
      'NOT_CONFIGURED',
      'this store has not received its Commerce parameters and profile yet (job 1070)',
      {
        field: 'store',
      },
    );
  }
  const chargeCodes: Record<string, ChargeCode> = {};
  for (const code of codes) {
    chargeCodes[code.code] = {
      code: code.code,
      description: code.description,
      vatRate: fromBasisPoints(code.vat_rate_bp),
    };
  }
  return {
    now: store.clock(),
    locationId: store.storeId,
    timeZone: location?.time_zone ?? company?.time_zone ?? 'UTC',
    parameters,
    profile,
    chargeCodes,
    newId: store.newId,
  };
}
