import type { CatalogProduct, CatalogProductPage } from '@kassa/contracts';
import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, ProductTable } from '../../db/schema.ts';
import { fromBasisPoints } from '../replica/replica.ts';
import { contains, wordsOf } from './like.ts';
import { type PageRequest, pageOf } from './page.ts';

export const toCatalogProduct = (row: Selectable<ProductTable>): CatalogProduct => ({
  sku: row.sku,
  barcode: row.barcode,
  name: row.name,
  price: row.price,
  vatRate: fromBasisPoints(row.vat_rate_bp),
  kind: row.kind,
});

/** The SKU (any case) or the barcode exactly, or every word of the search in the name. */
function matches(search: string) {
  return (eb: ExpressionBuilder<Database, 'products'>) =>
    eb.or([
      eb(sql`sku collate nocase`, '=', search),
      eb('barcode', '=', search),
      eb.and(wordsOf(search).map((word) => contains('name', word))),
    ]);
}

/**
 * Products for the cart, from the replica of job 1040: active ones only, an exact SKU or barcode first,
 * then by name. Without a search, every active product, page by page.
 */
export async function searchProducts(
  db: Kysely<Database>,
  query: PageRequest & { readonly search?: string | undefined },
): Promise<CatalogProductPage> {
  const { search } = query;
  let base = db.selectFrom('products').where('active', '=', 1);
  if (search !== undefined) base = base.where(matches(search));
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let rows = base.selectAll();
  if (search !== undefined) {
    rows = rows.orderBy(
      sql`case when sku = ${search} collate nocase or barcode = ${search} then 0 else 1 end`,
    );
  }
  const items = await rows.orderBy('name').orderBy('sku').limit(query.limit).offset(query.offset).execute();
  return pageOf(items.map(toCatalogProduct), Number(total), query);
}
