import type { StockLevel } from '@kassa/contracts';
import { refuse } from '@kassa/domain';
import type { Engine } from '../../db/database.ts';
import { type Failure, fail, fromRefusal } from '../failure.ts';
import type { StockKey } from '../orders/stock.ts';
import type { Trx } from '../transaction.ts';
import {
  type BackorderReservation,
  lockWaitingOrders,
  reserveBackorderedLines,
} from './backordered-lines.ts';
import { stockLevel } from './find-stock.ts';

export interface StockReceipt {
  readonly stock: StockLevel;
  /** What the receipt reserved for backordered lines, oldest order first (R-CRE-6). */
  readonly reservations: BackorderReservation[];
}

/**
 * A stock receipt or count: sets what a location has on hand of a product. When the quantity goes up,
 * what is available goes to the lines waiting for it there, oldest order first (R-CRE-6). A count below
 * what orders hold reserved is refused: those units are promised to customers.
 */
export async function setStock(
  trx: Trx,
  engine: Engine,
  input: { locationId: string; sku: string; onHand: number },
  meta: { at: string; staffId: string; newId: () => string },
): Promise<StockReceipt | Failure> {
  const { locationId, sku, onHand } = input;
  const key = { locationId, sku };
  const [location, product] = await Promise.all([
    trx.selectFrom('locations').select('id').where('id', '=', locationId).executeTakeFirst(),
    trx.selectFrom('products').select('sku').where('sku', '=', sku).executeTakeFirst(),
  ]);
  if (!location)
    return fail('UNKNOWN_LOCATION', `location ${locationId} does not exist`, { field: 'locationId' });
  if (!product) return fail('UNKNOWN_PRODUCT', `product ${sku} does not exist`, { field: 'sku' });

  // Orders first, then the stock row: the order operations lock in that order too, so a receipt and an
  // edit of a waiting order never deadlock. An order that began waiting between the two locks is taken
  // as well, unless an operation holds it: waiting for it now would invert the order.
  const orders = await lockWaitingOrders(trx, engine, key);
  const stock = await lockStockRow(trx, engine, key, meta.at);
  orders.push(
    ...(await lockWaitingOrders(trx, engine, key, {
      skipLocked: true,
      except: new Set(orders.map((o) => o.id)),
    })),
  );

  if (onHand < stock.reserved) {
    return fromRefusal(
      refuse(
        'NOT_ENOUGH_STOCK',
        `${stock.reserved} of ${sku} at ${locationId} are reserved for orders: on hand cannot be set to ${onHand}`,
        {
          field: 'onHand',
          details: { productId: sku, locationId, reserved: stock.reserved, requested: onHand },
        },
      ),
    );
  }
  // A receipt gives waiting lines everything available, not only the units it adds: units a cancellation
  // released while lines waited belong to those lines as much as new ones do.
  const reservations =
    onHand > stock.on_hand
      ? await reserveBackorderedLines(trx, orders, key, onHand - stock.reserved, meta)
      : [];
  const reserved = stock.reserved + reservations.reduce((sum, r) => sum + r.quantity, 0);
  await trx
    .updateTable('stock')
    .set({ on_hand: onHand, reserved, updated_at: meta.at })
    .where('location_id', '=', locationId)
    .where('sku', '=', sku)
    .execute();
  return { stock: stockLevel({ location_id: locationId, sku, on_hand: onHand, reserved }), reservations };
}

/** The stock row of the key, created empty if the product was never stocked there, locked until commit. */
async function lockStockRow(trx: Trx, engine: Engine, key: StockKey, at: string) {
  await trx
    .insertInto('stock')
    .values({
      location_id: key.locationId,
      sku: key.sku,
      on_hand: 0,
      reserved: 0,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['location_id', 'sku']).doNothing())
    .execute();
  let query = trx
    .selectFrom('stock')
    .select(['on_hand', 'reserved'])
    .where('location_id', '=', key.locationId)
    .where('sku', '=', key.sku);
  if (engine === 'postgres') query = query.forUpdate();
  return query.executeTakeFirstOrThrow();
}
