import { expect } from 'vitest';
import { cashier, newKey, type RunningHq, type storeClient } from './hq-server.ts';
import { SECRETS } from './seed.ts';

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
export type Json = any;
export type StoreClient = ReturnType<typeof storeClient>;

/** HQ's clock starts at 2026-11-27 11:00 in Amsterdam (startHq); these dates lie ahead of it. */
export const START = '2026-11-27T10:00:00Z';
export const PICKUP_DATE = '2026-11-30';
export const SHIP_DATE = '2026-12-01';

/** The test connector's documented cards: 4111… approves, …0002 declines, …0069 fails at capture. */
export { TEST_CARDS } from '../src/payments/test-connector.ts';

export const carryOut = (sku: string, quantity: number) => ({
  sku,
  quantity,
  delivery: { kind: 'carryOut' as const },
});
export const pickup = (sku: string, quantity: number, storeId = 'S01', date = PICKUP_DATE) => ({
  sku,
  quantity,
  delivery: { kind: 'pickup' as const, storeId, date },
});
export const ship = (sku: string, quantity: number, shipmentId = 'SH1') => ({
  sku,
  quantity,
  delivery: { kind: 'ship' as const, shipmentId },
});
export const shipment = (charge = 0, { id = 'SH1', addressId = 'A-1', requestedDate = SHIP_DATE } = {}) => ({
  id,
  addressId,
  modeOfDelivery: 'POSTNL',
  requestedDate,
  charge,
});
export const cash = (amount: number) => ({ method: 'cash' as const, amount });
export const card = (cardToken: string, amount: number) => ({ method: 'card' as const, cardToken, amount });

/** A customer order for Anna (C-1001) by the S01 cashier; `extra` adds or replaces fields. */
export function orderBody(lines: unknown[], extra: Record<string, unknown> = {}) {
  return { actor: cashier, type: 'customerOrder', customerNumber: 'C-1001', lines, ...extra };
}

/** Creates an order that must succeed and answers the reply (order, effect, invoices). */
export async function createOrder(
  store: StoreClient,
  lines: unknown[],
  extra: Record<string, unknown> = {},
): Promise<Json> {
  const created = await store.post('/orders', orderBody(lines, extra));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

/** Runs an operation on an order that must succeed, at the order's current version unless given. */
export async function operate(
  store: StoreClient,
  order: { number: string; version: number },
  operation: string,
  body: Record<string, unknown>,
): Promise<Json> {
  const done = await store.post(`/orders/${order.number}/${operation}`, {
    actor: cashier,
    version: order.version,
    ...body,
  });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return done.body;
}

export async function stockLevel(
  hq: RunningHq,
  locationId: string,
  sku: string,
): Promise<{ onHand: number; reserved: number }> {
  const row = await hq.database.db
    .selectFrom('stock')
    .select(['on_hand', 'reserved'])
    .where('location_id', '=', locationId)
    .where('sku', '=', sku)
    .executeTakeFirst();
  return { onHand: row?.on_hand ?? 0, reserved: row?.reserved ?? 0 };
}

export async function setStock(
  hq: RunningHq,
  locationId: string,
  sku: string,
  onHand: number,
  reserved = 0,
): Promise<void> {
  await hq.database.db
    .updateTable('stock')
    .set({ on_hand: onHand, reserved })
    .where('location_id', '=', locationId)
    .where('sku', '=', sku)
    .execute();
}

/** Every stock row, to show that a refused or replayed call moved nothing. */
export async function allStock(hq: RunningHq) {
  return hq.database.db
    .selectFrom('stock')
    .select(['location_id', 'sku', 'on_hand', 'reserved'])
    .orderBy('location_id')
    .orderBy('sku')
    .execute();
}

const COUNTED = [
  'orders',
  'order_lines',
  'ledger_entries',
  'invoices',
  'return_orders',
  'order_history',
  'idempotency_keys',
] as const;

/** How many rows the order tables hold: a call that changes nothing leaves every count as it was. */
export async function rowCounts(hq: RunningHq): Promise<Record<(typeof COUNTED)[number], number>> {
  const counts = {} as Record<(typeof COUNTED)[number], number>;
  for (const table of COUNTED) {
    const row = await hq.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Everything a refused call must leave alone: the row counts and every stock level. */
export async function snapshot(hq: RunningHq) {
  return { counts: await rowCounts(hq), stock: await allStock(hq) };
}

/** R-PRO-1 as job 1070 would have set it: the profile row of a store, written straight into the database. */
export async function setPaymentRequirement(
  hq: RunningHq,
  storeId: string,
  requirement: 'NotRequired' | 'CardRequired',
): Promise<void> {
  await hq.database.db
    .updateTable('functionality_profiles')
    .set({ require_payment_for_fulfillment: requirement })
    .where('store_id', '=', storeId)
    .execute();
}

/** A card token from the payment connector, through the RTS as the POS gets one. */
export async function cardToken(store: StoreClient, number: string): Promise<string> {
  const tokenized = await store.post('/payments/tokens', { number, expiry: '12/30' });
  expect(tokenized.status, JSON.stringify(tokenized.body)).toBe(201);
  return tokenized.body.token;
}

/** What the test connector holds for the card tender with this id (an authorization id). */
export function authorizationOf(hq: RunningHq, tenderId: string) {
  const held = hq.payments.authorizations().get(tenderId);
  expect(held, `authorization ${tenderId}`).toBeDefined();
  return held as NonNullable<typeof held>;
}

/** The card tenders of an order's ledger, in the order they appear. */
export function cardTenders(order: Json): string[] {
  const ids = (order.ledger as Json[])
    .filter((entry) => entry.tender?.method === 'card')
    .map((entry) => entry.tender.id as string);
  return [...new Set(ids)];
}

/** The back office as HQ-ADMIN, signed in over real HTTP. */
export async function backOffice(hq: RunningHq) {
  const signIn = await fetch(`${hq.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffId: 'HQ-ADMIN', password: 'admin-password' }),
  });
  expect(signIn.status).toBe(201);
  const { token } = (await signIn.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    async get(path: string) {
      const response = await fetch(`${hq.url}/api${path}`, { headers });
      return { status: response.status, body: (await response.json()) as Json };
    },
    async post(path: string, body: unknown, { key = newKey(), preview = false } = {}) {
      const response = await fetch(`${hq.url}/api${path}${preview ? '?preview=true' : ''}`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': key },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Json };
    },
  };
}

/** A request with any method, body and headers, authenticated as S01 unless the headers say otherwise. */
export async function rawRequest(
  hq: RunningHq,
  method: string,
  path: string,
  { body, headers = {} }: { body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Json }> {
  const all: Record<string, string> = {
    authorization: `Bearer S01:${SECRETS.S01}`,
    'content-type': 'application/json',
    'idempotency-key': newKey(),
    ...headers,
  };
  const response = await fetch(`${hq.url}${path}`, {
    method,
    // A header given as '' is left out.
    headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== '')),
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed };
}
