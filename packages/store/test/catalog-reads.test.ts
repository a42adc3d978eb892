import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASHIER, posClient, seedPos } from './pos-fixtures.ts';
import { type RunningStore, startStore } from './store-server.ts';

describe('what the cart looks up, from the replicas (R-CRE-1)', () => {
  let store: RunningStore;
  let get: (path: string) => ReturnType<ReturnType<typeof posClient>['call']>;
  beforeAll(async () => {
    store = await startStore();
    await seedPos(store);
    const pos = posClient(store);
    const token = await pos.tokenOf(CASHIER);
    get = (path) => pos.call('GET', path, { token });
  });
  afterAll(() => store.close());

  const skus = (body: { items: { sku: string }[] }) => body.items.map((item) => item.sku);

  it.each([
    ['a SKU, any case', 'tent-4p', ['TENT-4P']],
    ['an exact barcode', '8712345000011', ['TENT-2P']],
    ['a part of a barcode, which finds nothing', '87123450000', []],
    ['the words of a name, in any order and case', 'PERSONS tent', ['TENT-2P', 'TENT-4P']],
    ['a word with a LIKE wildcard, taken literally', '100%', ['BAG-DOWN']],
    ['an underscore, taken literally', 'tent_', []],
    ['the name of an inactive product, which finds nothing', 'camping stove', []],
  ])('R-CRE-1 products by %s', async (_, search, expected) => {
    const reply = await get(`/api/products?search=${encodeURIComponent(search)}`);
    expect(reply.status).toBe(200);
    expect(skus(reply.body)).toEqual(expected);
  });

  it('R-CRE-1 a product comes with its gross price in cents, VAT rate and kind; active products only, paginated', async () => {
    const first = await get('/api/products?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(4);
    expect(first.body.nextOffset).toBe(2);
    expect(skus(first.body)).toEqual(['GIFT-50', 'BAG-DOWN']);
    const second = await get('/api/products?limit=2&offset=2');
    expect(skus(second.body)).toEqual(['TENT-2P', 'TENT-4P']);
    expect(second.body.nextOffset).toBeNull();
    expect(second.body.items[0]).toEqual({
      sku: 'TENT-2P',
      barcode: '8712345000011',
      name: 'Tent, 2 persons',
      price: 19995,
      vatRate: 21,
      kind: 'merchandise',
    });
    expect(first.body.items[1]).toMatchObject({ vatRate: 9, price: 12950 });
  });

  it('R-CRE-1 a scanned barcode finds its active product; an inactive or unknown one is a 404', async () => {
    const found = await get('/api/products/by-barcode/8712345000028');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ sku: 'TENT-4P', price: 34995 });
    for (const barcode of ['8712345000035', '0000000000000']) {
      const missing = await get(`/api/products/by-barcode/${barcode}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'NOT_FOUND', field: 'barcode' });
    }
  });

  it.each([
    ['a number, any case', 'c-1002', ['C-1002']],
    ['a name word', 'jansen', ['C-1003', 'C-1002']],
    ['two name words', 'anna vries', ['C-1001']],
    ['part of an e-mail address', 'anna@example', ['C-1001']],
    ['phone digits without spaces or dashes', '0612345678', ['C-1002']],
    ['phone digits as written', '555 0101', ['C-1001']],
    ['nothing that matches', 'zzz', []],
  ])('R-CRE-1 customers by %s', async (_, search, expected) => {
    const reply = await get(`/api/customers?search=${encodeURIComponent(search)}`);
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((customer: { number: string }) => customer.number)).toEqual(expected);
  });

  it('R-CRE-1 customer searches are paginated', async () => {
    const reply = await get('/api/customers?search=an&limit=1');
    expect(reply.body.total).toBe(3);
    expect(reply.body.items).toHaveLength(1);
    expect(reply.body.nextOffset).toBe(1);
  });

  it("R-CRE-2 a customer comes with their addresses in HQ's order; an unknown number is a 404", async () => {
    const reply = await get('/api/customers/C-1001');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ number: 'C-1001', name: 'Anna de Vries', email: 'anna@example.nl' });
    expect(reply.body.addresses.map((address: { id: string }) => address.id)).toEqual([
      'C-1001-HOME',
      'C-1001-WORK',
    ]);
    expect(reply.body.addresses[0]).toEqual({
      id: 'C-1001-HOME',
      name: 'Anna de Vries',
      street: 'Prinsengracht 1',
      postalCode: '1015 DK',
      city: 'Amsterdam',
      country: 'NL',
    });
    const missing = await get('/api/customers/C-9999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', field: 'number' });
  });

  it.each([
    ['/api/customers', 'search'],
    ['/api/customers?search=', 'search'],
    ['/api/products?limit=0', 'limit'],
    ['/api/products?limit=101', 'limit'],
    ['/api/products?offset=-1', 'offset'],
    ['/api/products?limit=ten', 'limit'],
    [`/api/products?search=${'x'.repeat(101)}`, 'search'],
    ['/api/products?search=%00', 'search'],
  ])('R-CRE-1 GET %s is a 400 naming %s', async (path, field) => {
    const reply = await get(path);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });
});
