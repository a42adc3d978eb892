import { type AsyncCreateOrder, type CreateOrderRequest, RtsOperationReply } from '@kassa/contracts';
import {
  commitCheck,
  createOrder,
  isRefusal,
  type NewLine,
  type NewShipment,
  orderView,
  type Permission,
} from '@kassa/domain';
import { errorBody, fromRefusal } from '@kassa/server-kit';
import { type Cart, cashTendered } from '../carts/cart.ts';
import { loadCart } from '../carts/cart-records.ts';
import type { CheckoutResult } from '../carts/check-out-cart.ts';
import { getCustomer } from '../catalog/get-customer.ts';
import { type Failure, fail, isFailure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { buildReceipt } from '../receipts/build-receipt.ts';
import { receiptSetting, saveReceipt } from '../receipts/receipt-records.ts';
import { fromBasisPoints } from '../replica/replica.ts';
import type { Store } from '../store-context.ts';
import { type Trx, transact } from '../transaction.ts';
import { cardNeedsHq } from './card-needs-hq.ts';
import { storeOperationContext } from './operation-context.ts';

/**
 * The store makes the order itself (R-ASY-2): decided by the domain from the store's replicas, written
 * with its outbox row in one transaction, numbered by the register (S01-R1-000045). It works with HQ
 * down. HQ's P-job pulls the outbox row and Synchronize orders makes the sales order from the same
 * request, with the same order id.
 *
 * The store holds no stock figures: it promises what the customer asked for, and HQ reserves it when it
 * synchronizes the order. Cards need HQ's payment connector, so an async order is paid in cash.
 */
export async function createAsyncOrder(
  store: Store,
  args: {
    cart: Cart;
    request: CreateOrderRequest;
    /** The cart's checkout key: HQ makes no second order of a cart that reached it after all. */
    key: string;
    preview: boolean;
  },
): Promise<CheckoutResult | Failure> {
  const { cart, request } = args;
  const db = store.database.db;
  if (cart.tenders.some((tender) => tender.kind !== 'cash')) {
    return cardNeedsHq('this order is made', 'tenders', 'R-ASY-2');
  }
  const ctx = await storeOperationContext(store, db);
  if (isFailure(ctx)) return ctx;
  const lines = await newLines(store, cart);
  if (isFailure(lines)) return lines;
  const customer = await getCustomer(db, request.customerNumber);
  if (isFailure(customer)) return { ...customer, field: 'customer' };
  const shipsFrom = await db
    .selectFrom('locations')
    .select('ships_from')
    .where('id', '=', store.storeId)
    .executeTakeFirst();
  const shipments: NewShipment[] = [];
  for (const shipment of cart.shipments) {
    const address = customer.addresses.find((a) => a.id === shipment.addressId);
    if (!address) {
      return fail(
        'NOT_FOUND',
        `${shipment.addressId} is no longer an address of customer ${customer.number}`,
        {
          field: 'shipments',
          rule: 'R-CRE-2',
        },
      );
    }
    const { id: _id, ...where } = address;
    shipments.push({
      id: shipment.id,
      address: where,
      modeOfDelivery: shipment.modeOfDelivery,
      requestedDate: shipment.requestedDate,
      shipFrom: shipsFrom?.ships_from ?? store.storeId,
      charge: shipment.charge,
    });
  }

  const decision = createOrder(
    {
      type: request.type,
      customerId: customer.number,
      lines,
      shipments,
      ...(request.depositOverride !== undefined ? { depositOverride: request.depositOverride } : {}),
      ...(request.quoteExpiresOn !== undefined ? { quoteExpiresOn: request.quoteExpiresOn } : {}),
      collectors: request.collectors ?? [],
      payments: (request.payments ?? []).map((payment) => ({
        tender: { id: store.newId(), method: 'cash' as const },
        amount: payment.amount,
      })),
      authorizations: [],
      availability: () => Number.MAX_SAFE_INTEGER,
    },
    ctx,
  );
  if (isRefusal(decision)) return fromRefusal(decision);
  const names = {
    number: '',
    confirmationNumber: null,
    customerName: customer.name,
    invoiceNumbers: new Map<string, string>(),
    returnNumbers: new Map<string, string>(),
  };
  // As HQ would answer it, so the register and the receipt read a store's order as they read HQ's.
  const reply = (confirmationNumber: string | null): RtsOperationReply =>
    RtsOperationReply.parse({
      preview: args.preview,
      order: orderView(decision.state, { ...names, confirmationNumber }, ctx.parameters),
      effect: decision.effect,
      invoices: decision.invoices.map((invoice) => ({ id: invoice.id, number: null })),
      returnOrders: [],
      approvals: decision.approvals,
      blockers: decision.blockers.map((refusal) => errorBody(fromRefusal(refusal))),
    });
  if (args.preview) return { preview: true, reply: reply(null) };
  const blocked = commitCheck(decision, new Set(request.actor.permissions as Permission[]));
  if (blocked) return fromRefusal(blocked);

  const at = isoOf(store.clock());
  const setting = await receiptSetting(db, store.storeId);
  return transact(db, async (trx) => {
    const confirmationNumber = await nextConfirmationNumber(trx, store.storeId, cart.registerId);
    const { order } = decision.state;
    const payload: AsyncCreateOrder = {
      ...request,
      orderId: order.id,
      lineIds: order.lines.map((line) => line.id),
      confirmationNumber,
      createdAt: order.createdAt,
      idempotencyKey: args.key,
    };
    await trx
      .insertInto('local_orders')
      .values({
        id: order.id,
        confirmation_number: confirmationNumber,
        register_id: cart.registerId,
        customer_name: customer.name,
        document: JSON.stringify(decision.state),
        hq_order_number: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx
      .insertInto('outbox')
      .values({
        transaction_id: store.newId(),
        kind: 'createOrder',
        order_id: order.id,
        confirmation_number: confirmationNumber,
        payload: JSON.stringify(payload),
        created_at: at,
      })
      .execute();
    const tendered = cashTendered(cart);
    const receipt = await saveReceipt(
      trx,
      args.key,
      buildReceipt({
        kind: 'create',
        id: store.newId(),
        issuedAt: at,
        ...setting,
        registerId: request.actor.registerId,
        staffId: request.actor.staffId,
        approvedBy: request.actor.approvedBy ?? null,
        reply: reply(confirmationNumber),
        ...(tendered > 0 ? { cashTendered: tendered } : {}),
      }),
      at,
    );
    await trx
      .updateTable('carts')
      .set({
        status: 'completed',
        order_id: order.id,
        order_number: confirmationNumber,
        receipt_id: receipt.id,
        updated_at: at,
      })
      .where('id', '=', cart.id)
      .execute();
    const record = await loadCart(trx, cart.id);
    return isFailure(record) ? record : { preview: false as const, record, receipt };
  });
}

/** The cart's lines at the store's prices now, as HQ prices an order when it makes it. */
async function newLines(store: Store, cart: Cart): Promise<NewLine[] | Failure> {
  const skus = [...new Set(cart.lines.map((line) => line.sku))];
  const products = skus.length
    ? await store.database.db.selectFrom('products').selectAll().where('sku', 'in', skus).execute()
    : [];
  const lines: NewLine[] = [];
  for (const [index, line] of cart.lines.entries()) {
    const product = products.find((p) => p.sku === line.sku && p.active === 1);
    if (!product) {
      return fail('NOT_FOUND', `${line.sku} is no longer sold at this store`, {
        field: `lines[${index}].sku`,
      });
    }
    lines.push({
      productId: product.sku,
      description: product.name,
      unitPrice: product.price,
      vatRate: fromBasisPoints(product.vat_rate_bp),
      quantity: line.quantity,
      productKind: product.kind,
      delivery: line.delivery,
      ...(line.backorder ? { backorder: true } : {}),
    });
  }
  return lines;
}

/** The register's next confirmation number (R-CRE-7), e.g. S01-R1-000045. */
async function nextConfirmationNumber(trx: Trx, storeId: string, registerId: string): Promise<string> {
  const row = await trx
    .insertInto('register_sequences')
    .values({ register_id: registerId, last: 1 })
    .onConflict((oc) =>
      oc.column('register_id').doUpdateSet((eb) => ({ last: eb('register_sequences.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${storeId}-${registerId}-${String(row.last).padStart(6, '0')}`;
}
