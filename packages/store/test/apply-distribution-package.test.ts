import {
  DISTRIBUTED_ENTITIES,
  DISTRIBUTED_PAYLOADS,
  DISTRIBUTION_JOB_IDS,
  type DistributedEntityName,
  JOB_OF_ENTITY,
} from '@kassa/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Replica } from '../src/app/replica/replica.ts';
import { REPLICAS } from '../src/app/replica/replicas.ts';
import { ENTITIES, entriesOfJob, packageOf } from './distribution-fixtures.ts';
import { hqClient, type RunningStore, STORE_ID, startStore } from './store-server.ts';

describe('applying distribution packages', () => {
  let store: RunningStore;
  let hq: ReturnType<typeof hqClient>;
  beforeEach(async () => {
    store = await startStore();
    hq = hqClient(store);
  });
  afterEach(() => store.close());

  const replicaOf = (entity: DistributedEntityName, key: string) =>
    (REPLICAS[entity] as Replica<unknown>).load(store.database.db, key, STORE_ID);
  const expected = (entity: DistributedEntityName, payload: unknown) =>
    DISTRIBUTED_PAYLOADS[entity].parse(payload);
  const send = async (pkg: unknown, status = 200) => {
    const reply = await hq.post('/jobs/distribution', pkg);
    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    return reply.body;
  };
  const applied = async () => (await hq.get('/jobs/distribution')).body.applied;

  it('every kind of distributed entity has a job and a fixture', () => {
    expect(Object.keys(ENTITIES).sort()).toEqual([...DISTRIBUTED_ENTITIES].sort());
    expect(new Set(Object.values(JOB_OF_ENTITY))).toEqual(new Set(DISTRIBUTION_JOB_IDS));
  });

  it.each(DISTRIBUTED_ENTITIES)(
    'a package creates, then a later package updates, the replica of a %s',
    async (entity) => {
      const { created, updated } = ENTITIES[entity];
      const job = JOB_OF_ENTITY[entity];
      expect(await replicaOf(entity, created.key)).toBeUndefined();
      const first = packageOf(job, 0, [created], { first: 7 });
      expect(await send(first)).toEqual({ job, appliedUpTo: 7 });
      expect(await replicaOf(entity, created.key)).toEqual(expected(entity, created.payload));
      await send(packageOf(job, 7, [updated], { first: 12 }));
      expect(await replicaOf(entity, updated.key)).toEqual(expected(entity, updated.payload));
      expect((await applied())[job]).toBe(12);
    },
  );

  it('a package of each job applies all of its entities at once; money in cents, rates in basis points', async () => {
    // HQ numbers the changes of all jobs in one sequence; each job's package starts after what it applied.
    let next = 3;
    for (const job of DISTRIBUTION_JOB_IDS) {
      const pkg = packageOf(job, 0, entriesOfJob(job, 'created'), { first: next });
      await send(pkg);
      expect((await applied())[job]).toBe(pkg.upTo);
      next = pkg.upTo + 1;
    }
    for (const entity of DISTRIBUTED_ENTITIES) {
      const { created } = ENTITIES[entity];
      expect(await replicaOf(entity, created.key), entity).toEqual(expected(entity, created.payload));
    }
    const db = store.database.db;
    expect(
      await db.selectFrom('products').select(['price', 'vat_rate_bp', 'active']).executeTakeFirst(),
    ).toEqual({
      price: 19995,
      vat_rate_bp: 2100,
      active: 1,
    });
    expect(
      await db
        .selectFrom('commerce_parameters')
        .select(['default_deposit_percent_bp', 'max_shipping_refund_without_approval'])
        .executeTakeFirst(),
    ).toEqual({ default_deposit_percent_bp: 2000, max_shipping_refund_without_approval: 1500 });
    expect(await db.selectFrom('customer_addresses').select('id').orderBy('position').execute()).toEqual([
      { id: 'C-1001-HOME' },
      { id: 'C-1001-WORK' },
    ]);
  });

  it('a customer update replaces their addresses: one removed, one changed, one added', async () => {
    await send(packageOf('1010', 0, [ENTITIES.customer.created]));
    await send(packageOf('1010', 1, [ENTITIES.customer.updated], { first: 2 }));
    const rows = await store.database.db
      .selectFrom('customer_addresses')
      .select(['id', 'street', 'position'])
      .orderBy('position')
      .execute();
    expect(rows).toEqual([
      { id: 'C-1001-WORK', street: 'Damrak 72', position: 0 },
      { id: 'C-1001-CABIN', street: 'Heideweg 3', position: 1 },
    ]);
  });

  it('of several changes to one entity in a package, the one with the highest number wins, whatever the order', async () => {
    const { created, updated } = ENTITIES.product;
    await send({
      job: '1040',
      storeId: STORE_ID,
      after: 0,
      upTo: 9,
      changes: [
        { number: 9, ...updated },
        { number: 4, ...created },
      ],
    });
    expect(await replicaOf('product', 'TENT-2P')).toEqual(expected('product', updated.payload));
  });

  it('re-sending a package changes nothing and answers the number the store is at', async () => {
    const older = packageOf('1040', 0, [ENTITIES.product.created], { first: 5 });
    const newer = packageOf('1040', 5, [ENTITIES.product.updated], { first: 8 });
    expect(await send(older)).toEqual({ job: '1040', appliedUpTo: 5 });
    expect(await send(newer)).toEqual({ job: '1040', appliedUpTo: 8 });
    const before = await store.database.db.selectFrom('products').selectAll().execute();
    store.setNow('2026-11-28T09:00:00Z');
    expect(await send(newer)).toEqual({ job: '1040', appliedUpTo: 8 });
    // The older package would put the old price back, had it been applied again.
    expect(await send(older)).toEqual({ job: '1040', appliedUpTo: 8 });
    expect(await store.database.db.selectFrom('products').selectAll().execute()).toEqual(before);
    expect(await replicaOf('product', 'TENT-2P')).toEqual(
      expected('product', ENTITIES.product.updated.payload),
    );
  });

  it('the same package sent twice at once is applied once, and both answers agree', async () => {
    const pkg = packageOf('1010', 0, [ENTITIES.customer.created], { first: 3 });
    const answers = await Promise.all([
      hq.post('/jobs/distribution', pkg),
      hq.post('/jobs/distribution', pkg),
    ]);
    expect(answers.map((a) => [a.status, a.body])).toEqual([
      [200, { job: '1010', appliedUpTo: 3 }],
      [200, { job: '1010', appliedUpTo: 3 }],
    ]);
  });

  it('a package that would leave a gap is refused with 409 naming `after`; resent from the store number it applies', async () => {
    await send(packageOf('1040', 0, [ENTITIES.chargeCode.created], { first: 4 }));
    const gap = packageOf('1040', 10, [ENTITIES.product.created], { first: 11 });
    expect(await send(gap, 409)).toMatchObject({
      code: 'DISTRIBUTION_GAP',
      field: 'after',
      details: { appliedUpTo: 4 },
    });
    expect(await replicaOf('product', 'TENT-2P')).toBeUndefined();
    expect((await applied())['1040']).toBe(4);
    expect(await send({ ...gap, after: 4 })).toEqual({ job: '1040', appliedUpTo: 11 });
    expect(await replicaOf('product', 'TENT-2P')).toBeDefined();
  });

  it('a package that overlaps what the store applied brings it to the package number', async () => {
    await send(packageOf('1040', 0, [ENTITIES.chargeCode.created], { first: 4 }));
    const overlapping = packageOf('1040', 0, [ENTITIES.chargeCode.updated, ENTITIES.product.created], {
      first: 5,
    });
    expect(await send(overlapping)).toEqual({ job: '1040', appliedUpTo: 7 });
    expect(await replicaOf('chargeCode', 'SHIP')).toEqual(
      expected('chargeCode', ENTITIES.chargeCode.updated.payload),
    );
  });

  const product = ENTITIES.product.created;
  const withPayload = (entry: typeof product, payload: Record<string, unknown>) => ({
    ...entry,
    payload: { ...(entry.payload as object), ...payload },
  });
  it.each([
    [
      'R-MON-1 a price in euros, not cents',
      withPayload(product, { price: 199.95 }),
      'changes[1].payload.price',
    ],
    ['a product without a name', withPayload(product, { name: undefined }), 'changes[1].payload.name'],
    ['a VAT rate over 100', withPayload(product, { vatRate: 121 }), 'changes[1].payload.vatRate'],
    ['a payload that is not an object', { ...product, payload: 'TENT-2P' }, 'changes[1].payload'],
    [
      'a charge code without a VAT rate',
      withPayload(ENTITIES.chargeCode.created, { vatRate: undefined }),
      'changes[1].payload.vatRate',
    ],
  ])('a bad payload refuses the whole package with 422 and applies nothing: %s', async (_, bad, field) => {
    const good = withPayload(product, { sku: 'STOVE-1', barcode: null });
    const pkg = packageOf('1040', 0, [{ ...good, key: 'STOVE-1' }, bad]);
    expect(await send(pkg, 422)).toMatchObject({ code: 'INVALID_PAYLOAD', field });
    expect(await replicaOf('product', 'STOVE-1')).toBeUndefined();
    expect((await applied())['1040']).toBe(0);
  });

  it.each([
    [
      'R-SEC-1 staff without their password hash',
      '1060',
      { ...ENTITIES.staff.created, payload: { id: 'S01-CASHIER', name: 'X', groups: [] } },
      'changes[0].payload.passwordHash',
    ],
    [
      'R-SEC-1 a permission that does not exist',
      '1060',
      withPayload(ENTITIES.permissionGroup.created, { permissions: ['sellEverything'] }),
      'changes[0].payload.permissions[0]',
    ],
    [
      'R-PRO-1 a pay-later switch with an unknown value',
      '1070',
      withPayload(ENTITIES.functionalityProfile.created, { requirePaymentForFulfillment: 'Sometimes' }),
      'changes[0].payload.requirePaymentForFulfillment',
    ],
    [
      'R-PAR-1 a deposit percent over 100',
      '1070',
      withPayload(ENTITIES.commerceParameters.created, { defaultDepositPercent: 150 }),
      'changes[0].payload.defaultDepositPercent',
    ],
    [
      'an address with a three-letter country',
      '1010',
      {
        ...ENTITIES.customer.created,
        payload: {
          ...(ENTITIES.customer.created.payload as object),
          addresses: [{ id: 'A', name: 'A', street: 'A', postalCode: 'A', city: 'A', country: 'NLD' }],
        },
      },
      'changes[0].payload.addresses[0].country',
    ],
  ] as const)('%s refuses the package with 422 naming the field', async (_, job, bad, field) => {
    expect(await send(packageOf(job, 0, [bad]), 422)).toMatchObject({ code: 'INVALID_PAYLOAD', field });
    expect((await applied())[job]).toBe(0);
  });

  it.each([
    ['a change of another job', { ...ENTITIES.customer.created }, 'changes[1].entity'],
    ['a key that is not its entity', { ...product, key: 'OTHER-SKU' }, 'changes[1].key'],
  ])('a package with %s is refused whole with 422', async (_, bad, field) => {
    const pkg = packageOf('1040', 0, [ENTITIES.chargeCode.created, bad]);
    expect(await send(pkg, 422)).toMatchObject({ code: 'INVALID_PACKAGE', field });
    expect(await replicaOf('chargeCode', 'SHIP')).toBeUndefined();
  });

  it('R-PRO-1 a package may not carry the functionality profile of another store', async () => {
    const pkg = packageOf('1070', 0, [
      ENTITIES.company.created,
      { ...ENTITIES.functionalityProfile.updated, key: 'S02' },
    ]);
    expect(await send(pkg, 422)).toMatchObject({ code: 'INVALID_PACKAGE', field: 'changes[1].key' });
    expect(await replicaOf('company', 'company')).toBeUndefined();
  });

  it('changes numbered outside the package, or a package ending before it starts, are refused', async () => {
    const pkg = packageOf('1040', 0, [ENTITIES.chargeCode.created, ENTITIES.product.created]);
    expect(await send({ ...pkg, upTo: 1 }, 422)).toMatchObject({ field: 'changes[1].number' });
    expect(await send({ ...pkg, after: 5, upTo: 2 }, 422)).toMatchObject({ field: 'upTo' });
    expect((await applied())['1040']).toBe(0);
  });

  it('the applied number of every job is listed, 0 before its first package', async () => {
    expect(await hq.get('/jobs/distribution')).toEqual({
      status: 200,
      body: { storeId: STORE_ID, applied: { '1010': 0, '1040': 0, '1060': 0, '1070': 0 } },
    });
    await send(packageOf('1060', 0, entriesOfJob('1060', 'created'), { first: 21 }));
    await send(packageOf('1010', 0, [], { first: 1 }));
    expect((await hq.get('/jobs/distribution')).body.applied).toEqual({
      '1010': 0,
      '1040': 0,
      '1060': 23,
      '1070': 0,
    });
  });

  it('R-PRO-1 a profile switched to CardRequired at HQ reaches the replica only once its job 1070 package is applied', async () => {
    const profile = ENTITIES.functionalityProfile;
    await send(packageOf('1070', 0, entriesOfJob('1070', 'created'), { first: 2 }));
    const at = (await applied())['1070'];
    expect(await replicaOf('functionalityProfile', STORE_ID)).toMatchObject({
      requirePaymentForFulfillment: 'NotRequired',
    });
    // HQ switches pay later off (change 40, job 1070). Other jobs running meanwhile do not carry it.
    const switched = packageOf('1070', at, [profile.updated], { first: 40 });
    await send(packageOf('1040', 0, entriesOfJob('1040', 'created'), { first: 30 }));
    await send(packageOf('1010', 0, entriesOfJob('1010', 'created'), { first: 35 }));
    expect(await replicaOf('functionalityProfile', STORE_ID)).toMatchObject({
      requirePaymentForFulfillment: 'NotRequired',
    });
    expect(await send(switched)).toEqual({ job: '1070', appliedUpTo: 40 });
    expect(await replicaOf('functionalityProfile', STORE_ID)).toEqual({
      requirePaymentForFulfillment: 'CardRequired',
      createCustomerOrderInAsyncMode: true,
      fallbackToAsyncWhenHqUnreachable: true,
    });
  });
});
