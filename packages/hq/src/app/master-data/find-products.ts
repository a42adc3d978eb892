import type { Product } from '@kassa/contracts';
import { type Failure, isFailure } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { productFromRow } from './get-product.ts';
import { containsText, type PageQuery, page, parseCursor } from './master-data-search.ts';

/** Products whose SKU, name or barcode contains the search text, by SKU, a page at a time. */
export async function findProducts(
  trx: Trx,
  query: PageQuery,
): Promise<{ products: Product[]; next: string | null } | Failure> {
  let q = trx.selectFrom('products').selectAll();
  if (query.search) q = q.where(containsText(['sku', 'name', 'barcode'], query.search));
  if (query.after) {
    const after = parseCursor(query.after, 1);
    if (isFailure(after)) return after;
    q = q.where('sku', '>', after[0] ?? '');
  }
  const rows = await q
    .orderBy('sku')
    .limit(query.limit + 1)
    .execute();
  const { items, next } = page(rows, query.limit, productFromRow, (row) => [row.sku]);
  return { products: items, next };
}
