import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, type Replica, updated } from './replica.ts';

/**
 * Job 1070: this store's functionality profile (R-PRO-1..3), filed under the store's id. It takes effect
 * here only once its package is applied: until then the store sells by the profile it had.
 */
export const functionalityProfileReplica: Replica<DistributedPayload<'functionalityProfile'>> = {
  schema: DISTRIBUTED_PAYLOADS.functionalityProfile,
  keyOf: (_profile, storeId) => storeId,
  async upsert(trx, profile, applying) {
    const values = {
      require_payment_for_fulfillment: profile.requirePaymentForFulfillment,
      create_customer_order_in_async_mode: profile.createCustomerOrderInAsyncMode ? 1 : 0,
      fallback_to_async_when_hq_unreachable: profile.fallbackToAsyncWhenHqUnreachable ? 1 : 0,
    };
    await trx
      .insertInto('functionality_profile')
      .values({ store_id: applying.storeId, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('store_id').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
  },
  async load(db, key, storeId) {
    if (key !== storeId) return undefined;
    const row = await db
      .selectFrom('functionality_profile')
      .selectAll()
      .where('store_id', '=', storeId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      requirePaymentForFulfillment: row.require_payment_for_fulfillment,
      createCustomerOrderInAsyncMode: row.create_customer_order_in_async_mode === 1,
      fallbackToAsyncWhenHqUnreachable: row.fallback_to_async_when_hq_unreachable === 1,
    };
  },
};
