import type { CartChange, CartChangeRequest, CartView } from '@kassa/contracts';
import { findProductByBarcode } from '../catalog/find-product-by-barcode.ts';
import { getCustomer } from '../catalog/get-customer.ts';
import { type Failure, fail, isFailure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { tokenizeCard } from '../payments/tokenize-card.ts';
import { type Answer, once, type PosKey, replayed } from '../pos-idempotency.ts';
import { fromBasisPoints } from '../replica/replica.ts';
import { type Actor, authorize } from '../sessions/authorize.ts';
import type { Store } from '../store-context.ts';
import type { Trx } from '../transaction.ts';
import { applyCartChange, type Cart, type CartCustomer, type ResolvedCartChange } from './cart.ts';
import { loadCart, saveCart, viewOf } from './cart-records.ts';

type Card = { cardToken: string; last4: string };

/**
 * The register changes a cart: each change is looked up in the store's replicas (customers, products,
 * stores, modes of delivery) and applied in order; one refusal leaves the cart as it was. Cards are
 * handed to HQ's payment connector first, so the cart never holds a card number, only a token.
 */
export async function changeCart(
  store: Store,
  args: { cartId: string; request: CartChangeRequest; actor: Actor; key: PosKey },
): Promise<Answer<CartView> | Failure> {
  const permitted = authorize(args.actor, 'createOrder');
  if (isFailure(permitted)) return permitted;
  // A retry answers before the cards go to HQ again: it gets its first answer even with HQ down since.
  const earlier = await replayed(store.database.db, args.key);
  if (earlier) return earlier as Answer<CartView> | Failure;
  const cards = new Map<number, Card>();
  for (const [index, change] of args.request.changes.entries()) {
    if (change.kind !== 'addCardPayment' && change.kind !== 'authorizeCard') continue;
    const token = await tokenizeCard(store, change.card);
    if (isFailure(token)) {
      // HQ down is not the card's fault: only a refusal of the card names it.
      return token.status >= 500
        ? token
        : { ...token, field: `changes[${index}].card.${token.field ?? 'number'}` };
    }
    cards.set(index, { cardToken: token.token, last4: token.last4 });
  }
  const at = isoOf(store.clock());
  // A cart the register can fill again: its commit need not wait for the disk (transaction.ts).
  return once(
    store.database.db,
    args.key,
    at,
    async (trx) => {
      const record = await loadCart(trx, args.cartId);
      if (isFailure(record)) return record;
      if (record.status !== 'open') {
        return fail('CART_COMPLETED', `cart ${args.cartId} is already order ${record.order?.number}`, {
          field: 'cartId',
        });
      }
      if (record.version !== args.request.version) {
        return fail('VERSION_CONFLICT', 'the cart changed since the register showed it: reload it', {
          field: 'version',
          details: { expected: args.request.version, actual: record.version },
        });
      }
      let cart = record.cart;
      for (const [index, change] of args.request.changes.entries()) {
        const resolved = await resolve(trx, cart, change, index, {
          actor: args.actor,
          card: cards.get(index),
        });
        if (isFailure(resolved)) return resolved;
        const next = applyCartChange(cart, resolved, index);
        if (isFailure(next)) return next;
        cart = next;
      }
      return { status: 200, body: viewOf(await saveCart(trx, cart, record.version + 1, at)) };
    },
    'process',
  );
}

async function resolve(
  trx: Trx,
  cart: Cart,
  change: CartChange,
  index: number,
  extra: { actor: Actor; card: Card | undefined },
): Promise<ResolvedCartChange | Failure> {
  const field = (name: string) => `changes[${index}].${name}`;
  switch (change.kind) {
    case 'setCustomer': {
      const customer = await getCustomer(trx, change.customerNumber);
      if (isFailure(customer)) return { ...customer, field: field('customerNumber') };
      const resolved: CartCustomer = {
        number: customer.number,
        name: customer.name,
        addresses: customer.addresses.map((a) => ({
          id: a.id,
          label: `${a.name}, ${a.street}, ${a.postalCode} ${a.city}, ${a.country}`,
        })),
      };
      return { kind: 'setCustomer', customer: resolved };
    }
    case 'addProduct': {
      const row = await trx
        .selectFrom('products')
        .selectAll()
        .where('sku', '=', change.sku)
        .where('active', '=', 1)
        .executeTakeFirst();
      if (!row)
        return fail('NOT_FOUND', `no active product ${change.sku} at this store`, { field: field('sku') });
      const product = {
        sku: row.sku,
        name: row.name,
        price: row.price,
        vatRate: fromBasisPoints(row.vat_rate_bp),
      };
      return { kind: 'addProduct', product, quantity: change.quantity };
    }
    case 'scanBarcode': {
      const product = await findProductByBarcode(trx, change.barcode);
      if (isFailure(product)) return { ...product, field: field('barcode') };
      return { kind: 'addProduct', product, quantity: change.quantity };
    }
    case 'setDelivery': {
      const { delivery } = change;
      if (delivery.kind === 'carryOut') return { kind: 'setDelivery', lineIds: change.lineIds, delivery };
      if (delivery.kind === 'pickup') {
        const location = await trx
          .selectFrom('locations')
          .select('kind')
          .where('id', '=', delivery.storeId)
          .executeTakeFirst();
        if (location?.kind !== 'store') {
          return fail('NOT_FOUND', `${delivery.storeId} is not a store customers pick up at (R-CRE-2)`, {
            field: field('delivery.storeId'),
            rule: 'R-CRE-2',
          });
        }
        return { kind: 'setDelivery', lineIds: change.lineIds, delivery };
      }
      if (!cart.customer) {
        return fail(
          'CUSTOMER_REQUIRED',
          'add the customer first: a shipment goes to one of their addresses (R-CRE-2)',
          {
            field: field('delivery.addressId'),
            rule: 'R-CRE-2',
          },
        );
      }
      if (!cart.customer.addresses.some((a) => a.id === delivery.addressId)) {
        return fail(
          'NOT_FOUND',
          `${delivery.addressId} is not an address of customer ${cart.customer.number}`,
          {
            field: field('delivery.addressId'),
            rule: 'R-CRE-2',
          },
        );
      }
      const mode = await trx
        .selectFrom('modes_of_delivery')
        .select('kind')
        .where('code', '=', delivery.modeOfDelivery)
        .executeTakeFirst();
      if (mode?.kind !== 'shipping') {
        return fail('NOT_FOUND', `${delivery.modeOfDelivery} is not a shipping mode of delivery (R-CRE-2)`, {
          field: field('delivery.modeOfDelivery'),
          rule: 'R-CRE-2',
        });
      }
      const { kind: _kind, ...shipment } = delivery;
      return { kind: 'setDelivery', lineIds: change.lineIds, delivery: { kind: 'ship', shipment } };
    }
    case 'overrideDeposit': {
      const granted = authorize(extra.actor, 'overrideDeposit');
      if (isFailure(granted)) return granted;
      return { kind: 'overrideDeposit', amount: change.amount, approvedBy: granted.approvedBy };
    }
    case 'addCashPayment': {
      const tendered = change.tendered ?? change.amount;
      if (tendered < change.amount) {
        return fail('VALIDATION_FAILED', `${tendered} handed over is less than the ${change.amount} paid`, {
          field: field('tendered'),
        });
      }
      return { kind: 'addTender', tender: { kind: 'cash', amount: change.amount, tendered } };
    }
    case 'addCardPayment':
    case 'authorizeCard': {
      const card = extra.card as Card;
      const kind = change.kind === 'addCardPayment' ? 'card' : 'cardAuthorization';
      return { kind: 'addTender', tender: { kind, amount: change.amount, ...card } };
    }
    default:
      return change;
  }
}
