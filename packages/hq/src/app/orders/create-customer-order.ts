import type { CreateOrderRequest } from '@kassa/contracts';
import {
  type CreateOrderOutcome,
  createOrder,
  type Decision,
  isRefusal,
  type NewLine,
  type NewShipment,
  type OperationContext,
  type StockAvailability,
} from '@kassa/domain';
import { PaymentSession } from '../../payments/payment-session.ts';
import { type Failure, isFailure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import { transact } from '../transaction.ts';
import { checkPermission, commitOutcome, type OperationReply } from './commit-outcome.ts';
import { type CustomerRecord, OrderSources } from './order-sources.ts';
import { loadCustomer, resolveLines, resolveShipments, stockKeys } from './resolve-cart.ts';
import { lockAvailability, type StockKey } from './stock.ts';

/**
 * RTS: a store creates a customer order, a quote or a cash-and-carry sale (SPEC §4, §5). HQ resolves the
 * cart at today's prices, locks the stock it needs, takes the cards, lets the domain decide and stores
 * the outcome, all in one transaction. The order gets its HQ number at once (R-CRE-7).
 */
export async function createCustomerOrder(
  hq: Hq,
  storeId: string,
  request: CreateOrderRequest,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  const denied = checkPermission(request.actor, 'create');
  if (denied) return denied;
  const session = new PaymentSession(hq.payments, hq.newId, options.preview);
  return session.around(options.preview, () =>
    transact(
      hq.database.db,
      async (trx) => {
        const sources = new OrderSources(trx);
        const ctx = await sources.context(storeId, hq.clock(), hq.newId, request);
        if (isFailure(ctx)) return ctx;
        const cart = await resolveCart(sources, storeId, request);
        if (isFailure(cart)) return cart;
        // Cards first: a slow processor must not hold stock rows locked.
        const tenders = await session.tenders(request.payments, request.authorizations);
        if (isFailure(tenders)) return tenders;
        const availability = await lockAvailability(trx, hq.database.engine, cart.stockKeys);
        const decision = decideOrder(request, cart, { ...tenders, availability }, ctx);
        return commitOutcome({
          hq,
          trx,
          decision,
          actor: request.actor,
          locationId: storeId,
          operation: isRefusal(decision) ? 'create' : decision.saleKind,
          preview: options.preview,
          session,
          parameters: ctx.parameters,
          idempotency: options.idempotency,
          details: orderDetails(request),
          created: { customerName: cart.customer.name },
        });
      },
      { rollback: options.preview },
    ),
  );
}

/** A cart as HQ knows it: the customer, the lines at today's prices, the shipments, the stock they need. */
export interface ResolvedCart {
  readonly customer: CustomerRecord;
  readonly lines: NewLine[];
  readonly shipments: NewShipment[];
  readonly stockKeys: StockKey[];
}

/** Resolves what the request names, refusing with the field named what HQ does not know or sell. */
export async function resolveCart(
  sources: OrderSources,
  storeId: string,
  request: CreateOrderRequest,
): Promise<ResolvedCart | Failure> {
  const customer = await loadCustomer(sources, request.customerNumber, 'customerNumber');
  if (isFailure(customer)) return customer;
  const lines = await resolveLines(sources, request.lines, (i) => `lines[${i}]`);
  if (isFailure(lines)) return lines;
  const shipments = await resolveShipments(
    sources,
    storeId,
    customer,
    request.shipments ?? [],
    (i) => `shipments[${i}]`,
  );
  if (isFailure(shipments)) return shipments;
  return { customer, lines, shipments, stockKeys: stockKeys(storeId, lines, shipments) };
}

/** The domain's decision on a resolved cart; `orderId` and `lineIds` are those a store gave an order it made itself. */
export function decideOrder(
  request: CreateOrderRequest,
  cart: ResolvedCart,
  taken: Pick<Parameters<typeof createOrder>[0], 'payments' | 'authorizations'> & {
    availability: StockAvailability;
    orderId?: string;
    lineIds?: readonly string[] | undefined;
  },
  ctx: OperationContext,
): Decision<CreateOrderOutcome> {
  return createOrder(
    {
      ...(taken.orderId !== undefined ? { orderId: taken.orderId } : {}),
      ...(taken.lineIds !== undefined ? { lineIds: taken.lineIds } : {}),
      type: request.type,
      customerId: cart.customer.number,
      lines: cart.lines,
      shipments: cart.shipments,
      ...(request.depositOverride !== undefined ? { depositOverride: request.depositOverride } : {}),
      ...(request.quoteExpiresOn !== undefined ? { quoteExpiresOn: request.quoteExpiresOn } : {}),
      collectors: request.collectors ?? [],
      payments: taken.payments ?? [],
      authorizations: taken.authorizations ?? [],
      availability: taken.availability,
    },
    ctx,
  );
}

export function orderDetails(request: CreateOrderRequest): { type: string; lines: number } {
  return { type: request.type, lines: request.lines.length };
}
