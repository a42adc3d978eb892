import type { CatalogProduct } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import { toCatalogProduct } from './search-products.ts';

/**
 * The active product a scanned barcode names. The replica may briefly hold a barcode twice (it moved
 * between products within one package): the product changed last has it.
 */
export async function findProductByBarcode(
  db: Kysely<Database>,
  barcode: string,
): Promise<CatalogProduct | Failure> {
  const row = await db
    .selectFrom('products')
    .selectAll()
    .where('barcode', '=', barcode)
    .where('active', '=', 1)
    .orderBy('change_number', 'desc')
    .executeTakeFirst();
  return row
    ? toCatalogProduct(row)
    : fail('NOT_FOUND', `no active product has the barcode ${barcode}`, { field: 'barcode' });
}
