import type { Company } from '@kassa/contracts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';

/** The company: its name, the currency of every amount (R-MON-1) and the time zone of its back office. */
export async function getCompany(trx: Trx): Promise<Company | Failure> {
  const row = await trx.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return fail('NOT_FOUND', 'the company is not set up yet');
  return { name: row.name, currency: row.currency, timeZone: row.time_zone };
}
