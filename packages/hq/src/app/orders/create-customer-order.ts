import type { CreateOrderRequest } from '@kassa/contracts';
import { createOrder, isRefusal } from '@kassa/domain';
import type { Temporal } from 'temporal-polyfill';
import { PaymentSession } from '../../payments/payment-session.ts';
import { loadOperationContext } from '../configuration.ts';
import { type Failure, isFailure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import { type Trx, transact } from '../transaction.ts';
import { checkPermission, commitOutcome, type OperationReply } from './commit-outcome.ts';
import { loadCustomer, resolveLines, resolveShipments, stockKeys } from './resolve-cart.ts';
import { lockAvailability } from './stock.ts';

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
    transact(hq.database.db, (trx) => makeOrder(hq, trx, storeId, request, { ...options, session }), {
      rollback: options.preview,
    }),
  );
}

/** What an order a store made itself (R-ASY-2) brings with it: its id, confirmation number and instant. */
export interface MadeAtStore {
  readonly orderId: string;
  readonly confirmationNumber: string;
  /** When the store made it: its dates are checked as of then. */
  readonly at: Temporal.Instant;
}

/**
 * Makes the order in the transaction given: the RTS's own, or one of Synchronize orders, which makes many
 * orders in one transaction and the order a store made itself with the id the store gave it.
 */
export async function makeOrder(
  hq: Hq,
  trx: Trx,
  storeId: string,
  request: CreateOrderRequest,
  options: {
    preview: boolean;
    idempotency?: IdempotencyKey | undefined;
    session: PaymentSession;
    madeAtStore?: MadeAtStore;
  },
): Promise<OperationReply | Failure> {
  const { session, madeAtStore } = options;
  const ctx = await loadOperationContext(trx, storeId, madeAtStore?.at ?? hq.clock(), hq.newId, request);
  if (isFailure(ctx)) return ctx;
  const customer = await loadCustomer(trx, request.customerNumber, 'customerNumber');
  if (isFailure(customer)) return customer;
  const lines = await resolveLines(trx, request.lines, (i) => `lines[${i}]`);
  if (isFailure(lines)) return lines;
  const shipments = await resolveShipments(
    trx,
    storeId,
    customer,
    request.shipments ?? [],
    (i) => `shipments[${i}]`,
  );
  if (isFailure(shipments)) return shipments;
  // Cards first: a slow processor must not hold stock rows locked.
  const tenders = await session.tenders(request.payments, request.authorizations);
  if (isFailure(tenders)) return tenders;
  const availability = await lockAvailability(trx, hq.database.engine, stockKeys(storeId, lines, shipments));

  const decision = createOrder(
    {
      ...(madeAtStore ? { orderId: madeAtStore.orderId } : {}),
      type: request.type,
      customerId: customer.number,
      lines,
      shipments,
      ...(request.depositOverride !== undefined ? { depositOverride: request.depositOverride } : {}),
      ...(request.quoteExpiresOn !== undefined ? { quoteExpiresOn: request.quoteExpiresOn } : {}),
      collectors: request.collectors ?? [],
      payments: tenders.payments,
      authorizations: tenders.authorizations,
      availability,
    },
    ctx,
  );
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
    details: { type: request.type, lines: request.lines.length },
    created: {
      customerName: customer.name,
      ...(madeAtStore ? { confirmationNumber: madeAtStore.confirmationNumber } : {}),
    },
  });
}
