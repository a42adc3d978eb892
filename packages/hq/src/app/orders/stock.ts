import type { StockAvailability, StockMovement } from '@kassa/domain';
import { sql } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { Trx } from '../transaction.ts';

export interface StockKey {
  readonly locationId: string;
  readonly sku: string;
}

/**
 * Reads what is available at the given places and locks those rows until commit (on PostgreSQL; SQLite
 * has one writer at a time anyway), so two orders for the last units cannot both see them (R-CRE-6).
 * Rows are locked in one order, location then SKU, so concurrent orders never deadlock.
 */
export async function lockAvailability(
  trx: Trx,
  engine: Engine,
  keys: readonly StockKey[],
): Promise<StockAvailability> {
  const unique = [...new Map(keys.map((k) => [`${k.locationId}\u0000${k.sku}`, k])).values()].sort((a, b) =>
    a.locationId === b.locationId ? (a.sku < b.sku ? -1 : 1) : a.locationId < b.locationId ? -1 : 1,
  );
  const available = new Map<string, number>();
  for (const key of unique) {
    let query = trx
      .selectFrom('stock')
      .select(['on_hand', 'reserved'])
      .where('location_id', '=', key.locationId)
      .where('sku', '=', key.sku);
    if (engine === 'postgres') query = query.forUpdate();
    const row = await query.executeTakeFirst();
    available.set(`${key.locationId}\u0000${key.sku}`, row ? row.on_hand - row.reserved : 0);
  }
  return (locationId, productId) => available.get(`${locationId}\u0000${productId}`) ?? 0;
}

/** Applies what an operation did to stock, in the same transaction as the order. */
export async function applyStockMovements(
  trx: Trx,
  movements: readonly StockMovement[],
  at: string,
): Promise<void> {
  // Sorted like lockAvailability's reads, so two operations never wait on each other's rows in a cycle.
  const sorted = [...movements].sort((a, b) =>
    a.locationId === b.locationId
      ? a.productId < b.productId
        ? -1
        : a.productId > b.productId
          ? 1
          : 0
      : a.locationId < b.locationId
        ? -1
        : 1,
  );
  for (const m of sorted) {
    const change = {
      reserve: { onHand: 0, reserved: m.quantity },
      release: { onHand: 0, reserved: -m.quantity },
      deliver: { onHand: -m.quantity, reserved: -m.quantity },
      sell: { onHand: -m.quantity, reserved: 0 },
      restock: { onHand: m.quantity, reserved: 0 },
    }[m.kind];
    const result = await trx
      .updateTable('stock')
      .set({
        on_hand: sql`on_hand + ${change.onHand}`,
        reserved: sql`reserved + ${change.reserved}`,
        updated_at: at,
      })
      .where('location_id', '=', m.locationId)
      .where('sku', '=', m.productId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      // Returned goods can arrive where the product was never stocked; anything else had its row read.
      await trx
        .insertInto('stock')
        .values({
          location_id: m.locationId,
          sku: m.productId,
          on_hand: change.onHand,
          reserved: change.reserved,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
  }
}
