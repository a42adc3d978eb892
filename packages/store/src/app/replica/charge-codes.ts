import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, fromBasisPoints, type Replica, toBasisPoints, updated } from './replica.ts';

/** Job 1040: a charge code (shipping, cancellation) with its VAT rate in basis points. */
export const chargeCodeReplica: Replica<DistributedPayload<'chargeCode'>> = {
  schema: DISTRIBUTED_PAYLOADS.chargeCode,
  keyOf: (chargeCode) => chargeCode.code,
  async upsert(trx, chargeCode, applying) {
    const values = { description: chargeCode.description, vat_rate_bp: toBasisPoints(chargeCode.vatRate) };
    await trx
      .insertInto('charge_codes')
      .values({ code: chargeCode.code, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
  },
  async load(db, code) {
    const row = await db.selectFrom('charge_codes').selectAll().where('code', '=', code).executeTakeFirst();
    if (!row) return undefined;
    return { code: row.code, description: row.description, vatRate: fromBasisPoints(row.vat_rate_bp) };
  },
};
