import type { Receipt } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import type { ReceiptNames } from './build-receipt.ts';

/** What a receipt prints about the store and the names HQ's reply does not carry, from the replicas. */
export async function receiptSetting(
  db: Kysely<Database> | Trx,
  storeId: string,
): Promise<{ store: Receipt['store']; names: ReceiptNames }> {
  const locations = await db.selectFrom('locations').selectAll().execute();
  const modes = await db.selectFrom('modes_of_delivery').select(['code', 'name']).execute();
  const company = await db.selectFrom('company').select('time_zone').executeTakeFirst();
  const here = locations.find((location) => location.id === storeId);
  return {
    store: {
      id: storeId,
      name: here?.name ?? storeId,
      ...(here ? { addressLine: `${here.street}, ${here.postal_code} ${here.city}` } : {}),
      timeZone: here?.time_zone ?? company?.time_zone ?? 'UTC',
    },
    names: {
      location: (id) => locations.find((location) => location.id === id)?.name,
      modeOfDelivery: (code) => modes.find((mode) => mode.code === code)?.name,
    },
  };
}

/**
 * Keeps the receipt of one operation. The retry of an operation that HQ answered again with its first
 * answer finds the receipt already there and gets that one: one operation, one receipt.
 */
export async function saveReceipt(
  trx: Trx,
  operationKey: string,
  receipt: Receipt,
  at: string,
): Promise<Receipt> {
  await trx
    .insertInto('receipts')
    .values({
      id: receipt.id,
      kind: receipt.kind,
      order_id: receipt.order.id,
      order_number: receipt.order.number,
      operation_key: operationKey,
      document: JSON.stringify(receipt),
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('operation_key').doNothing())
    .execute();
  const row = await trx
    .selectFrom('receipts')
    .select('document')
    .where('operation_key', '=', operationKey)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.document) as Receipt;
}

export async function loadReceipt(db: Kysely<Database>, receiptId: string): Promise<Receipt | Failure> {
  const row = await db
    .selectFrom('receipts')
    .select('document')
    .where('id', '=', receiptId)
    .executeTakeFirst();
  return row
    ? (JSON.parse(row.document) as Receipt)
    : fail('NOT_FOUND', `there is no receipt ${receiptId} at this store`, { field: 'receiptId' });
}
