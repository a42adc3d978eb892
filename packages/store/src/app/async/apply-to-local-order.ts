import {
  type ManagerOverride,
  type PaymentInput,
  RtsOperationReply,
  type StoreOperationReply,
  StoreTransactionPayloads,
} from '@kassa/contracts';
import {
  commitCheck,
  type Decision,
  isRefusal,
  OPERATION_PERMISSION,
  type OperationContext,
  type OrderState,
  type Outcome,
  type Payment,
  type Permission,
} from '@kassa/domain';
import { errorBody, fromRefusal } from '@kassa/server-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail, isFailure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { ORDER_OPERATIONS } from '../orders/relay-order-operation.ts';
import { rtsActor, storePaymentRequirement } from '../orders/rts-actor.ts';
import { checkCashTendered } from '../payments/cash-tendered.ts';
import { once, type PosKey } from '../pos-idempotency.ts';
import { buildReceipt } from '../receipts/build-receipt.ts';
import { receiptSetting, saveReceipt } from '../receipts/receipt-records.ts';
import { type Actor, authorize } from '../sessions/authorize.ts';
import type { Store } from '../store-context.ts';
import { cardNeedsHq } from './card-needs-hq.ts';
import { findLocalOrder, type LocalOrder, localOrderState, localOrderView } from './local-orders.ts';
import { storeOperationContext } from './operation-context.ts';

/** The operations a store records on an order it made itself before HQ has it (R-ASY-5). */
export type LocalOperation = 'pickUp' | 'cancel';

/** What every such operation's request has, as the register sends it (`StoreOrderRequests`). */
interface LocalOperationRequest {
  readonly version: number;
  readonly payments?: PaymentInput[] | undefined;
  readonly managerOverride?: ManagerOverride | undefined;
  readonly cashTendered?: number | undefined;
}

export interface LocalOperationArgs<R extends LocalOperationRequest> {
  readonly local: LocalOrder;
  readonly request: R;
  readonly actor: Actor;
  /** The register's key with what it asked; a preview has none. */
  readonly key: PosKey | undefined;
  readonly preview: boolean;
}

/** How the domain decides the operation on the order, with the cash handed over now. */
type Decide = (state: OrderState, payments: Payment[], ctx: OperationContext) => Decision<Outcome>;

/**
 * The shape of an operation the store applies to its own copy of an order (R-ASY-5), as HQ runs it on
 * its copy: the permission (R-SEC-1, R-SEC-2), the version read (R-EDT-4), the domain's decision from
 * the store's replicas, and the approvals and blockers HQ would check. Cards need HQ, so it is paid in
 * cash. A commit writes, in one transaction, the order, the outbox row HQ applies after the order (the
 * RTS request with the version of the copy it was applied to), the receipt and the answer under the
 * register's key, so a retry gets the same answer and the outbox never holds the operation twice.
 */
export async function applyToLocalOrder<R extends LocalOperationRequest>(
  store: Store,
  args: LocalOperationArgs<R> & { readonly operation: LocalOperation; readonly decide: Decide },
): Promise<StoreOperationReply | Failure> {
  const { operation, actor } = args;
  const permitted = authorize(actor, OPERATION_PERMISSION[operation]);
  if (isFailure(permitted)) return permitted;
  const card = (args.request.payments ?? []).findIndex((payment) => payment.method !== 'cash');
  if (card >= 0) {
    const what = operation === 'pickUp' ? 'this pickup is done' : 'this cancellation is done';
    return cardNeedsHq(what, `payments[${card}]`, 'R-ASY-5');
  }
  const { cashTendered } = args.request;
  const short = checkCashTendered(args.request.payments, cashTendered);
  if (short) return short;
  const db = store.database.db;
  if (args.preview) {
    const decided = await decideOnCopy(store, db, args);
    return isFailure(decided) ? decided : { ...decided.reply, receipt: null };
  }
  const key = args.key;
  if (!key) throw new Error(`${operation} of order ${args.local.id} committed without an idempotency key`);
  const at = isoOf(store.clock());
  const answer = await once<StoreOperationReply>(db, key, at, async (trx) => {
    const decided = await decideOnCopy(store, trx, args);
    if (isFailure(decided)) return decided;
    const { local, outcome, reply } = decided;
    const blocked = commitCheck(outcome, new Set(rtsActor(actor).permissions as Permission[]));
    if (blocked) return fromRefusal(blocked);

    const { managerOverride: _override, cashTendered: _handedOver, ...asked } = args.request;
    // Checked against the contract HQ reads it by: a payload that does not meet it is a bug here.
    const payload = StoreTransactionPayloads[operation].parse({
      ...asked,
      actor: rtsActor(actor),
      ...(await storePaymentRequirement(trx, store.storeId)),
      orderId: local.id,
      confirmationNumber: local.confirmation_number,
      createdAt: at,
    });
    await trx
      .updateTable('local_orders')
      .set({ document: JSON.stringify(outcome.state), updated_at: at })
      .where('id', '=', local.id)
      .execute();
    await trx
      .insertInto('outbox')
      .values({
        transaction_id: store.newId(),
        kind: operation,
        order_id: local.id,
        confirmation_number: local.confirmation_number,
        payload: JSON.stringify(payload),
        created_at: at,
      })
      .execute();
    const receipt = await saveReceipt(
      trx,
      `${store.storeId}:${key.key}`,
      buildReceipt({
        kind: ORDER_OPERATIONS[operation].receipt,
        before: decided.before,
        id: store.newId(),
        issuedAt: at,
        ...(await receiptSetting(trx, store.storeId)),
        registerId: actor.registerId,
        staffId: actor.staffId,
        approvedBy: actor.override?.staffId ?? null,
        reply,
        ...(cashTendered !== undefined ? { cashTendered } : {}),
      }),
      at,
    );
    return { status: 200, body: { ...reply, receipt } };
  });
  return isFailure(answer) ? answer : answer.body;
}

/**
 * The domain's decision on the store's copy as it is now (read again in the transaction that writes it),
 * with the answer as HQ would give it.
 */
async function decideOnCopy<R extends LocalOperationRequest>(
  store: Store,
  db: Kysely<Database>,
  args: LocalOperationArgs<R> & { readonly decide: Decide },
) {
  const local = await findLocalOrder(db, args.local.id);
  if (!local) throw new Error(`local order ${args.local.id} is gone`);
  const ctx = await storeOperationContext(store, db);
  if (isFailure(ctx)) return ctx;
  const state = localOrderState(local);
  if (state.order.version !== args.request.version) {
    return fail(
      'VERSION_CONFLICT',
      'the order changed since it was read: load it again and redo the change',
      {
        field: 'version',
        rule: 'R-EDT-4',
        details: { expected: args.request.version, actual: state.order.version },
      },
    );
  }
  const payments = (args.request.payments ?? []).map(
    (payment): Payment => ({ tender: { id: store.newId(), method: 'cash' }, amount: payment.amount }),
  );
  const outcome = args.decide(state, payments, ctx);
  if (isRefusal(outcome)) return fromRefusal(outcome);
  const reply = RtsOperationReply.parse({
    preview: args.preview,
    order: localOrderView(local, ctx.parameters, outcome.state),
    effect: outcome.effect,
    approvals: outcome.approvals,
    blockers: outcome.blockers.map((refusal) => errorBody(fromRefusal(refusal))),
    // Like the order, its invoices get HQ's numbers when HQ has them.
    invoices: outcome.invoices.map((invoice) => ({ id: invoice.id, number: null })),
    returnOrders: [],
  });
  return { local, outcome, reply, before: localOrderView(local, ctx.parameters) };
}
