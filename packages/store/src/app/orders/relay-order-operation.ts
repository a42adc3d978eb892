import {
  type PaymentInput,
  type Receipt,
  type ReceiptKind,
  RtsOperationReply,
  RtsOrder,
} from '@kassa/contracts';
import { OPERATION_PERMISSION, type OrderOperation } from '@kassa/domain';
import { type Failure, isFailure } from '../failure.ts';
import { isoOf } from '../instants.ts';
import { checkCashTendered } from '../payments/cash-tendered.ts';
import { buildReceipt, movedMoney } from '../receipts/build-receipt.ts';
import { receiptSetting, saveReceipt } from '../receipts/receipt-records.ts';
import { type Actor, authorize } from '../sessions/authorize.ts';
import type { Store } from '../store-context.ts';
import { transact } from '../transaction.ts';
import { rtsActor, storePaymentRequirement } from './rts-actor.ts';

/**
 * The operations on an existing order a register runs through RTS (R-ASY-1, sync mode): where they go at
 * HQ, and which of them give the customer a receipt (R-RCP-1). An edit gives one only when it took or gave
 * back money (decision 0018).
 */
export const ORDER_OPERATIONS = {
  edit: { path: 'edit', operation: 'edit', receipt: 'edit' },
  pick: { path: 'pick', operation: 'pick', receipt: null },
  pack: { path: 'pack', operation: 'pack', receipt: null },
  pickUp: { path: 'pick-up', operation: 'pickUp', receipt: 'pickup' },
  cancel: { path: 'cancel', operation: 'cancel', receipt: 'cancel' },
  return: { path: 'return', operation: 'return', receipt: 'return' },
  convert: { path: 'convert', operation: 'convertQuote', receipt: null },
} as const satisfies Record<
  string,
  { path: string; operation: OrderOperation; receipt: Exclude<ReceiptKind, 'create'> | null }
>;
export type StoreOrderOperation = keyof typeof ORDER_OPERATIONS;

export interface RelayedOperation {
  readonly hq: RtsOperationReply;
  readonly receipt: Receipt | null;
}

/**
 * Runs one operation on an order at HQ and waits for it. The store checks the permission first, so the
 * associate hears at once that a manager must approve (R-SEC-1, R-SEC-2), and vouches to HQ for who acts;
 * HQ decides and commits. The register's idempotency key goes with it, so a retry gets HQ's first answer
 * and the receipt printed for it, and nothing happens twice.
 *
 * An operation with a receipt reads the order first and keeps it under the key: the receipt shows what
 * this operation did, which the order before and after tell apart, also when it is printed on a retry.
 */
export async function relayOrderOperation(
  store: Store,
  args: {
    operation: StoreOrderOperation;
    orderId: string;
    body: {
      version: number;
      payments?: readonly PaymentInput[] | undefined;
      /** Cash handed over at a pickup or for an edit's shortfall, for the change on the receipt. */
      cashTendered?: number | undefined;
    } & Record<string, unknown>;
    actor: Actor;
    key: string | undefined;
    preview: boolean;
  },
): Promise<RelayedOperation | Failure> {
  const { path, operation, receipt: receiptKind } = ORDER_OPERATIONS[args.operation];
  const permitted = authorize(args.actor, OPERATION_PERMISSION[operation]);
  if (isFailure(permitted)) return permitted;
  const short = checkCashTendered(args.body.payments, args.body.cashTendered);
  if (short) return short;
  const orderPath = `/orders/${encodeURIComponent(args.orderId)}`;
  const db = store.database.db;
  const key = args.key === undefined ? undefined : `${store.storeId}:${args.key}`;
  let before: RtsOrder | undefined;
  if (receiptKind && key && !args.preview) {
    const read = await orderBefore(store, orderPath, key, args.body.version);
    if (isFailure(read)) return read;
    before = read;
  }
  const { managerOverride: _override, cashTendered, ...body } = args.body;
  const answer = await store.rts.post<unknown>(
    `${orderPath}/${path}`,
    { ...body, actor: rtsActor(args.actor), ...(await storePaymentRequirement(db, store.storeId)) },
    { ...(key ? { idempotencyKey: key } : {}), preview: args.preview },
  );
  if (isFailure(answer)) return answer;
  const hq = RtsOperationReply.parse(answer.body);
  if (!receiptKind || !before || !key) return { hq, receipt: null };
  // An edit that only changed the order hands nothing over the counter: the order's details show it.
  if (receiptKind === 'edit' && !movedMoney(before, hq.order)) return { hq, receipt: null };
  const at = isoOf(store.clock());
  const receipt = buildReceipt({
    kind: receiptKind,
    before,
    id: store.newId(),
    issuedAt: at,
    ...(await receiptSetting(db, store.storeId)),
    registerId: args.actor.registerId,
    staffId: args.actor.staffId,
    approvedBy: args.actor.override?.staffId ?? null,
    reply: hq,
    ...(typeof cashTendered === 'number' ? { cashTendered } : {}),
  });
  return { hq, receipt: await transact(db, (trx) => saveReceipt(trx, key, receipt, at)) };
}

/**
 * The order before the operation with this key: as first read for it when that was the version the
 * register sends now (a retry, which HQ answers with its first answer), else read now and kept.
 */
async function orderBefore(
  store: Store,
  orderPath: string,
  key: string,
  version: number,
): Promise<RtsOrder | Failure> {
  const db = store.database.db;
  const kept = await db
    .selectFrom('operation_snapshots')
    .select('order_document')
    .where('operation_key', '=', key)
    .executeTakeFirst();
  const earlier = kept ? RtsOrder.parse(JSON.parse(kept.order_document)) : undefined;
  if (earlier?.version === version) return earlier;
  const read = await store.rts.get<unknown>(orderPath);
  if (isFailure(read)) return read;
  const order = RtsOrder.parse(read.body);
  const document = JSON.stringify(read.body);
  await db
    .insertInto('operation_snapshots')
    .values({ operation_key: key, order_document: document, created_at: isoOf(store.clock()) })
    .onConflict((oc) => oc.column('operation_key').doUpdateSet({ order_document: document }))
    .execute();
  return order;
}
