import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, packageOf } from './distribution-fixtures.ts';
import { hqClient, type RunningStore, SECRET, STORE_ID, startStore } from './store-server.ts';

describe('who may call the job endpoints, and what they must send', () => {
  let store: RunningStore;
  let hq: ReturnType<typeof hqClient>;
  beforeAll(async () => {
    store = await startStore();
    hq = hqClient(store);
  });
  afterAll(() => store.close());

  const pkg = packageOf('1040', 0, [ENTITIES.product.created]);
  const applied = async () => (await hq.get('/jobs/distribution')).body.applied['1040'];

  it.each([
    ['no credential', ''],
    ['a wrong secret', `Bearer ${STORE_ID}:not-the-store-secret-at-all`],
    ["another store's id with this store's secret", `Bearer S02:${SECRET}`],
    ['the secret alone', `Bearer ${SECRET}`],
    ['another scheme', `Basic ${Buffer.from(`${STORE_ID}:${SECRET}`).toString('base64')}`],
  ])('R-SEC-4 %s is refused with 401, for sending and for asking', async (_, authorization) => {
    const caller = hqClient(store, { authorization });
    for (const reply of [
      await caller.post('/jobs/distribution', pkg),
      await caller.get('/jobs/distribution'),
    ]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: 'UNAUTHORIZED', rule: 'R-SEC-4', field: 'authorization' });
    }
    expect(await applied()).toBe(0);
  });

  it('R-SEC-4 a package for another store is refused with 403 and nothing is applied', async () => {
    const reply = await hq.post('/jobs/distribution', { ...pkg, storeId: 'S02' });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'WRONG_STORE', field: 'storeId', rule: 'R-SEC-4' });
    expect(await applied()).toBe(0);
  });

  it('malformed JSON is a 400 naming the body', async () => {
    const reply = await hq.raw('/jobs/distribution', '{"job": "1040", "changes": [');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ field: 'body' });
  });

  it('an empty body or plain text is a 400, a body of a type the store does not read a 415, each naming the body', async () => {
    expect(await hq.raw('/jobs/distribution', '')).toMatchObject({ status: 400, body: { field: 'body' } });
    expect(await hq.raw('/jobs/distribution', 'job=1040', 'text/plain')).toMatchObject({
      status: 400,
      body: { field: 'body' },
    });
    expect(await hq.raw('/jobs/distribution', '<job>1040</job>', 'application/xml')).toMatchObject({
      status: 415,
      body: { field: 'body' },
    });
  });

  it.each([
    ['an unknown job', { ...pkg, job: '9999' }, 'job'],
    ['a number as text', { ...pkg, after: '0' }, 'after'],
    ['a negative number', { ...pkg, upTo: -1 }, 'upTo'],
    ['a fractional number', { ...pkg, upTo: 1.5 }, 'upTo'],
    ['changes that are not a list', { ...pkg, changes: {} }, 'changes'],
    [
      'an unknown kind of entity',
      { ...pkg, changes: [{ ...pkg.changes[0], entity: 'giftCard' }] },
      'changes[0].entity',
    ],
    [
      'a change without a number',
      { ...pkg, changes: [{ ...pkg.changes[0], number: undefined }] },
      'changes[0].number',
    ],
    ['no store', { ...pkg, storeId: undefined }, 'storeId'],
    ['a list instead of a package', [pkg], 'body'],
  ])('wrong types are a 400 naming the field: %s', async (_, body, field) => {
    const reply = await hq.post('/jobs/distribution', body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('nothing of the refused requests above was applied', async () => {
    expect(await applied()).toBe(0);
  });

  it('an unknown route is a 404 naming the url', async () => {
    expect(await hq.get('/jobs/pull')).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND', field: 'url' },
    });
  });

  it('the OpenAPI at /docs describes the job endpoints and their credential', async () => {
    const response = await fetch(`${store.url}/docs/json`);
    expect(response.status).toBe(200);
    const openapi = (await response.json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(Object.keys(openapi.paths['/jobs/distribution'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(openapi.components.securitySchemes.hq).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
