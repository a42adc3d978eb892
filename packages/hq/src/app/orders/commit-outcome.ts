import type { Actor } from '@kassa/contracts';
import {
  type CommerceParameters,
  commitCheck,
  type Decision,
  instantText,
  isRefusal,
  OPERATION_PERMISSION,
  type Outcome,
  type Permission,
} from '@kassa/domain';
import { type ErrorBody, errorBody } from '@kassa/server-kit';
import type { PaymentSession } from '../../payments/payment-session.ts';
import { type Failure, fail, fromRefusal } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import { type IdempotencyKey, remember } from '../idempotency.ts';
import type { Trx } from '../transaction.ts';
import { loadOrder, type OrderRecord, orderView, saveOutcome } from './order-records.ts';

/** What every order operation answers: the order after it, the money effect, and what it still needs. */
export interface OperationReply {
  readonly preview: boolean;
  readonly order: ReturnType<typeof orderView>;
  readonly effect: Outcome['effect'];
  readonly approvals: Outcome['approvals'];
  /** What would refuse the commit, as the refusal would read (R-DEP-3, R-PCK-3…). */
  readonly blockers: ErrorBody[];
  readonly invoices: { id: string; number: string | null }[];
  readonly returnOrders: { id: string; number: string | null }[];
}

/** The associate may start the operation at all (R-SEC-1); approvals beyond it come with the outcome. */
export function checkPermission(
  actor: Actor,
  operation: keyof typeof OPERATION_PERMISSION,
): Failure | undefined {
  const needed = OPERATION_PERMISSION[operation];
  if ((actor.permissions as readonly string[]).includes(needed)) return undefined;
  return fail('FORBIDDEN', `staff ${actor.staffId} may not ${operation}: needs ${needed}`, {
    rule: 'R-SEC-1',
    details: { permission: needed },
  });
}

/**
 * The second half of every order operation, once the domain decided: a preview answers the outcome as
 * it is; a commit must pass `commitCheck` with the actor's permissions, settles the cards, stores the
 * outcome, remembers the idempotency key, and answers the order as stored.
 */
export async function commitOutcome(args: {
  hq: Hq;
  trx: Trx;
  decision: Decision<Outcome>;
  actor: Actor;
  locationId: string;
  operation: string;
  preview: boolean;
  session: PaymentSession;
  parameters: CommerceParameters;
  idempotency: IdempotencyKey | undefined;
  details: unknown;
  created?: { customerName: string; confirmationNumber?: string };
  /** The order before, for a preview of an operation on it. */
  existing?: OrderRecord;
}): Promise<OperationReply | Failure> {
  const { hq, trx, decision, actor } = args;
  if (isRefusal(decision)) return fromRefusal(decision);
  const outcome = decision;
  const at = instantText(hq.clock());
  const blockers = outcome.blockers.map((refusal) => errorBody(fromRefusal(refusal)));
  if (!args.preview) {
    const refused = await clearForCommit(outcome, actor, args.session);
    if (refused) return refused;
    await saveOutcome(
      trx,
      outcome,
      {
        operation: args.operation,
        actor,
        locationId: args.locationId,
        at,
        newId: hq.newId,
        details: historyDetails(outcome, actor, args.details),
      },
      args.created,
    );
  }
  const record = args.preview ? undefined : await loadOrder(trx, hq.database.engine, outcome.state.order.id);
  const view = record
    ? orderView(record, args.parameters)
    : orderView(
        {
          number: args.existing?.number ?? '(preview)',
          customerName: args.existing?.customerName ?? args.created?.customerName ?? '',
          confirmationNumber: args.existing?.confirmationNumber ?? args.created?.confirmationNumber ?? null,
          state: outcome.state,
          invoiceNumbers: new Map(args.existing?.invoiceNumbers),
          returnNumbers: new Map(args.existing?.returnNumbers),
        },
        args.parameters,
      );
  const reply: OperationReply = {
    preview: args.preview,
    order: view,
    effect: outcome.effect,
    approvals: outcome.approvals,
    blockers,
    invoices: outcome.invoices.map((i) => ({ id: i.id, number: record?.invoiceNumbers.get(i.id) ?? null })),
    returnOrders: outcome.returnOrders.map((r) => ({
      id: r.id,
      number: record?.returnNumbers.get(r.id) ?? null,
    })),
  };
  if (args.idempotency && !args.preview) {
    await remember(trx, args.idempotency, { status: args.created ? 201 : 200, body: reply });
  }
  return reply;
}

/**
 * What a decided outcome must pass before it is stored: the approvals it needs are among the actor's
 * permissions and nothing blocks it (`commitCheck`), and the cards took what it moves on them.
 */
export async function clearForCommit(
  outcome: Outcome,
  actor: Actor,
  session: PaymentSession,
): Promise<Failure | undefined> {
  const blocked = commitCheck(outcome, new Set(actor.permissions as Permission[]));
  if (blocked) return fromRefusal(blocked);
  return session.settle(outcome.entries);
}

/** The history entry's details; who approved what is part of the change's history (R-SEC-2). */
export function historyDetails(outcome: Outcome, actor: Actor, details: unknown): unknown {
  return outcome.approvals.length > 0
    ? { ...(details as object), approvals: outcome.approvals, approvedBy: actor.approvedBy ?? null }
    : details;
}
