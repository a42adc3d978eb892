import type { ChargeCode } from '@kassa/contracts';
import { toBasisPoints } from '../configuration.ts';
import { recordChange } from '../distribution/record-change.ts';
import type { Failure } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { keyTaken, type Saved, type SaveMode } from './saved.ts';

/**
 * Creates or replaces a charge code. Charges already on orders keep the VAT rate they were made with;
 * a new rate applies to charges made from now on. With `create`, an existing code is refused and kept.
 */
export async function saveChargeCode(
  trx: Trx,
  chargeCode: ChargeCode,
  at: string,
  mode: SaveMode = 'upsert',
): Promise<Saved<ChargeCode> | Failure> {
  const existing = await trx
    .selectFrom('charge_codes')
    .select('code')
    .where('code', '=', chargeCode.code)
    .executeTakeFirst();
  if (existing && mode === 'create') return keyTaken('charge code', 'code', chargeCode.code);
  const values = { description: chargeCode.description, vat_rate_bp: toBasisPoints(chargeCode.vatRate) };
  const written = await trx
    .insertInto('charge_codes')
    .values({ code: chargeCode.code, ...values, created_at: at, updated_at: at })
    .onConflict((oc) =>
      mode === 'create'
        ? oc.column('code').doNothing()
        : oc.column('code').doUpdateSet({ ...values, updated_at: at }),
    )
    .returning('code')
    .executeTakeFirst();
  if (!written) return keyTaken('charge code', 'code', chargeCode.code);
  await recordChange(trx, { entity: 'chargeCode', key: chargeCode.code, payload: chargeCode, at });
  return { created: !existing, value: chargeCode };
}
