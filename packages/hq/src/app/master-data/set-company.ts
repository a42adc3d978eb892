import type { Company } from '@kassa/contracts';
import { recordChange } from '../distribution/record-change.ts';
import type { Trx } from '../transaction.ts';
import type { Saved } from './saved.ts';

/** Sets the one company HQ serves (row 1). */
export async function setCompany(trx: Trx, company: Company, at: string): Promise<Saved<Company>> {
  const existing = await trx.selectFrom('company').select('id').where('id', '=', 1).executeTakeFirst();
  const values = { name: company.name, currency: company.currency, time_zone: company.timeZone };
  await trx
    .insertInto('company')
    .values({ id: 1, ...values, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, updated_at: at }))
    .execute();
  await recordChange(trx, { entity: 'company', key: 'company', payload: company, at });
  return { created: !existing, value: company };
}
