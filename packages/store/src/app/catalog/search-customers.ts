import type { CustomerSummaryPage } from '@kassa/contracts';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { contains, wordsOf } from './like.ts';
import { type PageRequest, pageOf } from './page.ts';

/** A phone number as digits only, in SQL: "+31 20-555 0101" and "31205550101" are the same number. */
const PHONE_DIGITS = sql`replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', '')`;

/** The number (any case), part of the e-mail address, the phone's digits, or every word in the name. */
function matches(search: string) {
  const digits = search.replace(/\D/g, '');
  const looksLikePhone = /^[\d\s()+.-]+$/.test(search) && digits.length >= 3;
  return (eb: ExpressionBuilder<Database, 'customers'>) =>
    eb.or([
      eb(sql`number collate nocase`, '=', search),
      contains('email', search),
      ...(looksLikePhone ? [sql<boolean>`${PHONE_DIGITS} like ${`%${digits}%`}`] : []),
      eb.and(wordsOf(search).map((word) => contains('name', word))),
    ]);
}

/** Customers for the cart, from the replica of job 1010: an exact number first, then by name. */
export async function searchCustomers(
  db: Kysely<Database>,
  query: PageRequest & { readonly search: string },
): Promise<CustomerSummaryPage> {
  const base = db.selectFrom('customers').where(matches(query.search));
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const items = await base
    .select(['number', 'name', 'email', 'phone'])
    .orderBy(sql`case when number = ${query.search} collate nocase then 0 else 1 end`)
    .orderBy('name')
    .orderBy('number')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return pageOf(items, Number(total), query);
}
