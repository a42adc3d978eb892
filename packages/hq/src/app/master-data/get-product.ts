import type { Product } from '@kassa/contracts';
import type { Selectable } from 'kysely';
import type { ProductTable } from '../../db/schema.ts';
import { fromBasisPoints } from '../configuration.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';

export function productFromRow(row: Selectable<ProductTable>): Product {
  return {
    sku: row.sku,
    barcode: row.barcode,
    name: row.name,
    price: row.price,
    vatRate: fromBasisPoints(row.vat_rate_bp),
    kind: row.kind,
    active: row.active === 1,
  };
}

export async function getProduct(trx: Trx, sku: string): Promise<Product | Failure> {
  const row = await trx.selectFrom('products').selectAll().where('sku', '=', sku).executeTakeFirst();
  return row ? productFromRow(row) : fail('NOT_FOUND', `product ${sku} does not exist`, { field: 'sku' });
}
