import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOfJob, packageOf } from './distribution-fixtures.ts';
import { CASHIER, MANAGER, posClient, REGISTER, seedPos } from './pos-fixtures.ts';
import { hqClient, type RunningStore, startStore } from './store-server.ts';

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
type Json = any;

const SHIP_HOME = {
  kind: 'ship',
  addressId: 'C-1001-HOME',
  modeOfDelivery: 'STANDARD',
  requestedDate: '2026-12-01',
  charge: 495,
} as const;
const CARD = { number: '4242 4242 4242 4242', expiry: '12/29' };

/**
 * The register's cart over real HTTP (SPEC §4, R-ASY-1), with HQ unreachable: everything up to the
 * checkout is the store's alone; the checkout and card tokens need HQ and are refused with 503.
 */
describe('the POS cart API, HQ unreachable (SPEC §4, R-ASY-1)', () => {
  let store: RunningStore;
  let pos: ReturnType<typeof posClient>;
  let cashier: string;
  let manager: string;

  beforeAll(async () => {
    store = await startStore();
    await seedPos(store);
    // Job 1070: store S02 to pick up at, warehouse DC1 (no store), and modes of delivery.
    const channel = packageOf('1070', 0, [
      ...entriesOfJob('1070', 'created'),
      {
        entity: 'location',
        key: 'DC1',
        payload: {
          id: 'DC1',
          kind: 'warehouse',
          name: 'Distribution centre',
          address: {
            name: 'Buitenhuis DC',
            street: 'Havenweg 1',
            postalCode: '3542 AD',
            city: 'Utrecht',
            country: 'NL',
          },
          timeZone: 'Europe/Amsterdam',
          shipsFrom: null,
        },
      },
      {
        entity: 'modeOfDelivery',
        key: 'PICKUP',
        payload: { code: 'PICKUP', name: 'Pick up in store', kind: 'pickup' },
      },
    ]);
    expect((await hqClient(store).post('/jobs/distribution', channel)).status).toBe(200);
    pos = posClient(store);
    cashier = await pos.tokenOf(CASHIER);
    manager = await pos.tokenOf(MANAGER);
  });
  afterAll(() => store.close());

  const newKey = () => `key-${randomUUID()}`;
  const countCarts = async () =>
    Number(
      (
        await store.database.db
          .selectFrom('carts')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const openCart = (key = newKey(), token = cashier) =>
    pos.call('POST', '/api/carts', { token, headers: { 'idempotency-key': key } });

  /** A new empty cart, as the register shows it. */
  async function opened(): Promise<Json> {
    const reply = await openCart();
    expect(reply.status).toBe(201);
    return reply.body;
  }

  const getCart = async (cartId: string): Promise<Json> => {
    const reply = await pos.call('GET', `/api/carts/${cartId}`, { token: cashier });
    expect(reply.status).toBe(200);
    return reply.body;
  };

  const change = (
    cartId: string,
    body: unknown,
    { key = newKey(), token = cashier }: { key?: string | null; token?: string } = {},
  ) =>
    pos.call('POST', `/api/carts/${cartId}/changes`, {
      token,
      body,
      headers: key === null ? {} : { 'idempotency-key': key },
    });

  /** Applies changes to a cart at its version, failing the test on a refusal; answers the new view. */
  async function changed(cart: Json, changes: unknown[]): Promise<Json> {
    const reply = await change(cart.id, { version: cart.version, changes });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body;
  }

  const checkout = (cartId: string, { preview = false, key = newKey() as string | null } = {}) =>
    pos.call('POST', `/api/carts/${cartId}/checkout${preview ? '?preview=true' : ''}`, {
      token: cashier,
      body: {},
      headers: key === null ? {} : { 'idempotency-key': key },
    });

  /** A cart of Anna's with a carried-out, a shipped and a picked-up line. */
  async function fullCart(): Promise<Json> {
    const cart = await opened();
    return changed(cart, [
      { kind: 'setCustomer', customerNumber: 'C-1001' },
      { kind: 'addProduct', sku: 'TENT-2P' },
      { kind: 'addProduct', sku: 'BAG-DOWN', quantity: 2 },
      { kind: 'scanBarcode', barcode: '8712345000028' },
      { kind: 'setDelivery', lineIds: ['L2'], delivery: SHIP_HOME },
      {
        kind: 'setDelivery',
        lineIds: ['L3'],
        delivery: { kind: 'pickup', storeId: 'S02', date: '2026-12-03' },
      },
    ]);
  }

  describe('opening a cart', () => {
    it('opens an empty cart at the register signed in (201); a retry with the same key answers the same cart and opens none', async () => {
      const before = await countCarts();
      const key = newKey();
      const first = await openCart(key);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        registerId: REGISTER,
        status: 'open',
        version: 1,
        type: 'customerOrder',
        customer: null,
        lines: [],
        shipments: [],
        depositOverride: null,
        quoteExpiresOn: null,
        collectors: [],
        tenders: [],
        totals: { lines: 0, charges: 0, total: 0, tendered: 0, change: 0 },
        order: null,
      });
      const retry = await openCart(key);
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(await countCarts()).toBe(before + 1);

      const another = await openCart();
      expect(another.body.id).not.toBe(first.body.id);
      expect(await countCarts()).toBe(before + 2);
      expect(await getCart(first.body.id)).toEqual(first.body);
    });

    it('another associate reusing the key is refused with 409 IDEMPOTENCY_KEY_REUSED', async () => {
      const key = newKey();
      expect((await openCart(key)).status).toBe(201);
      const before = await countCarts();
      const reused = await openCart(key, manager);
      expect(reused.status).toBe(409);
      expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
      expect(await countCarts()).toBe(before);
    });

    it.each([
      ['no Idempotency-Key', {}],
      ['a key that is too short', { 'idempotency-key': 'short' }],
    ])('opening with %s is a 400 naming Idempotency-Key, and opens nothing', async (_, headers) => {
      const before = await countCarts();
      const reply = await pos.call('POST', '/api/carts', { token: cashier, headers });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REQUIRED', field: 'Idempotency-Key' });
      expect(await countCarts()).toBe(before);
    });
  });

  describe('changing a cart', () => {
    it('R-CRE-1 R-CRE-2 R-CRE-3 products, customer and deliveries are looked up in the replicas', async () => {
      const cart = await fullCart();
      expect(cart.version).toBe(2);
      expect(cart.customer).toEqual({
        number: 'C-1001',
        name: 'Anna de Vries',
        addresses: [
          { id: 'C-1001-HOME', label: 'Anna de Vries, Prinsengracht 1, 1015 DK Amsterdam, NL' },
          { id: 'C-1001-WORK', label: 'Anna de Vries, Damrak 70, 1012 LM Amsterdam, NL' },
        ],
      });
      expect(cart.lines).toEqual([
        {
          id: 'L1',
          sku: 'TENT-2P',
          description: 'Tent, 2 persons',
          quantity: 1,
          unitPrice: 19995,
          vatRate: 21,
          amount: 19995,
          delivery: { kind: 'carryOut' },
          backorder: false,
        },
        {
          id: 'L2',
          sku: 'BAG-DOWN',
          description: 'Sleeping bag, down 100%',
          quantity: 2,
          unitPrice: 12950,
          vatRate: 9,
          amount: 25900,
          delivery: { kind: 'ship', shipmentId: 'SHP4' },
          backorder: false,
        },
        {
          id: 'L3',
          sku: 'TENT-4P',
          description: 'Tent, 4 persons',
          quantity: 1,
          unitPrice: 34995,
          vatRate: 21,
          amount: 34995,
          delivery: { kind: 'pickup', storeId: 'S02', date: '2026-12-03' },
          backorder: false,
        },
      ]);
      expect(cart.shipments).toEqual([
        {
          id: 'SHP4',
          addressId: 'C-1001-HOME',
          modeOfDelivery: 'STANDARD',
          requestedDate: '2026-12-01',
          charge: 495,
        },
      ]);
      expect(cart.totals).toEqual({
        lines: 80890,
        charges: 495,
        total: 81385,
        tendered: 0,
        change: 0,
      });
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it('R-MON-1 cash paid with what was handed over shows the change', async () => {
      const cart = await changed(await opened(), [
        { kind: 'addProduct', sku: 'TENT-2P' },
        { kind: 'addCashPayment', amount: 19995, tendered: 20000 },
      ]);
      expect(cart.tenders).toEqual([{ id: 'T2', kind: 'cash', amount: 19995, tendered: 20000, last4: null }]);
      expect(cart.totals).toEqual({ lines: 19995, charges: 0, total: 19995, tendered: 20000, change: 5 });
    });

    it('a change without Idempotency-Key is a 400 naming it, and changes nothing', async () => {
      const cart = await opened();
      const reply = await change(
        cart.id,
        { version: 1, changes: [{ kind: 'addProduct', sku: 'TENT-2P' }] },
        { key: null },
      );
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REQUIRED', field: 'Idempotency-Key' });
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it('a retried change with the same key and body answers the first answer and adds the line once', async () => {
      const cart = await opened();
      const key = newKey();
      const body = { version: 1, changes: [{ kind: 'addProduct', sku: 'TENT-2P' }] };
      const first = await change(cart.id, body, { key });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ version: 2, lines: [{ id: 'L1', sku: 'TENT-2P', quantity: 1 }] });

      const retry = await change(cart.id, body, { key });
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      const now = await getCart(cart.id);
      expect(now.version).toBe(2);
      expect(now.lines.map((line: Json) => [line.id, line.quantity])).toEqual([['L1', 1]]);

      // Later changes do not change what the retry answers, nor does the retry undo them.
      const later = await changed(now, [{ kind: 'addProduct', sku: 'BAG-DOWN' }]);
      expect((await change(cart.id, body, { key })).body).toEqual(first.body);
      expect(await getCart(cart.id)).toEqual(later);
    });

    it('a retry that spells the same request otherwise (key order, a default written out) is the same request', async () => {
      const cart = await opened();
      const key = newKey();
      const first = await change(
        cart.id,
        { version: 1, changes: [{ kind: 'addProduct', sku: 'TENT-2P' }] },
        { key },
      );
      expect(first.status).toBe(200);
      const retry = await change(
        cart.id,
        { changes: [{ quantity: 1, sku: 'TENT-2P', kind: 'addProduct' }], version: 1 },
        { key },
      );
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect((await getCart(cart.id)).lines).toEqual(first.body.lines);
    });

    it('the same key with another body is refused with 409 IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
      const cart = await opened();
      const key = newKey();
      await change(cart.id, { version: 1, changes: [{ kind: 'addProduct', sku: 'TENT-2P' }] }, { key });
      const before = await getCart(cart.id);
      const reused = await change(
        cart.id,
        { version: 2, changes: [{ kind: 'addProduct', sku: 'BAG-DOWN' }] },
        { key },
      );
      expect(reused.status).toBe(409);
      expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
      expect(await getCart(cart.id)).toEqual(before);
    });

    it('R-EDT-4 a change to an older version is refused with 409 VERSION_CONFLICT and changes nothing', async () => {
      const cart = await changed(await opened(), [{ kind: 'addProduct', sku: 'TENT-2P' }]);
      const stale = await change(cart.id, {
        version: 1,
        changes: [{ kind: 'removeLine', lineId: 'L1' }],
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'VERSION_CONFLICT',
        field: 'version',
        details: { expected: 1, actual: 2 },
      });
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it.each([
      ['an unknown SKU', [{ kind: 'addProduct', sku: 'NO-SUCH-SKU' }], 404, 'NOT_FOUND', 'changes[1].sku'],
      ['an inactive product', [{ kind: 'addProduct', sku: 'STOVE-OLD' }], 404, 'NOT_FOUND', 'changes[1].sku'],
      [
        'an unknown barcode',
        [{ kind: 'scanBarcode', barcode: '0000000000000' }],
        404,
        'NOT_FOUND',
        'changes[1].barcode',
      ],
      [
        'an unknown customer',
        [{ kind: 'setCustomer', customerNumber: 'C-9999' }],
        404,
        'NOT_FOUND',
        'changes[1].customerNumber',
      ],
      [
        "R-CRE-2 a ship address that is not the customer's",
        [
          { kind: 'setCustomer', customerNumber: 'C-1002' },
          { kind: 'setDelivery', delivery: SHIP_HOME },
        ],
        404,
        'NOT_FOUND',
        'changes[2].delivery.addressId',
      ],
      [
        'R-CRE-2 a shipment without a customer',
        [{ kind: 'setDelivery', lineIds: ['L1'], delivery: SHIP_HOME }],
        422,
        'CUSTOMER_REQUIRED',
        'changes[1].delivery.addressId',
      ],
      [
        'R-CRE-2 a shipment by a mode of delivery that does not ship',
        [
          { kind: 'setCustomer', customerNumber: 'C-1001' },
          { kind: 'setDelivery', delivery: { ...SHIP_HOME, modeOfDelivery: 'PICKUP' } },
        ],
        404,
        'NOT_FOUND',
        'changes[2].delivery.modeOfDelivery',
      ],
      [
        'R-CRE-2 a pickup at a warehouse',
        [{ kind: 'setDelivery', delivery: { kind: 'pickup', storeId: 'DC1', date: '2026-12-03' } }],
        404,
        'NOT_FOUND',
        'changes[1].delivery.storeId',
      ],
      [
        'R-CRE-2 a pickup at an unknown location',
        [{ kind: 'setDelivery', delivery: { kind: 'pickup', storeId: 'S99', date: '2026-12-03' } }],
        404,
        'NOT_FOUND',
        'changes[1].delivery.storeId',
      ],
      [
        'cash handed over below the amount paid',
        [{ kind: 'addCashPayment', amount: 19995, tendered: 10000 }],
        400,
        'VALIDATION_FAILED',
        'changes[1].tendered',
      ],
      ['an unknown line', [{ kind: 'removeLine', lineId: 'L7' }], 404, 'NOT_FOUND', 'changes[1].lineId'],
      [
        'an unknown line selected',
        [{ kind: 'setDelivery', lineIds: ['L1', 'L7'], delivery: { kind: 'carryOut' } }],
        404,
        'NOT_FOUND',
        'changes[1].lineIds',
      ],
      [
        'an unknown tender',
        [{ kind: 'removeTender', tenderId: 'T9' }],
        404,
        'NOT_FOUND',
        'changes[1].tenderId',
      ],
    ])(
      '%s is refused naming the change and its field; the whole batch is undone',
      async (_, bad, status, code, field) => {
        const cart = await opened();
        const reply = await change(cart.id, {
          version: 1,
          changes: [{ kind: 'addProduct', sku: 'TENT-2P' }, ...bad],
        });
        expect(reply.status, JSON.stringify(reply.body)).toBe(status);
        expect(reply.body).toMatchObject({ code, field });
        // The product added before the refused change is not in the cart either.
        expect(await getCart(cart.id)).toEqual(cart);
      },
    );

    it('a refused batch leaves the cart as it was, and is not remembered: the corrected batch goes through under the same key', async () => {
      const cart = await fullCart();
      const key = newKey();
      const refused = await change(
        cart.id,
        {
          version: 2,
          changes: [
            { kind: 'changeQuantity', lineId: 'L1', quantity: 5 },
            { kind: 'removeLine', lineId: 'L2' },
            { kind: 'removeCustomer' },
            { kind: 'addProduct', sku: 'GONE' },
          ],
        },
        { key },
      );
      expect(refused.status).toBe(404);
      expect(refused.body).toMatchObject({ code: 'NOT_FOUND', field: 'changes[3].sku' });
      const after = await getCart(cart.id);
      expect(after).toEqual(cart);
      expect(after.version).toBe(2);
      expect(after.lines.map((line: Json) => [line.id, line.quantity])).toEqual([
        ['L1', 1],
        ['L2', 2],
        ['L3', 1],
      ]);

      const corrected = await change(
        cart.id,
        { version: 2, changes: [{ kind: 'changeQuantity', lineId: 'L1', quantity: 5 }] },
        { key },
      );
      expect(corrected.status).toBe(200);
      expect(corrected.body.version).toBe(3);
      expect(corrected.body.lines[0]).toMatchObject({ id: 'L1', quantity: 5, amount: 99975 });
    });
  });

  describe('deposit override (R-DEP-2, R-SEC-1, R-SEC-2)', () => {
    it('R-DEP-2 R-SEC-1 a cashier without the permission is refused with 403 and the cart is unchanged', async () => {
      const cart = await fullCart();
      const reply = await change(cart.id, {
        version: 2,
        changes: [{ kind: 'overrideDeposit', amount: 0 }],
      });
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ code: 'FORBIDDEN', permission: 'overrideDeposit', rule: 'R-SEC-1' });
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it("R-DEP-2 R-SEC-2 with the manager's override it is applied and names the manager who approved", async () => {
      const cart = await fullCart();
      const reply = await change(cart.id, {
        version: 2,
        changes: [{ kind: 'overrideDeposit', amount: 1000 }],
        managerOverride: { staffId: MANAGER.staffId, password: MANAGER.password },
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.depositOverride).toEqual({ amount: 1000, approvedBy: MANAGER.staffId });
      expect((await getCart(cart.id)).depositOverride).toEqual({ amount: 1000, approvedBy: MANAGER.staffId });

      const cleared = await changed(reply.body, [{ kind: 'clearDepositOverride' }]);
      expect(cleared.depositOverride).toBeNull();
    });

    it('R-DEP-2 a manager signed in holds the permission: no approver is recorded', async () => {
      const cart = await fullCart();
      const reply = await change(
        cart.id,
        { version: 2, changes: [{ kind: 'overrideDeposit', amount: 0 }] },
        { token: manager },
      );
      expect(reply.status).toBe(200);
      expect(reply.body.depositOverride).toEqual({ amount: 0, approvedBy: null });
    });

    it('R-SEC-2 a wrong manager password is a 401 and changes nothing', async () => {
      const cart = await fullCart();
      const reply = await change(cart.id, {
        version: 2,
        changes: [{ kind: 'overrideDeposit', amount: 0 }],
        managerOverride: { staffId: MANAGER.staffId, password: 'not-the-password' },
      });
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 'UNAUTHORIZED', field: 'managerOverride', rule: 'R-SEC-2' });
      expect(await getCart(cart.id)).toEqual(cart);
      await store.database.db.deleteFrom('sign_in_attempts').execute();
    });
  });

  describe('what needs HQ (R-ASY-1)', () => {
    it('R-ASY-1 a checkout while HQ is unreachable is a 503 HQ_UNREACHABLE and the cart is kept, open, with all its lines', async () => {
      const cart = await changed(await fullCart(), [
        { kind: 'addCashPayment', amount: 20000, tendered: 20000 },
      ]);
      for (const attempt of [newKey(), newKey()]) {
        const reply = await checkout(cart.id, { key: attempt });
        expect(reply.status).toBe(503);
        expect(reply.body).toMatchObject({ code: 'HQ_UNREACHABLE', rule: 'R-ASY-1' });
        expect(reply.body.message).toContain('nothing is lost');
      }
      const kept = await getCart(cart.id);
      expect(kept).toEqual(cart);
      expect(kept).toMatchObject({ status: 'open', version: 3, order: null });
      expect(kept.lines.map((line: Json) => line.sku)).toEqual(['TENT-2P', 'BAG-DOWN', 'TENT-4P']);
      expect(kept.tenders).toHaveLength(1);
    });

    it("R-ASY-1 HQ's preview while HQ is unreachable is a 503 too, without an Idempotency-Key", async () => {
      const cart = await fullCart();
      const reply = await checkout(cart.id, { preview: true, key: null });
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ code: 'HQ_UNREACHABLE', rule: 'R-ASY-1' });
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it('a checkout without Idempotency-Key is a 400 naming it', async () => {
      const cart = await fullCart();
      const reply = await checkout(cart.id, { key: null });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REQUIRED', field: 'Idempotency-Key' });
    });

    it.each([
      ['a card payment', { kind: 'addCardPayment', card: CARD, amount: 10000 }],
      ['a card authorization', { kind: 'authorizeCard', card: CARD, amount: 10000 }],
    ])('R-ASY-1 %s while HQ is unreachable is a 503 and the cart is unchanged', async (_, card) => {
      const cart = await fullCart();
      const reply = await change(cart.id, {
        version: 2,
        changes: [{ kind: 'addCashPayment', amount: 5000 }, card],
      });
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ code: 'HQ_UNREACHABLE', rule: 'R-ASY-1' });
      const now = await getCart(cart.id);
      expect(now).toEqual(cart);
      expect(now.tenders).toEqual([]);
    });

    it('R-CRE-1 a checkout without a customer is a 422 CUSTOMER_REQUIRED, before HQ is asked', async () => {
      const cart = await changed(await opened(), [{ kind: 'addProduct', sku: 'TENT-2P' }]);
      for (const preview of [false, true]) {
        const reply = await checkout(cart.id, { preview });
        expect(reply.status).toBe(422);
        expect(reply.body).toMatchObject({ code: 'CUSTOMER_REQUIRED', rule: 'R-CRE-1', field: 'customer' });
      }
      expect(await getCart(cart.id)).toEqual(cart);
    });
  });

  describe('sessions and bad input', () => {
    it.each([
      ['no session', undefined],
      ['an unknown token', 'not-a-session-token'],
    ])('R-SEC-1 with %s every cart call is a 401', async (_, token) => {
      const cart = await opened();
      const before = await countCarts();
      const headers = { 'idempotency-key': newKey() };
      const calls = [
        pos.call('POST', '/api/carts', { ...(token ? { token } : {}), headers }),
        pos.call('GET', `/api/carts/${cart.id}`, { ...(token ? { token } : {}) }),
        pos.call('POST', `/api/carts/${cart.id}/changes`, {
          ...(token ? { token } : {}),
          headers,
          body: { version: 1, changes: [{ kind: 'addProduct', sku: 'TENT-2P' }] },
        }),
        pos.call('POST', `/api/carts/${cart.id}/checkout`, {
          ...(token ? { token } : {}),
          headers,
          body: {},
        }),
      ];
      for (const reply of await Promise.all(calls)) {
        expect(reply.status).toBe(401);
        expect(reply.body).toMatchObject({ code: 'UNAUTHORIZED' });
      }
      expect(await countCarts()).toBe(before);
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it('an unknown cart is a 404 naming cartId; a cart id that is no UUID is a 400 naming it', async () => {
      const unknown = randomUUID();
      const missing = await pos.call('GET', `/api/carts/${unknown}`, { token: cashier });
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'NOT_FOUND', field: 'cartId' });
      const changes = await change(unknown, { version: 1, changes: [{ kind: 'removeCustomer' }] });
      expect(changes.status).toBe(404);
      expect(changes.body).toMatchObject({ code: 'NOT_FOUND', field: 'cartId' });
      expect((await checkout(unknown)).body).toMatchObject({ code: 'NOT_FOUND', field: 'cartId' });
      const malformed = await pos.call('GET', '/api/carts/cart-1', { token: cashier });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'cartId' });
    });

    it('malformed JSON is a 400 naming the body', async () => {
      const cart = await opened();
      const response = await fetch(`${store.url}/api/carts/${cart.id}/changes`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${cashier}`,
          'content-type': 'application/json',
          'idempotency-key': newKey(),
        },
        body: '{"version": 1, "changes": [',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ field: 'body' });
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it.each([
      ['no body', undefined, 'body'],
      ['a body that is an array', [], 'body'],
      ['no version', { changes: [{ kind: 'removeCustomer' }] }, 'version'],
      ['a version as text', { version: '1', changes: [{ kind: 'removeCustomer' }] }, 'version'],
      ['a version of 0', { version: 0, changes: [{ kind: 'removeCustomer' }] }, 'version'],
      ['no changes', { version: 1, changes: [] }, 'changes'],
      ['changes that are not a list', { version: 1, changes: { kind: 'removeCustomer' } }, 'changes'],
      ['an unknown kind of change', { version: 1, changes: [{ kind: 'teleport' }] }, 'changes[0].kind'],
      ['a change without a kind', { version: 1, changes: [{ sku: 'TENT-2P' }] }, 'changes[0].kind'],
      ['an empty SKU', { version: 1, changes: [{ kind: 'addProduct', sku: ' ' }] }, 'changes[0].sku'],
      [
        'a SKU with a control character',
        { version: 1, changes: [{ kind: 'addProduct', sku: 'TENT\u00002P' }] },
        'changes[0].sku',
      ],
      [
        'a quantity of 0',
        { version: 1, changes: [{ kind: 'addProduct', sku: 'TENT-2P', quantity: 0 }] },
        'changes[0].quantity',
      ],
      [
        'a fractional quantity',
        {
          version: 1,
          changes: [{ kind: 'removeCustomer' }, { kind: 'changeQuantity', lineId: 'L1', quantity: 1.5 }],
        },
        'changes[1].quantity',
      ],
      [
        'a quantity as text',
        { version: 1, changes: [{ kind: 'scanBarcode', barcode: '8712345000011', quantity: '2' }] },
        'changes[0].quantity',
      ],
      [
        'a ship date that is no date',
        {
          version: 1,
          changes: [{ kind: 'setDelivery', delivery: { ...SHIP_HOME, requestedDate: 'tomorrow' } }],
        },
        'changes[0].delivery.requestedDate',
      ],
      [
        'a negative shipping charge',
        { version: 1, changes: [{ kind: 'setDelivery', delivery: { ...SHIP_HOME, charge: -1 } }] },
        'changes[0].delivery.charge',
      ],
      [
        'an empty selection of lines',
        { version: 1, changes: [{ kind: 'setDelivery', lineIds: [], delivery: { kind: 'carryOut' } }] },
        'changes[0].lineIds',
      ],
      [
        'an amount in euros with cents',
        { version: 1, changes: [{ kind: 'addCashPayment', amount: 199.95 }] },
        'changes[0].amount',
      ],
      [
        'a card number with letters',
        {
          version: 1,
          changes: [{ kind: 'addCardPayment', card: { ...CARD, number: '4242-abcd' }, amount: 100 }],
        },
        'changes[0].card.number',
      ],
      [
        'a manager override without a password',
        {
          version: 1,
          changes: [{ kind: 'overrideDeposit', amount: 0 }],
          managerOverride: { staffId: MANAGER.staffId },
        },
        'managerOverride.password',
      ],
    ])('%s is a 400 naming the field, never a 5xx, and changes nothing', async (_, body, field) => {
      const cart = await opened();
      const reply = await change(cart.id, body);
      expect(reply.status, JSON.stringify(reply.body)).toBe(400);
      expect(reply.body).toMatchObject({ field });
      expect(await getCart(cart.id)).toEqual(cart);
    });

    it('a checkout with a body that is not an object is a 400, never a 5xx', async () => {
      const cart = await fullCart();
      const reply = await pos.call('POST', `/api/carts/${cart.id}/checkout`, {
        token: cashier,
        body: 'now',
        headers: { 'idempotency-key': newKey() },
      });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body' });
    });
  });
});

/** HQ's payment connector, faked: it hands out a token per card, or fails (502) while `up` is false. */
async function fakePaymentConnector() {
  const state = { up: true, cards: [] as unknown[] };
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      if (!state.up || request.url !== '/rts/payments/tokens') {
        response.statusCode = state.up ? 404 : 502;
        response.end();
        return;
      }
      const card = JSON.parse(body) as { number: string };
      state.cards.push(card);
      response.setHeader('content-type', 'application/json');
      response.statusCode = 201;
      response.end(JSON.stringify({ token: `tok-${state.cards.length}`, last4: card.number.slice(-4) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('cards are tokenized at HQ when they are added to the cart (ADR 0010)', () => {
  let connector: Awaited<ReturnType<typeof fakePaymentConnector>>;
  let store: RunningStore;
  let pos: ReturnType<typeof posClient>;
  let cashier: string;
  beforeAll(async () => {
    connector = await fakePaymentConnector();
    store = await startStore({ hqUrl: connector.url });
    await seedPos(store);
    pos = posClient(store);
    cashier = await pos.tokenOf(CASHIER);
  });
  afterAll(async () => {
    await store.close();
    await connector.close();
  });

  async function openCart(): Promise<string> {
    const reply = await pos.call('POST', '/api/carts', {
      token: cashier,
      headers: { 'idempotency-key': `key-${randomUUID()}` },
    });
    expect(reply.status).toBe(201);
    return reply.body.id as string;
  }
  const addCard = (cartId: string, key: string) =>
    pos.call('POST', `/api/carts/${cartId}/changes`, {
      token: cashier,
      headers: { 'idempotency-key': key },
      body: { version: 1, changes: [{ kind: 'addCardPayment', card: CARD, amount: 10000 }] },
    });

  it('the cart keeps the token and the last four digits, never the card number', async () => {
    connector.state.up = true;
    const cartId = await openCart();
    const reply = await addCard(cartId, `key-${randomUUID()}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.tenders).toEqual([
      { id: 'T1', kind: 'card', amount: 10000, tendered: null, last4: '4242' },
    ]);
    // The spaces a card is written with stay at the store.
    expect(connector.state.cards.at(-1)).toEqual({ ...CARD, number: CARD.number.replaceAll(' ', '') });
    const row = await store.database.db
      .selectFrom('carts')
      .select('document')
      .where('id', '=', cartId)
      .executeTakeFirstOrThrow();
    expect(row.document).toContain(`"cardToken":"tok-${connector.state.cards.length}"`);
    expect(row.document).not.toContain('4242 4242');
    expect(JSON.stringify(reply.body)).not.toContain('tok-');
  });

  // BUG (packages/store/src/app/carts/change-cart.ts): cards are tokenized before `once` looks up the
  // key, so a retry of a card change that went through asks HQ again and, with HQ down meanwhile, gets
  // 503 instead of the first answer (ADR 0010: "a retry gets the first answer"). Drop `.fails` once fixed.
  it('a retried card change answers its first answer, also when HQ has gone down since', async () => {
    connector.state.up = true;
    const cartId = await openCart();
    const key = `key-${randomUUID()}`;
    const first = await addCard(cartId, key);
    expect(first.status).toBe(200);
    const tokens = connector.state.cards.length;
    connector.state.up = false;
    try {
      const retry = await addCard(cartId, key);
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(connector.state.cards).toHaveLength(tokens);
    } finally {
      connector.state.up = true;
    }
  });
});
