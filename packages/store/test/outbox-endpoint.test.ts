import { StoreTransactionPage } from '@kassa/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hqClient, type RunningStore, SECRET, STORE_ID, startStore } from './store-server.ts';

/** An async order as the store's checkout writes it (AsyncCreateOrder), numbered `n`. */
function outboxRow(n: number) {
  const orderId = `S01-ORDER-${n}`;
  const confirmationNumber = `S01-R1-${String(n).padStart(6, '0')}`;
  const createdAt = `2026-11-27T10:00:${String(n % 60).padStart(2, '0')}.000Z`;
  return {
    transaction_id: `S01-TX-${n}`,
    kind: 'createOrder' as const,
    order_id: orderId,
    confirmation_number: confirmationNumber,
    created_at: createdAt,
    payload: JSON.stringify({
      actor: { staffId: 'S01-CASHIER', registerId: 'R1', permissions: ['createOrder'] },
      type: 'customerOrder',
      customerNumber: 'C-1001',
      lines: [{ sku: 'TENT-2P', quantity: 1, delivery: { kind: 'carryOut' } }],
      payments: [{ method: 'cash', amount: 14995 }],
      orderId,
      confirmationNumber,
      createdAt,
    }),
  };
}

describe("the store's outbox as HQ's P-job pulls it (R-ASY-3)", () => {
  let store: RunningStore;
  let hq: ReturnType<typeof hqClient>;
  beforeAll(async () => {
    store = await startStore();
    hq = hqClient(store);
  });
  afterAll(() => store.close());

  it('an empty outbox is an empty page at `after`, with nothing more', async () => {
    expect((await hq.get('/jobs/transactions')).body).toEqual({
      storeId: STORE_ID,
      transactions: [],
      last: 0,
      more: false,
      highest: 0,
    });
    expect((await hq.get('/jobs/transactions?after=7')).body).toMatchObject({ last: 7, more: false });
  });

  it.each([
    ['no credential', ''],
    ['a wrong secret', `Bearer ${STORE_ID}:not-the-store-secret-at-all`],
    ["another store's id with this store's secret", `Bearer S02:${SECRET}`],
  ])('R-SEC-4 %s is refused with 401', async (_, authorization) => {
    const reply = await hqClient(store, { authorization }).get('/jobs/transactions');
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ code: 'UNAUTHORIZED', rule: 'R-SEC-4', field: 'authorization' });
  });

  it('pages through the rows in sequence order; `more` is true while rows follow, and reading removes nothing', async () => {
    await store.database.db.insertInto('outbox').values([1, 2, 3, 4, 5].map(outboxRow)).execute();

    const first = await hq.get('/jobs/transactions?after=0&limit=2');
    expect(first.status).toBe(200);
    const page = StoreTransactionPage.parse(first.body);
    expect(page.transactions.map((t) => t.transactionId)).toEqual(['S01-TX-1', 'S01-TX-2']);
    expect(page).toMatchObject({ storeId: STORE_ID, last: page.transactions[1]?.sequence, more: true });
    expect(page.transactions[0]).toMatchObject({
      kind: 'createOrder',
      orderId: 'S01-ORDER-1',
      confirmationNumber: 'S01-R1-000001',
      payload: { orderId: 'S01-ORDER-1', customerNumber: 'C-1001' },
    });

    const second = (await hq.get(`/jobs/transactions?after=${page.last}&limit=2`)).body;
    expect(second.transactions.map((t: { transactionId: string }) => t.transactionId)).toEqual([
      'S01-TX-3',
      'S01-TX-4',
    ]);
    expect(second.more).toBe(true);
    const third = (await hq.get(`/jobs/transactions?after=${second.last}&limit=2`)).body;
    expect(third.transactions.map((t: { transactionId: string }) => t.transactionId)).toEqual(['S01-TX-5']);
    // Exactly `limit` rows left is still the end: `more` does not send HQ for an empty page.
    expect((await hq.get(`/jobs/transactions?after=${second.last - 2}&limit=3`)).body.more).toBe(false);
    expect(third).toMatchObject({ more: false, last: third.transactions[0].sequence });

    const again = (await hq.get('/jobs/transactions?after=0&limit=1000')).body;
    expect(again.transactions).toHaveLength(5);
    expect(again.transactions.map((t: { sequence: number }) => t.sequence)).toEqual(
      [...again.transactions.map((t: { sequence: number }) => t.sequence)].sort((a, b) => a - b),
    );
    expect((await hq.get(`/jobs/transactions?after=${third.last}`)).body).toMatchObject({
      transactions: [],
      last: third.last,
      more: false,
    });
  });

  it.each([
    ['a negative `after`', 'after=-1', 'after'],
    ['`after` that is not a number', 'after=abc', 'after'],
    ['a `limit` of 0', 'limit=0', 'limit'],
    ['a `limit` over 1000', 'limit=1001', 'limit'],
  ])('%s is a 400 naming it', async (_, query, field) => {
    const reply = await hq.get(`/jobs/transactions?${query}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('a row that does not meet the contract is still served as written, for HQ to refuse by name', async () => {
    const { sequence } = await store.database.db
      .insertInto('outbox')
      .values({ ...outboxRow(6), payload: '{"orderId": "S01-ORDER-6"' })
      .returning('sequence')
      .executeTakeFirstOrThrow();
    const page = (await hq.get(`/jobs/transactions?after=${sequence - 1}`)).body;
    expect(page.transactions).toEqual([
      expect.objectContaining({ transactionId: 'S01-TX-6', payload: '{"orderId": "S01-ORDER-6"' }),
    ]);
  });
});
