import type { Customer } from '@kassa/contracts';
import { type Failure, isFailure } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { addressesOf, customerFromRows } from './get-customer.ts';
import { containsText, type PageQuery, page, parseCursor } from './master-data-search.ts';

/** Customers whose number, name, e-mail or phone contains the search text, by number, a page at a time. */
export async function findCustomers(
  trx: Trx,
  query: PageQuery,
): Promise<{ customers: Customer[]; next: string | null } | Failure> {
  let q = trx.selectFrom('customers').selectAll();
  if (query.search) q = q.where(containsText(['number', 'name', 'email', 'phone'], query.search));
  if (query.after) {
    const after = parseCursor(query.after, 1);
    if (isFailure(after)) return after;
    q = q.where('number', '>', after[0] ?? '');
  }
  const rows = await q
    .orderBy('number')
    .limit(query.limit + 1)
    .execute();
  const addresses = await addressesOf(
    trx,
    rows.slice(0, query.limit).map((row) => row.number),
  );
  const { items, next } = page(
    rows,
    query.limit,
    (row) => customerFromRows(row, addresses),
    (row) => [row.number],
  );
  return { customers: items, next };
}
