import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/database.ts';
import { ENTITIES, packageOf } from './distribution-fixtures.ts';
import { hqClient, type RunningStore, startStore } from './store-server.ts';

describe('the channel database', () => {
  let store: RunningStore;
  beforeAll(async () => {
    store = await startStore();
  });
  afterAll(() => store.close());

  it('is SQLite in WAL mode with synchronous=FULL, so an applied package survives a power cut', async () => {
    const db = store.database.db;
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(sync.rows[0]?.synchronous).toBe(2);
  });

  it('migrating again changes nothing', async () => {
    await migrate(store.database.db);
    await migrate(store.database.db);
  });

  it('keeps replicas and applied numbers across a restart of the store server', async () => {
    const pkg = packageOf('1040', 0, [ENTITIES.product.created], { first: 17 });
    expect((await hqClient(store).post('/jobs/distribution', pkg)).status).toBe(200);
    await store.stop();
    store = await startStore({ file: store.file });
    const hq = hqClient(store);
    expect((await hq.get('/jobs/distribution')).body.applied['1040']).toBe(17);
    expect(await hq.post('/jobs/distribution', pkg)).toEqual({
      status: 200,
      body: { job: '1040', appliedUpTo: 17 },
    });
  });
});
