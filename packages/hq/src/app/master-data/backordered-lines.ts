import {
  fulfillingLocation,
  type Order,
  openQuantity,
  reserveForBackorders,
  type WaitingLine,
  withQuantities,
} from '@kassa/domain';
import type { Engine } from '../../db/database.ts';
import type { StockKey } from '../orders/stock.ts';
import type { Trx } from '../transaction.ts';

export interface WaitingOrder {
  readonly id: string;
  readonly number: string;
  readonly version: number;
  readonly createdAt: string;
  readonly order: Order;
}

export interface BackorderReservation {
  readonly orderId: string;
  readonly orderNumber: string;
  readonly lineId: string;
  readonly quantity: number;
}

/**
 * Locks the orders with open ship or pickup lines of the product at the location: the candidates for a
 * stock receipt there (R-CRE-6), found through `order_lines` and its index of open lines. Rows are
 * locked by id, so two receipts never deadlock each other. `skipLocked` passes over orders an operation
 * holds now (PostgreSQL; SQLite has one writer anyway), for a caller that may not wait for them.
 */
export async function lockWaitingOrders(
  trx: Trx,
  engine: Engine,
  key: StockKey,
  {
    skipLocked = false,
    except = new Set<string>(),
  }: { skipLocked?: boolean; except?: ReadonlySet<string> } = {},
): Promise<WaitingOrder[]> {
  const candidates = await trx
    .selectFrom('order_lines')
    .select('order_id')
    .distinct()
    .where('location_id', '=', key.locationId)
    .where('delivery_kind', 'in', ['pickup', 'ship'])
    .where('open_quantity', '>', 0)
    .where('sku', '=', key.sku)
    .execute();
  const ids = candidates.map((c) => c.order_id).filter((id) => !except.has(id));
  if (ids.length === 0) return [];
  let query = trx
    .selectFrom('orders')
    .select(['id', 'number', 'version', 'created_at', 'document'])
    .where('id', 'in', ids)
    .orderBy('id');
  if (engine === 'postgres') query = skipLocked ? query.forUpdate().skipLocked() : query.forUpdate();
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    version: row.version,
    createdAt: row.created_at,
    order: { ...(JSON.parse(row.document) as Order), version: row.version },
  }));
}

/** The lines of these orders waiting for the product at the location, oldest order first (R-CRE-6). */
export function waitingLines(orders: readonly WaitingOrder[], key: StockKey): WaitingLine[] {
  const oldestFirst = [...orders].sort((a, b) =>
    a.createdAt === b.createdAt ? a.number.localeCompare(b.number) : a.createdAt < b.createdAt ? -1 : 1,
  );
  return oldestFirst.flatMap(({ order }) =>
    order.lines
      .filter(
        (line) =>
          line.productId === key.sku &&
          line.delivery.kind !== 'carryOut' &&
          fulfillingLocation(order, line) === key.locationId,
      )
      .map((line) => ({
        orderId: order.id,
        lineId: line.id,
        backordered: openQuantity(line) - line.quantities.reserved,
      }))
      .filter((line) => line.backordered > 0),
  );
}

/**
 * Reserves `available` units for the waiting lines of the locked orders, oldest order first (the
 * domain's `reserveForBackorders`), and stores each order changed: the lines' reserved quantity, a new
 * version (an edit based on the old one is refused, R-EDT-4) and a history entry (R-SEC-3). The caller
 * moves the units to reserved on the stock row, in the same transaction.
 */
export async function reserveBackorderedLines(
  trx: Trx,
  orders: readonly WaitingOrder[],
  key: StockKey,
  available: number,
  meta: { at: string; staffId: string; newId: () => string },
): Promise<BackorderReservation[]> {
  const reservations = reserveForBackorders(available, waitingLines(orders, key));
  const result: BackorderReservation[] = [];
  for (const waiting of orders) {
    const mine = reservations.filter((r) => r.orderId === waiting.id);
    if (mine.length === 0) continue;
    const version = waiting.version + 1;
    const order: Order = {
      ...waiting.order,
      version,
      lines: waiting.order.lines.map((line) => {
        const got = mine.filter((r) => r.lineId === line.id).reduce((sum, r) => sum + r.quantity, 0);
        return got === 0 ? line : withQuantities(line, { reserved: line.quantities.reserved + got });
      }),
    };
    const updated = await trx
      .updateTable('orders')
      .set({ document: JSON.stringify(order), version, updated_at: meta.at })
      .where('id', '=', waiting.id)
      .where('version', '=', waiting.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw new Error(`order ${waiting.id} changed under a held lock`);
    await trx
      .insertInto('order_history')
      .values({
        id: meta.newId(),
        order_id: waiting.id,
        at: meta.at,
        operation: 'stockReserved',
        staff_id: meta.staffId,
        approved_by: null,
        location_id: key.locationId,
        register_id: null,
        details: JSON.stringify({
          sku: key.sku,
          lines: mine.map((r) => ({ lineId: r.lineId, quantity: r.quantity })),
        }),
      })
      .execute();
    result.push(...mine.map((r) => ({ ...r, orderNumber: waiting.number })));
  }
  return result;
}
