import type { CreateOrderRequest, PaymentInput, Receipt, RtsOperationReply } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { createAsyncOrder } from '../async/create-async-order.ts';
import { type Failure, fail, isFailure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { rtsActor } from '../orders/rts-actor.ts';
import { buildReceipt } from '../receipts/build-receipt.ts';
import { loadReceipt, receiptSetting, saveReceipt } from '../receipts/receipt-records.ts';
import { functionalityProfileReplica } from '../replica/functionality-profile.ts';
import { type Actor, authorize } from '../sessions/authorize.ts';
import type { Store } from '../store-context.ts';
import { transact } from '../transaction.ts';
import { type Cart, type CartTender, cashTendered } from './cart.ts';
import { type CartRecord, loadCart } from './cart-records.ts';

export type CheckoutResult =
  | { readonly preview: true; readonly reply: RtsOperationReply }
  | { readonly preview: false; readonly record: CartRecord; readonly receipt: Receipt };

/**
 * The register finishes a cart (SPEC §4, R-ASY-1 sync mode): HQ makes the order through RTS and the
 * store keeps the receipt. HQ decides everything that counts (prices, stock, the deposit and pay-later
 * rules, the cards); the store says which pay-later rule its own profile holds (R-PRO-1).
 *
 * The cart's id is the idempotency key at HQ, so however often the register retries (HQ down, the
 * answer lost on the way), a cart becomes at most one order and no card is charged twice. HQ forgets a
 * key it refused, so a cart corrected after a refusal goes through with the same key.
 */
export async function checkOutCart(
  store: Store,
  args: { cartId: string; actor: Actor; preview: boolean },
): Promise<CheckoutResult | Failure> {
  const db = store.database.db;
  const record = await loadCart(db, args.cartId);
  if (isFailure(record)) return record;
  if (record.status === 'completed') return completed(store, record, args.preview);
  const permitted = authorize(args.actor, 'createOrder');
  if (isFailure(permitted)) return permitted;
  const { cart } = record;
  const customerNumber = await customerOf(db, store.storeId, cart);
  if (isFailure(customerNumber)) return customerNumber;
  const profile = await functionalityProfileReplica.load(db, store.storeId, store.storeId);
  const request: CreateOrderRequest = {
    actor: rtsActor(args.actor, cart.depositOverride?.approvedBy ?? null),
    ...(profile ? { paymentRequirement: profile.requirePaymentForFulfillment } : {}),
    ...orderOf(cart, customerNumber),
  };
  if (cart.depositOverride?.approvedBy) {
    // The manager approved the override when it was typed (R-SEC-2); HQ checks it again at commit.
    request.actor.permissions.push('overrideDeposit');
  }
  const key = `${store.storeId}:cart:${cart.id}`;
  const asynchronously = () => createAsyncOrder(store, { cart, request, key, preview: args.preview });
  // R-PRO-2: a store in async mode makes its orders itself, also when HQ could answer.
  if (profile?.createCustomerOrderInAsyncMode) return asynchronously();
  const answer = await store.rts.post<RtsOperationReply>('/orders', request, {
    idempotencyKey: key,
    preview: args.preview,
  });
  if (isFailure(answer)) {
    // R-PRO-3: HQ out of reach, the store makes the order itself rather than send the customer away.
    if (answer.code === 'HQ_UNREACHABLE' && profile?.fallbackToAsyncWhenHqUnreachable) {
      if (cart.tenders.every((tender) => tender.kind === 'cash')) return asynchronously();
      return {
        ...answer,
        message: `${answer.message}; to make the order at the store, take cash instead of cards (R-PRO-3)`,
      };
    }
    return answer.code === 'IDEMPOTENCY_KEY_REUSED'
      ? fail(
          'CART_ALREADY_SENT',
          'HQ already made an order of this cart as it was before its last change: find the order of this customer',
          { field: 'cartId' },
        )
      : answer;
  }
  if (args.preview) return { preview: true, reply: answer.body };
  const reply = answer.body;
  const at = isoOf(store.clock());
  const setting = await receiptSetting(db, store.storeId);
  const tendered = cashTendered(cart);
  const receipt = buildReceipt({
    kind: 'create',
    id: store.newId(),
    issuedAt: at,
    ...setting,
    registerId: args.actor.registerId,
    staffId: args.actor.staffId,
    approvedBy: request.actor.approvedBy ?? null,
    reply,
    ...(tendered > 0 ? { cashTendered: tendered } : {}),
    cardLast4: cardLast4(reply, cart.tenders),
  });
  return transact(db, async (trx) => {
    const kept = await saveReceipt(trx, key, receipt, at);
    await trx
      .updateTable('carts')
      .set({
        status: 'completed',
        order_id: reply.order.id,
        order_number: reply.order.number,
        receipt_id: kept.id,
        updated_at: at,
      })
      .where('id', '=', cart.id)
      .execute();
    const done = await loadCart(trx, cart.id);
    return isFailure(done) ? done : { preview: false as const, record: done, receipt: kept };
  });
}

/** A completed cart answers its order and receipt again: the retry of a checkout that went through. */
async function completed(
  store: Store,
  record: CartRecord,
  preview: boolean,
): Promise<CheckoutResult | Failure> {
  if (preview || !record.order) {
    return fail('CART_COMPLETED', `cart ${record.cart.id} is already order ${record.order?.number}`, {
      field: 'cartId',
    });
  }
  const receipt = await loadReceipt(store.database.db, record.order.receiptId);
  return isFailure(receipt) ? receipt : { preview: false, record, receipt };
}

/**
 * Whom the order is for: the customer in the cart, or, for a sale carried out whole, the store's default
 * customer (the walk-in of an ordinary cash-and-carry sale). Anything delivered later needs a customer
 * (R-CRE-1).
 */
async function customerOf(db: Kysely<Database>, storeId: string, cart: Cart): Promise<string | Failure> {
  if (cart.customer) return cart.customer.number;
  const carriedOut =
    cart.type === 'customerOrder' && cart.lines.every((line) => line.delivery.kind === 'carryOut');
  const store = await db
    .selectFrom('locations')
    .select('default_customer')
    .where('id', '=', storeId)
    .executeTakeFirst();
  if (carriedOut && store?.default_customer) return store.default_customer;
  return fail(
    'CUSTOMER_REQUIRED',
    'add the customer: an order delivered later or a quote is made for a customer (R-CRE-1)',
    {
      field: 'customer',
      rule: 'R-CRE-1',
    },
  );
}

/** The order HQ is asked to make of the cart, in RTS's words. */
function orderOf(cart: Cart, customerNumber: string): Omit<CreateOrderRequest, 'actor'> {
  const payments = cart.tenders.flatMap((t): PaymentInput[] => {
    if (t.kind === 'cash') return [{ method: 'cash', amount: t.amount }];
    return t.kind === 'card' ? [{ method: 'card', cardToken: t.cardToken, amount: t.amount }] : [];
  });
  const authorizations = cart.tenders.flatMap((t) =>
    t.kind === 'cardAuthorization' ? [{ cardToken: t.cardToken, amount: t.amount }] : [],
  );
  return {
    type: cart.type,
    customerNumber,
    lines: cart.lines.map((line) => ({
      sku: line.sku,
      quantity: line.quantity,
      delivery: line.delivery,
      ...(line.backorder ? { backorder: true } : {}),
    })),
    shipments: cart.shipments.map((s) => ({ ...s })),
    ...(cart.depositOverride ? { depositOverride: cart.depositOverride.amount } : {}),
    ...(cart.quoteExpiresOn ? { quoteExpiresOn: cart.quoteExpiresOn } : {}),
    collectors: [...cart.collectors],
    payments,
    authorizations,
  };
}

/**
 * HQ names each card it took with a tender id of its own, in the order the cart listed them (payments,
 * then authorizations): the receipt prints the last four digits the store saw when it tokenized them.
 */
function cardLast4(reply: RtsOperationReply, tenders: readonly CartTender[]): Map<string, string> {
  const seen: string[] = [];
  for (const entry of reply.order.ledger) {
    const tender = 'tender' in entry ? (entry.tender as { id: string; method: string }) : undefined;
    if (tender?.method === 'card' && !seen.includes(tender.id)) seen.push(tender.id);
  }
  const cards = [
    ...tenders.flatMap((t) => (t.kind === 'card' ? [t.last4] : [])),
    ...tenders.flatMap((t) => (t.kind === 'cardAuthorization' ? [t.last4] : [])),
  ];
  return new Map(seen.flatMap((id, index) => (cards[index] ? [[id, cards[index]] as const] : [])));
}
