import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, type Replica, updated } from './replica.ts';

/** Job 1070: a mode of delivery (shipping, pickup, carry out). */
export const modeOfDeliveryReplica: Replica<DistributedPayload<'modeOfDelivery'>> = {
  schema: DISTRIBUTED_PAYLOADS.modeOfDelivery,
  keyOf: (mode) => mode.code,
  async upsert(trx, mode, applying) {
    const values = { name: mode.name, kind: mode.kind };
    await trx
      .insertInto('modes_of_delivery')
      .values({ code: mode.code, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
  },
  async load(db, code) {
    const row = await db
      .selectFrom('modes_of_delivery')
      .select(['code', 'name', 'kind'])
      .where('code', '=', code)
      .executeTakeFirst();
    return row && { ...row };
  },
};
