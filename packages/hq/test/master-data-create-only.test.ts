import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type BackOfficeClient, signedIn, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';

const CREATE_ONLY = { 'if-none-match': '*' };

const address = {
  name: 'Kassa Venlo',
  street: 'Markt 1',
  postalCode: '5911 AA',
  city: 'Venlo',
  country: 'NL',
};

/** Each master-data entity HQ names by a key: a new one, and a change someone else typed for the same key. */
const ENTITIES = [
  {
    entity: 'location',
    path: '/locations/DC9',
    keyField: 'id',
    key: 'DC9',
    first: { id: 'DC9', kind: 'warehouse', name: 'DC South', address, timeZone: 'Europe/Amsterdam' },
    second: { name: 'DC Zuid' },
    read: (bo: BackOfficeClient) => listed(bo, '/locations', 'locations', 'id', 'DC9'),
  },
  {
    entity: 'modeOfDelivery',
    path: '/modes-of-delivery/DHL',
    keyField: 'code',
    key: 'DHL',
    first: { code: 'DHL', name: 'DHL Parcel', kind: 'shipping' },
    second: { name: 'DHL Express' },
    read: (bo: BackOfficeClient) => listed(bo, '/modes-of-delivery', 'modesOfDelivery', 'code', 'DHL'),
  },
  {
    entity: 'chargeCode',
    path: '/charge-codes/WRAP',
    keyField: 'code',
    key: 'WRAP',
    first: { code: 'WRAP', description: 'Gift wrapping', vatRate: 9 },
    second: { vatRate: 21 },
    read: (bo: BackOfficeClient) => listed(bo, '/charge-codes', 'chargeCodes', 'code', 'WRAP'),
  },
  {
    entity: 'product',
    path: '/products/STOVE-1',
    keyField: 'sku',
    key: 'STOVE-1',
    first: {
      sku: 'STOVE-1',
      barcode: '8710000000042',
      name: 'Camping stove',
      price: 4995,
      vatRate: 21,
      kind: 'merchandise',
      active: true,
    },
    second: { price: 1 },
    read: async (bo: BackOfficeClient) => (await bo.get('/products/STOVE-1')).body,
  },
  {
    entity: 'customer',
    path: '/customers/C-3001',
    keyField: 'number',
    key: 'C-3001',
    first: {
      number: 'C-3001',
      name: 'Cees Bakker',
      email: 'cees@example.com',
      phone: null,
      addresses: [{ ...address, id: 'A-3001', name: 'Cees Bakker' }],
    },
    second: { name: 'Kees Bakker', addresses: [] },
    read: async (bo: BackOfficeClient) => (await bo.get('/customers/C-3001')).body,
  },
  {
    entity: 'permissionGroup',
    path: '/permission-groups/Stockroom',
    keyField: 'name',
    key: 'Stockroom',
    first: { name: 'Stockroom', permissions: ['findOrders', 'pickUp'] },
    second: { permissions: ['cancel'] },
    read: (bo: BackOfficeClient) => listed(bo, '/permission-groups', 'permissionGroups', 'name', 'Stockroom'),
  },
  {
    entity: 'staff',
    path: '/staff/S01-DIRK',
    keyField: 'id',
    key: 'S01-DIRK',
    first: { id: 'S01-DIRK', name: 'Dirk', groups: ['Cashier'], password: 'dirk-password' },
    second: { name: 'Dirk de Boer', groups: ['Manager'], password: 'other-password' },
    read: (bo: BackOfficeClient) => listed(bo, '/staff', 'staff', 'id', 'S01-DIRK'),
  },
] as const;

async function listed(bo: BackOfficeClient, path: string, list: string, keyField: string, key: string) {
  const { body } = await bo.get(path);
  return (body[list] as Record<string, unknown>[]).find((entity) => entity[keyField] === key);
}

describe.each(engines())('Creating master data only if it is new (If-None-Match: *) on %s', (engine) => {
  let hq: RunningHq;
  let bo: BackOfficeClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    bo = await signedIn(hq);
  });
  afterAll(() => hq.close());

  const changesOf = async (entity: string, key: string) =>
    (
      await hq.database.db
        .selectFrom('configuration_changes')
        .select('number')
        .where('entity', '=', entity)
        .where('entity_key', '=', key)
        .execute()
    ).length;

  it.each(ENTITIES)(
    '$entity: a create-only PUT creates; a second one is 412 naming $keyField and changes nothing; a plain PUT still replaces',
    async ({ entity, path, keyField, key, first, second, read }) => {
      const created = await bo.put(path, first, CREATE_ONLY);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const stored = await read(bo);
      expect(stored).toEqual(created.body);

      const again = await bo.put(path, { ...first, ...second }, CREATE_ONLY);
      expect(again).toEqual({
        status: 412,
        body: {
          code: 'KEY_TAKEN',
          field: keyField,
          message: expect.stringContaining(`${keyField} ${key} exists already`),
          details: { key },
        },
      });
      expect(await read(bo), 'the first one is kept as it was').toEqual(stored);
      expect(await changesOf(entity, key), 'nothing more for the stores to get').toBe(1);

      const replaced = await bo.put(path, { ...first, ...second });
      expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
      expect(await read(bo)).toEqual(replaced.body);
      expect(await read(bo)).not.toEqual(stored);
    },
  );

  it('a second create-only PUT of a staff member leaves the first one’s password: theirs signs in, the other not', async () => {
    const first = { id: 'S01-EVA', name: 'Eva', groups: ['HeadOffice'], password: 'eva-password' };
    expect((await bo.put('/staff/S01-EVA', first, CREATE_ONLY)).status).toBe(201);
    const second = { ...first, name: 'Eva 2', password: 'someone-else' };
    expect((await bo.put('/staff/S01-EVA', second, CREATE_ONLY)).status).toBe(412);
    expect((await signIn(hq, 'S01-EVA', 'someone-else')).status).toBe(401);
    expect((await signIn(hq, 'S01-EVA', 'eva-password')).status).toBe(201);
  });

  it('two people creating the same key at once: exactly one is created, the others get 412 and leave it as created', async () => {
    const attempts = await Promise.all(
      ['Tarp small', 'Tarp large', 'Tarp medium', 'Tarp XL'].map((name) =>
        bo.put('/products/TARP-1', { ...ENTITIES[3].first, sku: 'TARP-1', barcode: null, name }, CREATE_ONLY),
      ),
    );
    const byStatus = (status: number) => attempts.filter((answer: Answer) => answer.status === status);
    expect(byStatus(201)).toHaveLength(1);
    expect(byStatus(412)).toHaveLength(3);
    expect((await bo.get('/products/TARP-1')).body).toEqual(byStatus(201)[0]?.body);
    expect(await changesOf('product', 'TARP-1')).toBe(1);
  });

  it('an If-None-Match other than * is refused at the header, as HQ has no entity tags; nothing is created', async () => {
    const wrap = { code: 'GIFT', description: 'Gift box', vatRate: 21 };
    const refused = await bo.put('/charge-codes/GIFT', wrap, { 'if-none-match': '"v1"' });
    expect(refused).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(await listed(bo, '/charge-codes', 'chargeCodes', 'code', 'GIFT')).toBeUndefined();
  });

  it('the OpenAPI names the header and the 412 of a PUT by key', async () => {
    const response = await fetch(`${hq.url}/docs/json`);
    const openapi = (await response.json()) as {
      paths: Record<
        string,
        Record<string, { parameters?: { in: string; name: string }[]; responses: object }>
      >;
    };
    const put = openapi.paths['/api/products/{sku}']?.put;
    expect(put?.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'if-none-match' }));
    expect(Object.keys(put?.responses ?? {})).toContain('412');
  });
});
