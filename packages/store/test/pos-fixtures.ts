import { randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { ENTITIES, type Entry, packageOf } from './distribution-fixtures.ts';
import { hqClient, type RunningStore } from './store-server.ts';

const derive = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/** A password hashed as HQ's `hashSecret` does, the form job 1060 distributes. */
async function hashAsHq(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${(await derive(password, salt, 32)).toString('base64')}`;
}

export const CASHIER = { staffId: 'S01-CASHIER', password: 'cashier-password-1', name: 'Amsterdam cashier' };
export const MANAGER = { staffId: 'S01-MANAGER', password: 'manager-password-1', name: 'Amsterdam manager' };
export const REGISTER = 'REG-1';

const entry = (entity: Entry['entity'], key: string, payload: unknown): Entry => ({ entity, key, payload });

const product = (sku: string, name: string, extra: Record<string, unknown> = {}) =>
  entry('product', sku, {
    sku,
    barcode: null,
    name,
    price: 1000,
    vatRate: 21,
    kind: 'merchandise',
    active: true,
    ...extra,
  });

/** Fills the replicas through POST /jobs/distribution, as HQ's jobs 1010, 1040 and 1060 would. */
export async function seedPos(store: RunningStore): Promise<void> {
  const hq = hqClient(store);
  const staff = [
    entry('permissionGroup', 'Cashier', {
      name: 'Cashier',
      permissions: ['createOrder', 'findOrders', 'pickUp'],
    }),
    entry('permissionGroup', 'Manager', {
      name: 'Manager',
      permissions: ['createOrder', 'editOrder', 'cancel', 'overrideDeposit', 'approveRefundOverLimit'],
    }),
    entry('staff', CASHIER.staffId, {
      id: CASHIER.staffId,
      name: CASHIER.name,
      groups: ['Cashier'],
      passwordHash: await hashAsHq(CASHIER.password),
    }),
    entry('staff', MANAGER.staffId, {
      id: MANAGER.staffId,
      name: MANAGER.name,
      groups: ['Manager', 'Cashier'],
      passwordHash: await hashAsHq(MANAGER.password),
    }),
  ];
  const products = [
    ENTITIES.product.created,
    product('TENT-4P', 'Tent, 4 persons', { barcode: '8712345000028', price: 34995 }),
    product('BAG-DOWN', 'Sleeping bag, down 100%', { vatRate: 9, price: 12950 }),
    product('STOVE-OLD', 'Camping stove, old model', { barcode: '8712345000035', active: false }),
    product('GIFT-50', 'Gift card 50', { kind: 'giftCard', price: 5000 }),
  ];
  const customers = [
    ENTITIES.customer.created,
    entry('customer', 'C-1002', {
      number: 'C-1002',
      name: 'Bram Jansen',
      email: 'bram@jansen.example',
      phone: '06-1234 5678',
      addresses: [],
    }),
    entry('customer', 'C-1003', {
      number: 'C-1003',
      name: 'Anneke Jansen',
      email: null,
      phone: null,
      addresses: [],
    }),
  ];
  for (const [job, entries] of [
    ['1060', staff],
    ['1040', products],
    ['1010', customers],
  ] as const) {
    const reply = await hq.post('/jobs/distribution', packageOf(job, 0, entries));
    expect(reply.status).toBe(200);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
type Json = any;

/** The POS's side of the store over real HTTP, with a register session token when given. */
export function posClient(store: RunningStore) {
  const call = async (
    method: string,
    path: string,
    { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const response = await fetch(`${store.url}${path}`, {
      method,
      headers: {
        ...headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text === '' ? null : JSON.parse(text)) as Json,
    };
  };
  return {
    call,
    signIn: (credentials: { staffId: string; password: string }, registerId = REGISTER) =>
      call('POST', '/api/sessions', { body: { ...credentials, registerId } }),
    /** Signs in and answers the token, failing the test when sign-in fails. */
    async tokenOf(credentials: { staffId: string; password: string }): Promise<string> {
      const reply = await call('POST', '/api/sessions', { body: { ...credentials, registerId: REGISTER } });
      expect(reply.status).toBe(201);
      return reply.body.token as string;
    },
  };
}
