import type { StockLevel } from '@kassa/contracts';
import type { Selectable } from 'kysely';
import type { StockTable } from '../../db/schema.ts';
import { type Failure, isFailure } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { page, parseCursor } from './master-data-search.ts';

export function stockLevel(
  row: Pick<Selectable<StockTable>, 'location_id' | 'sku' | 'on_hand' | 'reserved'>,
): StockLevel {
  return {
    locationId: row.location_id,
    sku: row.sku,
    onHand: row.on_hand,
    reserved: row.reserved,
    available: row.on_hand - row.reserved,
  };
}

export interface StockQuery {
  readonly sku?: string | undefined;
  readonly locationId?: string | undefined;
  readonly limit: number;
  readonly after?: string | undefined;
}

/** Stock per location (R-CRE-6): on hand, reserved for orders, available; by location, then SKU. */
export async function findStock(
  trx: Trx,
  query: StockQuery,
): Promise<{ stock: StockLevel[]; next: string | null } | Failure> {
  let q = trx.selectFrom('stock').select(['location_id', 'sku', 'on_hand', 'reserved']);
  if (query.sku) q = q.where('sku', '=', query.sku);
  if (query.locationId) q = q.where('location_id', '=', query.locationId);
  if (query.after) {
    const after = parseCursor(query.after, 2);
    if (isFailure(after)) return after;
    const [locationId = '', sku = ''] = after;
    q = q.where((eb) =>
      eb.or([
        eb('location_id', '>', locationId),
        eb.and([eb('location_id', '=', locationId), eb('sku', '>', sku)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('location_id')
    .orderBy('sku')
    .limit(query.limit + 1)
    .execute();
  const { items, next } = page(rows, query.limit, stockLevel, (row) => [row.location_id, row.sku]);
  return { stock: items, next };
}
