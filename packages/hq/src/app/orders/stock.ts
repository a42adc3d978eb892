import type { StockAvailability, StockMovement } from '@kassa/domain';
import { sql } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { Trx } from '../transaction.ts';

export interface StockKey {
  readonly locationId: string;
  readonly sku: string;
}

const keyOf = (locationId: string, sku: string): string => `${locationId}\u0000${sku}`;

/** Location then SKU: the one order every transaction locks and updates stock rows in, so none deadlock. */
function byLocationThenSku(a: StockKey, b: StockKey): number {
  if (a.locationId !== b.locationId) return a.locationId < b.locationId ? -1 : 1;
  return a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0;
}

/** What each kind of movement does to the on-hand and reserved quantities. */
function changeOf(m: StockMovement): { onHand: number; reserved: number } {
  switch (m.kind) {
    case 'reserve':
      return { onHand: 0, reserved: m.quantity };
    case 'release':
      return { onHand: 0, reserved: -m.quantity };
    case 'deliver':
      return { onHand: -m.quantity, reserved: -m.quantity };
    case 'sell':
      return { onHand: -m.quantity, reserved: 0 };
    case 'restock':
      return { onHand: m.quantity, reserved: 0 };
  }
}

/**
 * Stock rows read and locked for one transaction, and what the operations decided in it have taken
 * since: Synchronize orders decides a whole batch of orders on one read, each order seeing what the
 * ones before it left (R-CRE-6).
 */
export class HeldStock {
  readonly #available: Map<string, number>;

  constructor(available: Map<string, number>) {
    this.#available = available;
  }

  readonly availability: StockAvailability = (locationId, productId) =>
    this.#available.get(keyOf(locationId, productId)) ?? 0;

  take(movements: readonly StockMovement[]): void {
    for (const m of movements) {
      const key = keyOf(m.locationId, m.productId);
      const { onHand, reserved } = changeOf(m);
      this.#available.set(key, (this.#available.get(key) ?? 0) + onHand - reserved);
    }
  }
}

/**
 * Reads what is available at the given places in one statement and locks those rows until commit (on
 * PostgreSQL, in location-then-SKU order; SQLite has one writer at a time anyway), so two orders for the
 * last units cannot both see them (R-CRE-6).
 */
export async function lockStock(trx: Trx, engine: Engine, keys: readonly StockKey[]): Promise<HeldStock> {
  const unique = [...new Map(keys.map((k) => [keyOf(k.locationId, k.sku), k])).values()];
  const available = new Map<string, number>();
  if (unique.length === 0) return new HeldStock(available);
  let query = trx
    .selectFrom('stock')
    .select(['location_id', 'sku', 'on_hand', 'reserved'])
    .where((eb) =>
      eb(
        eb.refTuple('location_id', 'sku'),
        'in',
        unique.map((k) => eb.tuple(k.locationId, k.sku)),
      ),
    )
    .orderBy('location_id')
    .orderBy('sku');
  if (engine === 'postgres') query = query.forUpdate();
  for (const row of await query.execute()) {
    available.set(keyOf(row.location_id, row.sku), row.on_hand - row.reserved);
  }
  return new HeldStock(available);
}

/** What is available at the given places, those rows locked until commit (see lockStock). */
export async function lockAvailability(
  trx: Trx,
  engine: Engine,
  keys: readonly StockKey[],
): Promise<StockAvailability> {
  return (await lockStock(trx, engine, keys)).availability;
}

/**
 * Applies what operations did to stock, in the same transaction as the orders: one update per stock row
 * with the net of all the movements on it, however many orders made them.
 */
export async function applyStockMovements(
  trx: Trx,
  movements: readonly StockMovement[],
  at: string,
): Promise<void> {
  const net = new Map<string, StockKey & { onHand: number; reserved: number }>();
  for (const m of movements) {
    const key = keyOf(m.locationId, m.productId);
    const row = net.get(key) ?? { locationId: m.locationId, sku: m.productId, onHand: 0, reserved: 0 };
    const change = changeOf(m);
    net.set(key, { ...row, onHand: row.onHand + change.onHand, reserved: row.reserved + change.reserved });
  }
  for (const change of [...net.values()].sort(byLocationThenSku)) {
    if (change.onHand === 0 && change.reserved === 0) continue;
    const result = await trx
      .updateTable('stock')
      .set({
        on_hand: sql`on_hand + ${change.onHand}`,
        reserved: sql`reserved + ${change.reserved}`,
        updated_at: at,
      })
      .where('location_id', '=', change.locationId)
      .where('sku', '=', change.sku)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      // Returned goods can arrive where the product was never stocked; anything else had its row read.
      await trx
        .insertInto('stock')
        .values({
          location_id: change.locationId,
          sku: change.sku,
          on_hand: change.onHand,
          reserved: change.reserved,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
  }
}
