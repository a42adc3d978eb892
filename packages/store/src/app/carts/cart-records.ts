import type { CartView } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { type Cart, cartView } from './cart.ts';

export interface CartRecord {
  readonly cart: Cart;
  readonly status: 'open' | 'completed';
  readonly version: number;
  readonly order: CartView['order'];
}

export async function loadCart(db: Kysely<Database> | Trx, cartId: string): Promise<CartRecord | Failure> {
  const row = await db.selectFrom('carts').selectAll().where('id', '=', cartId).executeTakeFirst();
  if (!row) return fail('NOT_FOUND', `there is no cart ${cartId} at this store`, { field: 'cartId' });
  return {
    cart: JSON.parse(row.document) as Cart,
    status: row.status,
    version: row.version,
    order:
      row.order_id && row.order_number && row.receipt_id
        ? { id: row.order_id, number: row.order_number, receiptId: row.receipt_id }
        : null,
  };
}

export const viewOf = (record: CartRecord): CartView => cartView(record.cart, record);

/** Writes the next version of an open cart; the caller checked the version it started from. */
export async function saveCart(trx: Trx, cart: Cart, version: number, at: string): Promise<CartRecord> {
  await trx
    .updateTable('carts')
    .set({ document: JSON.stringify(cart), version, updated_at: at })
    .where('id', '=', cart.id)
    .execute();
  return { cart, status: 'open', version, order: null };
}
