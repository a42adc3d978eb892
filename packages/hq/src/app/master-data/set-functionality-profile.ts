import type { FunctionalityProfile } from '@kassa/contracts';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import type { ProfileView } from './get-functionality-profile.ts';
import type { Saved } from './saved.ts';

/**
 * Sets a store's functionality profile (R-PRO-1..3): one per store, none for a warehouse. It reaches the
 * store only when distribution job 1070 carries it.
 */
export async function setFunctionalityProfile(
  trx: Trx,
  storeId: string,
  profile: FunctionalityProfile,
  at: string,
): Promise<Saved<ProfileView> | Failure> {
  const location = await trx
    .selectFrom('locations')
    .select('kind')
    .where('id', '=', storeId)
    .executeTakeFirst();
  if (!location) return fail('NOT_FOUND', `store ${storeId} does not exist`, { field: 'storeId' });
  if (location.kind !== 'store') {
    return fail(
      'WRONG_LOCATION_KIND',
      `${storeId} is a ${location.kind}; a functionality profile is per store`,
      {
        field: 'storeId',
        rule: 'R-PRO-1',
      },
    );
  }
  const existing = await trx
    .selectFrom('functionality_profiles')
    .select('store_id')
    .where('store_id', '=', storeId)
    .executeTakeFirst();
  const values = {
    require_payment_for_fulfillment: profile.requirePaymentForFulfillment,
    create_customer_order_in_async_mode: profile.createCustomerOrderInAsyncMode ? 1 : 0,
    fallback_to_async_when_hq_unreachable: profile.fallbackToAsyncWhenHqUnreachable ? 1 : 0,
  };
  await trx
    .insertInto('functionality_profiles')
    .values({ store_id: storeId, ...values, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('store_id').doUpdateSet({ ...values, updated_at: at }))
    .execute();
  // A profile is its store's alone (R-PRO-1..3): job 1070 carries it to that store only.
  await recordChange(trx, { entity: 'functionalityProfile', key: storeId, storeId, payload: profile, at });
  return { created: !existing, value: { storeId, ...profile } };
}
