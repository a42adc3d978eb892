import type { Product } from '@kassa/contracts';
import { toBasisPoints } from '../configuration.ts';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { keyTaken, type Saved, type SaveMode } from './saved.ts';

/**
 * Creates or replaces a product. Its price (VAT included, R-MON-4) applies to orders made from now on;
 * order lines keep the price they were made with (R-EDT-2). A barcode finds one product only. With
 * `create`, an existing SKU is refused and kept.
 */
export async function saveProduct(
  trx: Trx,
  product: Product,
  at: string,
  mode: SaveMode = 'upsert',
): Promise<Saved<Product> | Failure> {
  const existing = await trx
    .selectFrom('products')
    .select('sku')
    .where('sku', '=', product.sku)
    .executeTakeFirst();
  if (existing && mode === 'create') return keyTaken('product', 'sku', product.sku);
  if (product.barcode !== null) {
    const other = await trx
      .selectFrom('products')
      .select('sku')
      .where('barcode', '=', product.barcode)
      .where('sku', '<>', product.sku)
      .executeTakeFirst();
    if (other) {
      return fail('ALREADY_EXISTS', `barcode ${product.barcode} belongs to product ${other.sku}`, {
        field: 'barcode',
      });
    }
  }
  const values = {
    barcode: product.barcode,
    name: product.name,
    price: product.price,
    vat_rate_bp: toBasisPoints(product.vatRate),
    kind: product.kind,
    active: product.active ? 1 : 0,
  };
  const written = await trx
    .insertInto('products')
    .values({ sku: product.sku, ...values, created_at: at, updated_at: at })
    .onConflict((oc) =>
      mode === 'create'
        ? oc.column('sku').doNothing()
        : oc.column('sku').doUpdateSet({ ...values, updated_at: at }),
    )
    .returning('sku')
    .executeTakeFirst();
  if (!written) return keyTaken('product', 'sku', product.sku);
  await recordChange(trx, { entity: 'product', key: product.sku, payload: product, at });
  return { created: !existing, value: product };
}
