import type { Actor, AuthorizationInput, PaymentInput, PaymentRequirement } from '@kassa/contracts';
import type {
  Authorization,
  Decision,
  OperationContext,
  OrderOperation,
  Outcome,
  Payment,
} from '@kassa/domain';
import type { Temporal } from 'temporal-polyfill';
import { PaymentSession } from '../../payments/payment-session.ts';
import { type Failure, fail, isFailure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import { type Trx, transact } from '../transaction.ts';
import { checkPermission, commitOutcome, type OperationReply } from './commit-outcome.ts';
import { loadOrder, type OrderRecord } from './order-records.ts';
import { OrderSources } from './order-sources.ts';

export interface OperationRequest {
  readonly actor: Actor;
  readonly version: number;
  readonly paymentRequirement?: PaymentRequirement | undefined;
  readonly payments?: readonly PaymentInput[] | undefined;
  readonly authorizations?: readonly AuthorizationInput[] | undefined;
}

export interface DecideArgs {
  readonly trx: Trx;
  readonly sources: OrderSources;
  readonly record: OrderRecord;
  readonly ctx: OperationContext;
  readonly tenders: { payments: Payment[]; authorizations: Authorization[] };
}

/** What one kind of operation brings to the shape they all share: its name, its history, its decision. */
export interface OrderOperationSpec {
  readonly operation: OrderOperation;
  readonly details?: unknown;
  readonly decide: (args: DecideArgs) => Promise<Decision<Outcome> | Failure>;
}

/**
 * The shape of every operation on an existing order (R-EDT-4): in one transaction, load the order and
 * lock it, refuse a stale version, take the cards, let the domain decide, then commit or preview.
 */
export async function runOrderOperation(
  hq: Hq,
  args: OrderOperationSpec & {
    locationId: string;
    orderId: string;
    request: OperationRequest;
    preview: boolean;
    idempotency?: IdempotencyKey | undefined;
  },
): Promise<OperationReply | Failure> {
  const denied = checkPermission(args.request.actor, args.operation);
  if (denied) return denied;
  const session = new PaymentSession(hq.payments, hq.newId, args.preview);
  return session.around(args.preview, () =>
    transact(
      hq.database.db,
      (trx) =>
        operateOnOrder(hq, trx, new OrderSources(trx), {
          ...args,
          session,
          at: hq.clock(),
          expectedVersion: args.request.version,
        }),
      { rollback: args.preview },
    ),
  );
}

/**
 * An operation on an order in the transaction given: RTS's own, or Synchronize orders' for what a store
 * did to an order it made itself (R-ASY-5), which is a fact by then: it is decided as of when the store
 * did it, on the order as HQ has it, without `expectedVersion`.
 */
export async function operateOnOrder(
  hq: Hq,
  trx: Trx,
  sources: OrderSources,
  args: OrderOperationSpec & {
    locationId: string;
    orderId: string;
    request: Omit<OperationRequest, 'version'>;
    preview: boolean;
    idempotency?: IdempotencyKey | undefined;
    session: PaymentSession;
    at: Temporal.Instant;
    expectedVersion: number | undefined;
  },
): Promise<OperationReply | Failure> {
  const { request, session } = args;
  const ctx = await sources.context(args.locationId, args.at, hq.newId, request);
  if (isFailure(ctx)) return ctx;
  const record = await loadOrder(trx, hq.database.engine, args.orderId, { lock: true });
  if (!record) return fail('NOT_FOUND', `order ${args.orderId} does not exist`, { field: 'orderId' });
  const version = record.state.order.version;
  if (args.expectedVersion !== undefined && version !== args.expectedVersion) {
    return fail(
      'VERSION_CONFLICT',
      'the order changed since it was read: load it again and redo the change',
      {
        field: 'version',
        rule: 'R-EDT-4',
        details: { expected: args.expectedVersion, actual: version },
      },
    );
  }
  const tenders = await session.tenders(request.payments, request.authorizations);
  if (isFailure(tenders)) return tenders;
  const decision = await args.decide({ trx, sources, record, ctx, tenders });
  // HQ's own failures (an unknown product in an edit) carry a status; the domain's refusals do not yet.
  if ('status' in decision) return decision;
  return commitOutcome({
    hq,
    trx,
    decision,
    actor: request.actor,
    locationId: args.locationId,
    operation: args.operation,
    preview: args.preview,
    session,
    parameters: ctx.parameters,
    idempotency: args.idempotency,
    details: args.details ?? {},
    existing: record,
  });
}
