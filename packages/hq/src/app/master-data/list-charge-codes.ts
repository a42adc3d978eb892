import type { ChargeCode } from '@kassa/contracts';
import { fromBasisPoints } from '../configuration.ts';
import type { Trx } from '../transaction.ts';

/** Every charge code with its VAT rate (R-MON-4). */
export async function listChargeCodes(trx: Trx): Promise<ChargeCode[]> {
  const rows = await trx.selectFrom('charge_codes').selectAll().orderBy('code').execute();
  return rows.map((row) => ({
    code: row.code,
    description: row.description,
    vatRate: fromBasisPoints(row.vat_rate_bp),
  }));
}
