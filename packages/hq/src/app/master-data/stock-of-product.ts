import type { StockLevel } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { stockLevel } from './find-stock.ts';

/**
 * R-CRE-6: a product's stock at every location that has it (the stores and the warehouses), so the
 * associate picks a pickup store, or the warehouse, where it is available. One indexed read by SKU.
 */
export async function stockOfProduct(db: Kysely<Database>, sku: string): Promise<StockLevel[]> {
  const rows = await db
    .selectFrom('stock')
    .select(['location_id', 'sku', 'on_hand', 'reserved'])
    .where('sku', '=', sku)
    .orderBy('location_id')
    .execute();
  return rows.map(stockLevel);
}
