import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backOfficeClient, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';
import { type RunningStore, STORE_SECRET, startStore } from './store-server.ts';

describe.each(engines())('distribution jobs from HQ to a store server on %s', (engine) => {
  let hq: RunningHq;
  let store: RunningStore;
  let office: ReturnType<typeof backOfficeClient>;
  const lamp = {
    sku: 'LAMP-1',
    barcode: null,
    name: 'Camping lamp',
    price: 1995,
    vatRate: 21,
    kind: 'merchandise',
    active: true,
  };
  const run = async (job: string) => {
    const reply = await office.call('POST', `/distribution/${job}/run`, {});
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.runs;
  };
  const storeProfile = () =>
    store.database.db.selectFrom('functionality_profile').selectAll().executeTakeFirst();

  beforeAll(async () => {
    hq = await startHq(engine);
    store = await startStore();
    office = backOfficeClient(hq, (await signIn(hq, 'HQ-ADMIN', 'admin-password')).body.token);
    expect(
      (await office.put('/locations/S01/endpoint', { url: store.url, secret: STORE_SECRET })).status,
    ).toBe(204);
  });
  afterAll(async () => {
    await store.close();
    await hq.close();
  });

  it('a job sends the store the changes since its last run; the store applies them and the run is recorded', async () => {
    await office.put('/products/LAMP-1', lamp);
    const [first] = await run('1040');
    expect(first).toMatchObject({
      job: '1040',
      storeId: 'S01',
      status: 'applied',
      after: 0,
      changes: 1,
      reason: null,
    });
    const replica = await store.database.db
      .selectFrom('products')
      .selectAll()
      .where('sku', '=', 'LAMP-1')
      .executeTakeFirst();
    expect(replica).toMatchObject({ name: 'Camping lamp', price: 1995 });

    await office.put('/products/LAMP-1', { ...lamp, price: 2495 });
    const [second] = await run('1040');
    expect(second).toMatchObject({ status: 'applied', after: first.upTo, changes: 1 });
    expect(second.upTo).toBeGreaterThan(first.upTo);
    const [third] = await run('1040');
    expect(third).toMatchObject({ status: 'applied', after: second.upTo, upTo: second.upTo, changes: 0 });
  });

  it('R-PRO-1 a profile changed at HQ reaches the store only when job 1070 runs', async () => {
    const cardRequired = {
      requirePaymentForFulfillment: 'CardRequired',
      createCustomerOrderInAsyncMode: false,
      fallbackToAsyncWhenHqUnreachable: false,
    };
    await office.put('/functionality-profiles/S01', cardRequired);
    await run('1040');
    expect((await storeProfile())?.require_payment_for_fulfillment).not.toBe('CardRequired');
    await run('1070');
    expect(await storeProfile()).toMatchObject({ require_payment_for_fulfillment: 'CardRequired' });
  });

  it('a store that cannot be reached is recorded as failed with the reason, and gets everything at the next run', async () => {
    await office.put('/products/LAMP-1', { ...lamp, price: 2995 });
    expect(
      (await office.put('/locations/S01/endpoint', { url: 'http://127.0.0.1:9/', secret: STORE_SECRET }))
        .status,
    ).toBe(204);
    const [failed] = await run('1040');
    expect(failed).toMatchObject({
      status: 'failed',
      changes: 0,
      reason: expect.stringContaining('unreachable'),
    });
    expect(failed.upTo).toBe(failed.after);

    await office.put('/locations/S01/endpoint', { url: store.url, secret: STORE_SECRET });
    const [retried] = await run('1040');
    expect(retried).toMatchObject({ status: 'applied', after: failed.after, changes: 1 });
    const replica = await store.database.db
      .selectFrom('products')
      .select('price')
      .where('sku', '=', 'LAMP-1')
      .executeTakeFirst();
    expect(replica?.price).toBe(2995);

    const history = await office.get('/distribution/runs?job=1040&storeId=S01');
    expect(history.body.runs.map((r: { status: string }) => r.status).slice(0, 2)).toEqual([
      'applied',
      'failed',
    ]);
  });

  it('R-SEC-4 a store refuses a job from whoever does not know its secret, and HQ records why', async () => {
    await office.put('/locations/S01/endpoint', { url: store.url, secret: 'not-the-store-secret' });
    await office.put('/products/LAMP-1', { ...lamp, price: 3495 });
    const [refused] = await run('1040');
    expect(refused).toMatchObject({ status: 'failed', reason: expect.stringContaining('401') });
    await office.put('/locations/S01/endpoint', { url: store.url, secret: STORE_SECRET });
  });
});
