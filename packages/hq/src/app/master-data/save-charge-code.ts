import type { ChargeCode } from '@kassa/contracts';
import { toBasisPoints } from '../configuration.ts';
import { recordChange } from '../distribution/record-change.ts';
import type { Trx } from '../transaction.ts';
import type { Saved } from './saved.ts';

/**
 * Creates or replaces a charge code. Charges already on orders keep the VAT rate they were made with;
 * a new rate applies to charges made from now on.
 */
export async function saveChargeCode(
  trx: Trx,
  chargeCode: ChargeCode,
  at: string,
): Promise<Saved<ChargeCode>> {
  const existing = await trx
    .selectFrom('charge_codes')
    .select('code')
    .where('code', '=', chargeCode.code)
    .executeTakeFirst();
  const values = { description: chargeCode.description, vat_rate_bp: toBasisPoints(chargeCode.vatRate) };
  await trx
    .insertInto('charge_codes')
    .values({ code: chargeCode.code, ...values, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, updated_at: at }))
    .execute();
  await recordChange(trx, { entity: 'chargeCode', key: chargeCode.code, payload: chargeCode, at });
  return { created: !existing, value: chargeCode };
}
