import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backOfficeClient, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';

describe.each(engines())('distribution packages on %s', (engine) => {
  let hq: RunningHq;
  let office: ReturnType<typeof backOfficeClient>;
  beforeAll(async () => {
    hq = await startHq(engine);
    office = backOfficeClient(hq, (await signIn(hq, 'HQ-ADMIN', 'admin-password')).body.token);
  });
  afterAll(() => hq.close());

  const lamp = {
    sku: 'LAMP-1',
    barcode: null,
    name: 'Camping lamp',
    price: 1995,
    vatRate: 21,
    kind: 'merchandise',
    active: true,
  };
  const pkg = async (job: string, storeId: string, after = 0) => {
    const reply = await office.get(`/distribution/${job}/package?storeId=${storeId}&after=${after}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body;
  };

  it('each change at HQ is numbered and travels with its job: products with 1040, not with 1010', async () => {
    expect((await office.put('/products/LAMP-1', lamp)).status).toBe(201);
    const products = await pkg('1040', 'S01');
    expect(products.changes).toEqual([
      { number: expect.any(Number), entity: 'product', key: 'LAMP-1', payload: lamp },
    ]);
    expect(products.upTo).toBe(products.changes[0].number);
    expect((await pkg('1010', 'S01')).changes).toEqual([]);
  });

  it('a store gets only the changes after the number it applied, and of several changes to one entity only the last', async () => {
    const before = (await pkg('1040', 'S02')).upTo;
    await office.put('/products/LAMP-1', { ...lamp, price: 2495 });
    await office.put('/products/LAMP-1', { ...lamp, price: 2295 });
    const next = await pkg('1040', 'S02', before);
    expect(next.after).toBe(before);
    expect(next.changes).toEqual([
      expect.objectContaining({ key: 'LAMP-1', payload: { ...lamp, price: 2295 } }),
    ]);
    expect(next.upTo).toBeGreaterThan(before);
    expect((await pkg('1040', 'S02', next.upTo)).changes).toEqual([]);
  });

  it('R-PRO-1 a functionality profile reaches only its own store, with job 1070', async () => {
    const cardRequired = {
      requirePaymentForFulfillment: 'CardRequired',
      createCustomerOrderInAsyncMode: false,
      fallbackToAsyncWhenHqUnreachable: false,
    };
    expect((await office.put('/functionality-profiles/S01', cardRequired)).status).toBe(200);
    const forS01 = await pkg('1070', 'S01');
    const forS02 = await pkg('1070', 'S02');
    expect(forS01.changes).toContainEqual(
      expect.objectContaining({ entity: 'functionalityProfile', key: 'S01', payload: cardRequired }),
    );
    expect(forS02.changes.filter((c: { entity: string }) => c.entity === 'functionalityProfile')).toEqual([]);
  });

  it('R-SEC-1 staff travel with job 1060 with the hash of their password, never the password', async () => {
    const saved = await office.put('/staff/S02-CASHIER', {
      id: 'S02-CASHIER',
      name: 'Utrecht cashier',
      groups: ['Cashier'],
      password: 'utrecht-password',
    });
    expect(saved.status).toBe(201);
    const staff = (await pkg('1060', 'S02')).changes.find((c: { key: string }) => c.key === 'S02-CASHIER');
    expect(staff.payload).toEqual({
      id: 'S02-CASHIER',
      name: 'Utrecht cashier',
      groups: ['Cashier'],
      passwordHash: expect.stringMatching(/^scrypt\$/),
    });
    expect(JSON.stringify(staff)).not.toContain('utrecht-password');
  });

  it('a refused change is not distributed', async () => {
    const before = (await pkg('1070', 'S01')).upTo;
    const refused = await office.put('/commerce-parameters', { defaultDepositPercent: 150 });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect((await pkg('1070', 'S01', before)).changes).toEqual([]);
  });

  it('asking for an unknown store or job is a 4xx naming it', async () => {
    expect((await office.get('/distribution/1040/package?storeId=S99')).body).toMatchObject({
      code: 'UNKNOWN_LOCATION',
      field: 'storeId',
    });
    expect((await office.get('/distribution/9999/package?storeId=S01')).status).toBe(400);
  });
});
