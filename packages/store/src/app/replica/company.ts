import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, type Replica, updated } from './replica.ts';

/** Job 1070: the company (its currency and time zone); one row, HQ files it under `company`. */
export const companyReplica: Replica<DistributedPayload<'company'>> = {
  schema: DISTRIBUTED_PAYLOADS.company,
  keyOf: () => 'company',
  async upsert(trx, company, applying) {
    const values = { name: company.name, currency: company.currency, time_zone: company.timeZone };
    await trx
      .insertInto('company')
      .values({ id: 1, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
  },
  async load(db, key) {
    if (key !== 'company') return undefined;
    const row = await db.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirst();
    return row && { name: row.name, currency: row.currency, timeZone: row.time_zone };
  },
};
