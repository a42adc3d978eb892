import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Trx, transactWith } from '../src/app/transaction.ts';
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

  it('a cart being filled is committed without waiting for the disk, and only that commit: the next waits again', async () => {
    const db = store.database.db;
    const synchronous = async (on: typeof db | Trx) =>
      (await sql<{ synchronous: number }>`pragma synchronous`.execute(on)).rows[0]?.synchronous;
    // SQLite's synchronous: 1 is NORMAL (the write-ahead log survives a crash), 2 is FULL (on disk).
    expect(await transactWith(db, 'process', (trx) => synchronous(trx))).toBe(1);
    expect(await synchronous(db)).toBe(2);
    expect(await transactWith(db, 'disk', (trx) => synchronous(trx))).toBe(2);
    // Also when the work fails, the setting goes back.
    await expect(
      transactWith(db, 'process', async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await synchronous(db)).toBe(2);
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
