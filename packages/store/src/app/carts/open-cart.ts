import type { CartView } from '@kassa/contracts';
import type { Failure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { type Answer, once, type PosKey } from '../pos-idempotency.ts';
import type { Store } from '../store-context.ts';
import { newCart } from './cart.ts';
import { viewOf } from './cart-records.ts';

/** A new, empty cart at a register: a cash-and-carry sale until lines get another delivery. */
export async function openCart(
  store: Store,
  args: { registerId: string; staffId: string; key: PosKey },
): Promise<Answer<CartView> | Failure> {
  const at = isoOf(store.clock());
  // A cart the register can fill again: its commit need not wait for the disk (transaction.ts).
  return once(
    store.database.db,
    args.key,
    at,
    async (trx) => {
      const cart = newCart(store.newId(), args.registerId);
      await trx
        .insertInto('carts')
        .values({
          id: cart.id,
          register_id: args.registerId,
          opened_by: args.staffId,
          status: 'open',
          version: 1,
          document: JSON.stringify(cart),
          order_id: null,
          order_number: null,
          receipt_id: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return { status: 201, body: viewOf({ cart, status: 'open', version: 1, order: null }) };
    },
    'process',
  );
}
