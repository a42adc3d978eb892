import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackOfficeClient, backOfficeClient, signedIn, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';

const address = (city: string) => ({
  name: `Kassa ${city}`,
  street: 'Markt 1',
  postalCode: '5000 AA',
  city,
  country: 'NL',
});

describe.each(engines())('Back-office master data on %s', (engine) => {
  let hq: RunningHq;
  let bo: BackOfficeClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    bo = await signedIn(hq);
  });
  afterAll(() => hq.close());

  it('R-SEC-1 the back office is for signed-in staff with backOffice: wrong password 401, a cashier 403, no token 401', async () => {
    const wrong = await signIn(hq, 'HQ-ADMIN', 'not-the-password');
    expect(wrong).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED', rule: 'R-SEC-1' } });
    expect((await signIn(hq, 'NOBODY', 'admin-password')).status).toBe(401);
    const cashier = await signIn(hq, 'S01-CASHIER', 'cashier-password');
    expect(cashier).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', rule: 'R-SEC-1' } });

    for (const token of [undefined, 'not-a-session']) {
      const anonymous = backOfficeClient(hq, token);
      expect((await anonymous.get('/company')).status).toBe(401);
      expect(
        (await anonymous.put('/products/TENT-2P', { sku: 'TENT-2P', name: 'x', price: 1, vatRate: 21 }))
          .status,
      ).toBe(401);
    }
    const product = await bo.get('/products/TENT-2P');
    expect(product.body.price, 'nothing was changed without a session').toBe(19999);
  });

  it('the company round-trips', async () => {
    expect(await bo.get('/company')).toEqual({
      status: 200,
      body: { name: 'Buiten BV', currency: 'EUR', timeZone: 'Europe/Amsterdam' },
    });
    const company = { name: 'Buiten en Binnen BV', currency: 'EUR', timeZone: 'Europe/Amsterdam' };
    expect(await bo.put('/company', company)).toEqual({ status: 200, body: company });
    expect((await bo.get('/company')).body).toEqual(company);
    const badZone = await bo.put('/company', { ...company, timeZone: 'Europe/Atlantis' });
    expect(badZone).toMatchObject({ status: 400, body: { field: 'timeZone' } });
  });

  it('R-CRE-6 locations round-trip, and a store ships from a warehouse', async () => {
    const dc2 = {
      id: 'DC2',
      kind: 'warehouse',
      name: 'DC South',
      address: address('Venlo'),
      timeZone: 'Europe/Amsterdam',
    };
    expect(await bo.put('/locations/DC2', dc2)).toEqual({
      status: 201,
      body: { ...dc2, shipsFrom: null, defaultCustomer: null, hasCredential: false },
    });
    const s03 = {
      ...dc2,
      id: 'S03',
      kind: 'store',
      name: 'Eindhoven',
      address: address('Eindhoven'),
      shipsFrom: 'DC2',
      defaultCustomer: null,
    };
    expect((await bo.put('/locations/S03', s03)).status).toBe(201);
    expect((await bo.put('/locations/S03', { ...s03, name: 'Eindhoven Centrum' })).status).toBe(200);
    const listed = await bo.get('/locations');
    expect(listed.status).toBe(200);
    expect(listed.body.locations.map((l: { id: string }) => l.id)).toEqual([
      'DC1',
      'DC2',
      'S01',
      'S02',
      'S03',
    ]);
    expect(listed.body.locations.find((l: { id: string }) => l.id === 'S03')).toEqual({
      ...s03,
      name: 'Eindhoven Centrum',
      hasCredential: false,
    });
    expect(listed.body.locations.find((l: { id: string }) => l.id === 'S01')).toMatchObject({
      kind: 'store',
      shipsFrom: 'DC1',
      hasCredential: true,
    });

    const refusals = [
      [{ ...s03, shipsFrom: 'S01' }, 422, 'WRONG_LOCATION_KIND', 'shipsFrom'],
      [{ ...s03, shipsFrom: 'DC9' }, 422, 'UNKNOWN_LOCATION', 'shipsFrom'],
      [{ ...s03, kind: 'warehouse', shipsFrom: null }, 422, 'WRONG_LOCATION_KIND', 'kind'],
      [{ ...dc2, id: 'DC3', shipsFrom: 'DC1' }, 422, 'WRONG_LOCATION_KIND', 'shipsFrom'],
      [{ ...s03, id: 'S04' }, 400, 'VALIDATION_FAILED', 'id'],
      [{ ...s03, defaultCustomer: 'C-9999' }, 422, 'UNKNOWN_CUSTOMER', 'defaultCustomer'],
      [{ ...dc2, defaultCustomer: 'C-1001' }, 422, 'WRONG_LOCATION_KIND', 'defaultCustomer'],
    ] as const;
    for (const [body, status, code, field] of refusals) {
      const path = body.id === 'S04' ? '/locations/S03' : `/locations/${body.id}`;
      expect(await bo.put(path, body), JSON.stringify(body)).toMatchObject({ status, body: { code, field } });
    }
    expect((await bo.get('/locations')).body.locations).toHaveLength(5);
    // A store's walk-in customer, for sales that name nobody.
    const walkIn = await bo.put('/locations/S03', { ...s03, defaultCustomer: 'C-1001' });
    expect(walkIn).toMatchObject({ status: 200, body: { defaultCustomer: 'C-1001' } });
  });

  it('R-SEC-4 a store credential is kept hashed, never answered, and opens the RTS', async () => {
    const s05 = {
      id: 'S05',
      kind: 'store',
      name: 'Haarlem',
      address: address('Haarlem'),
      timeZone: 'Europe/Amsterdam',
      shipsFrom: 'DC1',
    };
    expect((await bo.put('/locations/S05', s05)).status).toBe(201);
    const rts = (secret: string) =>
      fetch(`${hq.url}/rts/orders?limit=1`, { headers: { authorization: `Bearer S05:${secret}` } });
    expect((await rts('S05-secret-for-the-tests')).status).toBe(401);

    const set = await bo.put('/locations/S05/credential', { secret: 'S05-secret-for-the-tests' });
    expect(set).toEqual({ status: 200, body: { storeId: 'S05' } });
    expect((await rts('S05-secret-for-the-tests')).status).toBe(200);
    const listed = await bo.get('/locations');
    expect(JSON.stringify(listed.body)).not.toContain('secret-for-the-tests');
    expect(JSON.stringify(listed.body)).not.toContain('scrypt');
    expect(listed.body.locations.find((l: { id: string }) => l.id === 'S05').hasCredential).toBe(true);
    const row = await hq.database.db
      .selectFrom('locations')
      .select('credential_hash')
      .where('id', '=', 'S05')
      .executeTakeFirstOrThrow();
    expect(row.credential_hash).toMatch(/^scrypt\$/);
    expect(row.credential_hash).not.toContain('S05-secret');

    // A new credential replaces the old one at once.
    expect((await bo.put('/locations/S05/credential', { secret: 'S05-rotated-secret-2026' })).status).toBe(
      200,
    );
    expect((await rts('S05-secret-for-the-tests')).status).toBe(401);
    expect((await rts('S05-rotated-secret-2026')).status).toBe(200);

    expect(await bo.put('/locations/DC1/credential', { secret: 'a-warehouse-secret-1234' })).toMatchObject({
      status: 422,
      body: { code: 'WRONG_LOCATION_KIND' },
    });
    expect((await bo.put('/locations/S99/credential', { secret: 'a-secret-for-nobody-1234' })).status).toBe(
      404,
    );
    expect(await bo.put('/locations/S05/credential', { secret: 'short' })).toMatchObject({
      status: 400,
      body: { field: 'secret' },
    });
  });

  it('modes of delivery and charge codes round-trip', async () => {
    const dhl = { code: 'DHL', name: 'DHL Parcel', kind: 'shipping' };
    expect(await bo.put('/modes-of-delivery/DHL', dhl)).toEqual({ status: 201, body: dhl });
    expect(await bo.put('/modes-of-delivery/DHL', { ...dhl, name: 'DHL' })).toEqual({
      status: 200,
      body: { ...dhl, name: 'DHL' },
    });
    expect((await bo.get('/modes-of-delivery')).body.modesOfDelivery).toEqual([
      { code: 'CARRYOUT', name: 'Carry out', kind: 'carryOut' },
      { ...dhl, name: 'DHL' },
      { code: 'PICKUP', name: 'Pick up in store', kind: 'pickup' },
      { code: 'POSTNL', name: 'PostNL', kind: 'shipping' },
    ]);
    expect(await bo.put('/modes-of-delivery/DHL', { ...dhl, kind: 'teleport' })).toMatchObject({
      status: 400,
      body: { field: 'kind' },
    });

    const wrap = { code: 'WRAP', description: 'Gift wrapping', vatRate: 9 };
    expect(await bo.put('/charge-codes/WRAP', wrap)).toEqual({ status: 201, body: wrap });
    expect(await bo.put('/charge-codes/WRAP', { ...wrap, vatRate: 21.5 })).toEqual({
      status: 200,
      body: { ...wrap, vatRate: 21.5 },
    });
    expect((await bo.get('/charge-codes')).body.chargeCodes).toEqual([
      { code: 'CANC', description: 'Cancellation', vatRate: 21 },
      { code: 'SHIP', description: 'Shipping', vatRate: 21 },
      { ...wrap, vatRate: 21.5 },
    ]);
    expect(await bo.put('/charge-codes/WRAP', { ...wrap, vatRate: 9.123 })).toMatchObject({
      status: 400,
      body: { field: 'vatRate' },
    });
  });

  it('products round-trip and are found by SKU, name or barcode, a page at a time', async () => {
    const stove = {
      sku: 'STOVE-1',
      barcode: '8710000000042',
      name: 'Camping stove',
      price: 4995,
      vatRate: 21,
      kind: 'merchandise',
      active: true,
    };
    expect(await bo.put('/products/STOVE-1', stove)).toEqual({ status: 201, body: stove });
    expect(await bo.put('/products/STOVE-1', { ...stove, price: 3995 })).toEqual({
      status: 200,
      body: { ...stove, price: 3995 },
    });
    expect(await bo.get('/products/STOVE-1')).toEqual({ status: 200, body: { ...stove, price: 3995 } });
    const minimal = await bo.put('/products/MUG-1', {
      sku: 'MUG-1',
      name: 'Enamel mug',
      price: 895,
      vatRate: 21,
    });
    expect(minimal.body).toEqual({
      sku: 'MUG-1',
      barcode: null,
      name: 'Enamel mug',
      price: 895,
      vatRate: 21,
      kind: 'merchandise',
      active: true,
    });
    expect((await bo.get('/products/NOPE')).status).toBe(404);

    const skus = async (query: string) =>
      (await bo.get(`/products?${query}`)).body.products.map((p: { sku: string }) => p.sku);
    expect(await skus('search=tent')).toEqual(['TENT-2P']);
    expect(await skus('search=HIKING')).toEqual(['BOOT-42']);
    expect(await skus('search=8710000000042')).toEqual(['STOVE-1']);
    expect(await skus('search=mug-')).toEqual(['MUG-1']);
    expect(await skus(`search=${encodeURIComponent('%')}`)).toEqual([]);

    const seen: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const page = await bo.get(`/products?limit=3${next ? `&after=${next}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.products.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.products.map((p: { sku: string }) => p.sku));
      next = page.body.next;
      pages += 1;
    } while (next && pages < 10);
    expect(seen).toEqual(['BOOK-WAD', 'BOOT-42', 'GIFT-50', 'MUG-1', 'OLD-1', 'STOVE-1', 'TENT-2P']);
    expect(pages).toBe(3);
    expect(await bo.get('/products?after=garbage')).toMatchObject({ status: 400, body: { field: 'after' } });

    expect(await bo.put('/products/MUG-1', { ...minimal.body, barcode: '8710000000042' })).toMatchObject({
      status: 409,
      body: { code: 'ALREADY_EXISTS', field: 'barcode' },
    });
    expect(await bo.put('/products/MUG-1', { ...minimal.body, price: 8.95 })).toMatchObject({
      status: 400,
      body: { field: 'price' },
    });
  });

  it('stock is read per location and product', async () => {
    const dc1 = await bo.get('/stock?locationId=DC1');
    expect(dc1.body).toEqual({
      stock: [
        { locationId: 'DC1', sku: 'BOOK-WAD', onHand: 100, reserved: 0, available: 100 },
        { locationId: 'DC1', sku: 'BOOT-42', onHand: 50, reserved: 0, available: 50 },
        { locationId: 'DC1', sku: 'TENT-2P', onHand: 50, reserved: 0, available: 50 },
      ],
      next: null,
    });
    const tents = await bo.get('/stock?sku=TENT-2P&limit=2');
    expect(tents.body.stock.map((s: { locationId: string }) => s.locationId)).toEqual(['DC1', 'S01']);
    const rest = await bo.get(`/stock?sku=TENT-2P&limit=2&after=${tents.body.next}`);
    expect(rest.body).toEqual({
      stock: [{ locationId: 'S02', sku: 'TENT-2P', onHand: 3, reserved: 0, available: 3 }],
      next: null,
    });
    const counted = await bo.put('/stock/S01/BOOK-WAD', { onHand: 25 });
    expect(counted).toEqual({
      status: 200,
      body: {
        stock: { locationId: 'S01', sku: 'BOOK-WAD', onHand: 25, reserved: 0, available: 25 },
        reservations: [],
      },
    });
    const fresh = await bo.put('/stock/S02/GIFT-50', { onHand: 7 });
    expect(fresh.body.stock).toEqual({
      locationId: 'S02',
      sku: 'GIFT-50',
      onHand: 7,
      reserved: 0,
      available: 7,
    });
  });

  it('customers round-trip with their addresses and are found by number, name, e-mail or phone', async () => {
    const home = {
      id: 'A-2001',
      name: 'Cees Bakker',
      street: 'Dorpsstraat 3',
      postalCode: '1234 AB',
      city: 'Edam',
      country: 'NL',
    };
    const work = { ...home, id: 'A-2002', street: 'Havenweg 12' };
    const cees = {
      number: 'C-2001',
      name: 'Cees Bakker',
      email: 'cees@example.com',
      phone: '+31633333333',
      addresses: [home, work],
    };
    expect(await bo.put('/customers/C-2001', cees)).toEqual({ status: 201, body: cees });
    expect(await bo.get('/customers/C-2001')).toEqual({ status: 200, body: cees });
    const moved = { ...cees, phone: null, addresses: [{ ...work, street: 'Havenweg 14' }] };
    expect(await bo.put('/customers/C-2001', moved)).toEqual({ status: 200, body: moved });
    expect((await bo.get('/customers/C-2001')).body).toEqual(moved);
    expect((await bo.get('/customers/C-9999')).status).toBe(404);

    const numbers = async (search: string) =>
      (await bo.get(`/customers?search=${encodeURIComponent(search)}`)).body.customers.map(
        (c: { number: string }) => c.number,
      );
    expect(await numbers('ANNA')).toEqual(['C-1001']);
    expect(await numbers('+3162')).toEqual(['C-1002']);
    expect(await numbers('example.nl')).toEqual(['C-1001', 'C-1002']);
    expect(await numbers('C-2001')).toEqual(['C-2001']);
    const first = await bo.get('/customers?limit=1');
    expect(first.body.customers).toEqual([
      expect.objectContaining({ number: 'C-1001', addresses: [expect.objectContaining({ id: 'A-1' })] }),
    ]);
    const second = await bo.get(`/customers?limit=1&after=${first.body.next}`);
    expect(second.body.customers.map((c: { number: string }) => c.number)).toEqual(['C-1002']);

    expect(
      await bo.put('/customers/C-2001', { ...moved, addresses: [{ ...home, id: 'A-1' }] }),
    ).toMatchObject({
      status: 409,
      body: { code: 'ALREADY_EXISTS', field: 'addresses[0].id' },
    });
    expect(await bo.put('/customers/C-2001', { ...moved, addresses: [work, work] })).toMatchObject({
      status: 400,
      body: { field: 'addresses[1].id' },
    });
    expect(await bo.put('/customers/C-2001', { ...moved, email: 'not-an-address' })).toMatchObject({
      status: 400,
      body: { field: 'email' },
    });
    expect((await bo.get('/customers/C-2001')).body, 'refusals changed nothing').toEqual(moved);
  });

  it('R-SEC-1 permission groups and staff round-trip; a staff member is in groups that exist', async () => {
    const stockroom = { name: 'Stockroom', permissions: ['pickUp', 'findOrders'] };
    expect(await bo.put('/permission-groups/Stockroom', stockroom)).toEqual({
      status: 201,
      body: { name: 'Stockroom', permissions: ['findOrders', 'pickUp'] },
    });
    expect(
      (await bo.get('/permission-groups')).body.permissionGroups.map((g: { name: string }) => g.name),
    ).toEqual(['Cashier', 'HeadOffice', 'Manager', 'Stockroom']);
    expect(
      await bo.put('/permission-groups/Stockroom', { ...stockroom, permissions: ['fly'] }),
    ).toMatchObject({
      status: 400,
      body: { field: 'permissions[0]' },
    });

    const dirk = { id: 'S01-DIRK', name: 'Dirk', groups: ['Stockroom'] };
    expect(await bo.put('/staff/S01-DIRK', { ...dirk, password: 'dirk-password' })).toEqual({
      status: 201,
      body: dirk,
    });
    expect(await bo.put('/staff/S01-DIRK', { ...dirk, name: 'Dirk de Boer' })).toEqual({
      status: 200,
      body: { ...dirk, name: 'Dirk de Boer' },
    });
    expect((await bo.get('/staff')).body.staff).toContainEqual({ ...dirk, name: 'Dirk de Boer' });
    expect(await bo.put('/staff/S01-DIRK', { ...dirk, groups: ['Stockroom', 'Wizards'] })).toMatchObject({
      status: 422,
      body: { code: 'UNKNOWN_PERMISSION_GROUP', field: 'groups[1]', rule: 'R-SEC-1' },
    });
    expect(await bo.put('/staff/S01-EVA', { id: 'S01-EVA', name: 'Eva', groups: [] })).toMatchObject({
      status: 400,
      body: { field: 'password', rule: 'R-SEC-1' },
    });
    expect((await bo.get('/staff')).body.staff.map((s: { id: string }) => s.id)).toEqual([
      'HQ-ADMIN',
      'S01-CASHIER',
      'S01-DIRK',
    ]);
  });

  it('the OpenAPI at /docs shows every master-data route under its tag', async () => {
    const response = await fetch(`${hq.url}/docs/json`);
    expect(response.status).toBe(200);
    const openapi = (await response.json()) as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const routes = {
      '/api/company': ['get', 'put'],
      '/api/locations': ['get'],
      '/api/locations/{id}': ['put'],
      '/api/locations/{id}/credential': ['put'],
      '/api/modes-of-delivery': ['get'],
      '/api/modes-of-delivery/{code}': ['put'],
      '/api/charge-codes': ['get'],
      '/api/charge-codes/{code}': ['put'],
      '/api/commerce-parameters': ['get', 'put'],
      '/api/functionality-profiles/{storeId}': ['get', 'put'],
      '/api/products': ['get'],
      '/api/products/{sku}': ['get', 'put'],
      '/api/stock': ['get'],
      '/api/stock/{locationId}/{sku}': ['put'],
      '/api/customers': ['get'],
      '/api/customers/{number}': ['get', 'put'],
      '/api/permission-groups': ['get'],
      '/api/permission-groups/{name}': ['put'],
      '/api/staff': ['get'],
      '/api/staff/{id}': ['put'],
    };
    for (const [path, methods] of Object.entries(routes)) {
      for (const method of methods) {
        const operation = openapi.paths[path]?.[method];
        expect(operation, `${method} ${path}`).toBeDefined();
        expect(operation?.tags?.[0], `${method} ${path}`).toMatch(/^Back office: /);
      }
    }
  });

  it('bad inputs are answered 4xx naming the field, never 5xx', async () => {
    const cases: [string, string, unknown, (string | undefined)?][] = [
      ['PUT', '/company', '{"name": "Broken', undefined],
      ['PUT', '/company', { name: 'X', currency: 'euro', timeZone: 'Europe/Amsterdam' }, 'currency'],
      [
        'PUT',
        '/locations/S06',
        { id: 'S06', kind: 'kiosk', name: 'x', address: address('x'), timeZone: 'UTC' },
        'kind',
      ],
      [
        'PUT',
        '/locations/S06',
        { id: 'S06', kind: 'store', name: 'x', address: { city: 'x' }, timeZone: 'UTC' },
      ],
      ['PUT', '/modes-of-delivery/X', { code: 'X', name: 42, kind: 'shipping' }, 'name'],
      ['PUT', '/charge-codes/X', { code: 'X', description: 'x', vatRate: -1 }, 'vatRate'],
      ['PUT', '/charge-codes/X', { code: 'X', description: 'x', vatRate: '21' }, 'vatRate'],
      ['PUT', '/functionality-profiles/S01', { requirePaymentForFulfillment: 'Sometimes' }],
      [
        'PUT',
        '/functionality-profiles/NOPE',
        {
          requirePaymentForFulfillment: 'NotRequired',
          createCustomerOrderInAsyncMode: false,
          fallbackToAsyncWhenHqUnreachable: false,
        },
        'storeId',
      ],
      ['PUT', '/products/X', { sku: 'X', name: 'x', price: '10', vatRate: 21 }, 'price'],
      ['PUT', '/products/X', { sku: 'X', name: 'x', price: -1, vatRate: 21 }, 'price'],
      ['PUT', '/products/X', { sku: 'X', name: 'x', price: 1e20, vatRate: 21 }, 'price'],
      ['PUT', '/products/X', [], undefined],
      ['PUT', '/stock/S01/TENT-2P', { onHand: -1 }, 'onHand'],
      ['PUT', '/stock/S01/TENT-2P', { onHand: 1.5 }, 'onHand'],
      ['PUT', '/stock/S01/TENT-2P', { onHand: 'ten' }, 'onHand'],
      ['PUT', '/stock/S01/NOPE', { onHand: 1 }, 'sku'],
      ['PUT', '/stock/S99/TENT-2P', { onHand: 1 }, 'locationId'],
      ['GET', '/stock?limit=0', undefined, 'limit'],
      ['GET', '/products?limit=abc', undefined, 'limit'],
      ['GET', `/customers?search=${'x'.repeat(300)}`, undefined, 'search'],
      ['PUT', '/customers/C-3001', { number: 'C-3001', name: '', addresses: [] }, 'name'],
      ['PUT', '/customers/C-3001', { number: 'C-3001', name: 'x', addresses: 'none' }, 'addresses'],
      ['PUT', '/staff/S01-X', { id: 'S01-X', name: 'x', groups: ['Cashier'], password: 'short' }, 'password'],
      [
        'PUT',
        '/staff/S01-X',
        { id: 'S01-X', name: 'x', groups: 'Cashier', password: 'long-enough' },
        'groups',
      ],
      ['PUT', '/permission-groups/X', { name: 'X', permissions: 'all' }, 'permissions'],
      ['PUT', '/commerce-parameters', null, undefined],
      // PostgreSQL cannot store NUL in text: refused at the door, on both engines.
      ['PUT', '/products/X', { sku: 'X', name: 'a\u0000b', price: 1, vatRate: 21 }, 'name'],
      ['PUT', '/customers/C-3001', { number: 'C-3001', name: 'x', email: 'a\u0000@example.nl' }, 'email'],
      [
        'PUT',
        '/customers/C-3001',
        { number: 'C-3001', name: 'x', addresses: [{ ...address('x'), id: 'Q1', street: '\u0000' }] },
        'addresses[0].street',
      ],
      ['PUT', '/company', { name: 'B\u0000V', currency: 'EUR', timeZone: 'UTC' }, 'name'],
      ['GET', '/products?search=a%00b', undefined, 'search'],
      ['GET', '/products?after=a%00b', undefined, 'after'],
      ['GET', `/customers?after=${Buffer.from('["C\u0000"]').toString('base64url')}`, undefined, 'after'],
      ['GET', '/stock?sku=%00', undefined, 'sku'],
    ];
    for (const [method, path, body, field] of cases) {
      const answer = await bo.call(method, path, body);
      const label = `${method} ${path} ${JSON.stringify(body)}: ${answer.status} ${JSON.stringify(answer.body)}`;
      expect(answer.status, label).toBeGreaterThanOrEqual(400);
      expect(answer.status, label).toBeLessThan(500);
      expect(answer.body.code, label).toEqual(expect.any(String));
      if (field) expect(answer.body.field, label).toBe(field);
    }
    expect((await bo.get('/products/X')).status, 'nothing was written').toBe(404);
    expect((await bo.get('/stock?locationId=S99')).body.stock).toEqual([]);
  });
});
