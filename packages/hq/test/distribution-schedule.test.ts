import { uuidv7 } from '@kassa/server-kit';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../src/app/distribution/run-due-jobs.ts';
import type { Hq } from '../src/app/hq-context.ts';
import { openDatabase } from '../src/db/database.ts';
import { buildHqServer } from '../src/server.ts';
import { type BackOfficeClient, backOfficeClient, signedIn, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';
import { type RunningStore, STORE_SECRET, startHoldingStore, startStore } from './store-server.ts';

const JOBS = ['1010', '1040', '1060', '1070'];
const lamp = {
  sku: 'LAMP-1',
  barcode: null,
  name: 'Camping lamp',
  price: 1995,
  vatRate: 21,
  kind: 'merchandise',
  active: true,
};

/** Waits until `check` holds, for at most `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(engines())('the distribution schedule on %s', (engine) => {
  let hq: RunningHq;
  let store: RunningStore;
  let office: BackOfficeClient;
  /** HQ's use cases as the scheduler calls them, over the server's own database. */
  const context = (): Hq => ({
    database: hq.database,
    payments: hq.payments,
    clock: () => Temporal.Now.instant(),
    newId: uuidv7,
  });
  const schedule = (job: string, body: unknown) => office.put(`/distribution/schedules/${job}`, body);
  const runsOf = async (job: string) =>
    (
      await hq.database.db
        .selectFrom('distribution_runs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('job', '=', job)
        .executeTakeFirstOrThrow()
    ).n;
  const storePrice = async (target: RunningStore) =>
    (
      await target.database.db
        .selectFrom('products')
        .select('price')
        .where('sku', '=', 'LAMP-1')
        .executeTakeFirst()
    )?.price;

  beforeAll(async () => {
    hq = await startHq(engine);
    store = await startStore();
    office = await signedIn(hq);
    const endpoint = await office.put('/locations/S01/endpoint', { url: store.url, secret: STORE_SECRET });
    expect(endpoint.status).toBe(204);
  });
  afterEach(async () => {
    for (const job of JOBS) await schedule(job, { intervalSeconds: null, enabled: true });
  });
  afterAll(async () => {
    await store.close();
    await hq.close();
  });

  it('every job starts manual-only; the back office sets a schedule and reads it back', async () => {
    const before = await office.get('/distribution/schedules');
    expect(before.status).toBe(200);
    expect(before.body.schedules).toEqual(
      JOBS.map((job) =>
        expect.objectContaining({
          job,
          intervalSeconds: null,
          enabled: true,
          lastStartedAt: null,
          nextRunAt: null,
        }),
      ),
    );

    const set = await schedule('1040', { intervalSeconds: 900, enabled: true });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({
      job: '1040',
      description: 'products, prices and charge codes',
      intervalSeconds: 900,
      enabled: true,
      nextRunAt: '2026-11-27T10:00:00.000Z',
    });
    expect((await schedule('1060', { intervalSeconds: 60, enabled: false })).status).toBe(200);
    const after = (await office.get('/distribution/schedules')).body.schedules;
    expect(after.find((s: { job: string }) => s.job === '1040')).toMatchObject({ intervalSeconds: 900 });
    expect(after.find((s: { job: string }) => s.job === '1060')).toMatchObject({
      intervalSeconds: 60,
      enabled: false,
      nextRunAt: null,
    });
  });

  it.each([
    ['an interval under 10 s', '1040', { intervalSeconds: 9, enabled: true }, 'intervalSeconds'],
    ['an interval over a day', '1040', { intervalSeconds: 86_401, enabled: true }, 'intervalSeconds'],
    ['a fractional interval', '1040', { intervalSeconds: 60.5, enabled: true }, 'intervalSeconds'],
    ['an interval as text', '1040', { intervalSeconds: '60', enabled: true }, 'intervalSeconds'],
    ['no interval', '1040', { enabled: true }, 'intervalSeconds'],
    ['no enabled', '1040', { intervalSeconds: 60 }, 'enabled'],
    ['enabled as text', '1040', { intervalSeconds: 60, enabled: 'yes' }, 'enabled'],
    ['an unknown job', '1050', { intervalSeconds: 60, enabled: true }, 'job'],
  ])('refuses %s with a 400 naming the field', async (_name, job, body, field) => {
    const reply = await schedule(job, body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('refuses schedules to whoever is not signed in to the back office', async () => {
    const anonymous = backOfficeClient(hq, undefined);
    expect((await anonymous.get('/distribution/schedules')).status).toBe(401);
    expect(
      (await anonymous.put('/distribution/schedules/1040', { intervalSeconds: 60, enabled: true })).status,
    ).toBe(401);
  });

  it('runDueJobs runs only the enabled jobs whose interval has passed, and records when they started', async () => {
    await schedule('1010', { intervalSeconds: 3600, enabled: true });
    await schedule('1040', { intervalSeconds: 60, enabled: true });
    await schedule('1060', { intervalSeconds: 10, enabled: false });
    const t0 = Temporal.Instant.from('2026-11-27T11:00:00Z');

    const first = await runDueJobs(context(), t0);
    expect(first.map((r) => r.job).sort()).toEqual(['1010', '1040']);
    expect(first[0]?.runs).toEqual([expect.objectContaining({ storeId: 'S01', status: 'applied' })]);
    const started = async (job: string) =>
      (await office.get('/distribution/schedules')).body.schedules.find(
        (s: { job: string }) => s.job === job,
      );
    expect(await started('1040')).toMatchObject({
      lastStartedAt: '2026-11-27T11:00:00.000Z',
      nextRunAt: '2026-11-27T11:01:00.000Z',
    });
    expect(await started('1060')).toMatchObject({ lastStartedAt: null });

    expect(await runDueJobs(context(), t0.add({ seconds: 59 }))).toEqual([]);
    const second = await runDueJobs(context(), t0.add({ seconds: 60 }));
    expect(second.map((r) => r.job)).toEqual(['1040']);
    expect(await started('1040')).toMatchObject({ lastStartedAt: '2026-11-27T11:01:00.000Z' });
    expect(await started('1010')).toMatchObject({ lastStartedAt: '2026-11-27T11:00:00.000Z' });
  });

  it('two runDueJobs at the same moment run a due job once', async () => {
    await schedule('1040', { intervalSeconds: 10, enabled: true });
    const before = await runsOf('1040');
    const now = Temporal.Instant.from('2026-11-28T09:00:00Z');
    const [a, b] = await Promise.all([runDueJobs(context(), now), runDueJobs(context(), now)]);
    expect([...a, ...b].map((r) => r.job)).toEqual(['1040']);
    expect(await runsOf('1040')).toBe(before + 1);
  });

  it('a manual run while the job runs gets 409 naming the job; the schedule skips it too', async () => {
    const held = await startHoldingStore('1040');
    try {
      await office.put('/locations/S01/endpoint', { url: held.url, secret: STORE_SECRET });
      const running = office.call('POST', '/distribution/1040/run', {});
      await held.arrived;
      const again = await office.call('POST', '/distribution/1040/run', {});
      expect(again.status, JSON.stringify(again.body)).toBe(409);
      expect(again.body).toMatchObject({
        code: 'JOB_RUNNING',
        field: 'job',
        message: expect.stringContaining('1040'),
      });
      // Another job is not held up.
      expect((await office.call('POST', '/distribution/1060/run', {})).status).toBe(200);
      await schedule('1040', { intervalSeconds: 10, enabled: true });
      expect(await runDueJobs(context(), Temporal.Instant.from('2026-11-29T09:00:00Z'))).toEqual([]);

      held.release();
      const finished = await running;
      expect(finished.status).toBe(200);
      expect(finished.body.runs).toEqual([expect.objectContaining({ status: 'failed' })]);
      await office.put('/locations/S01/endpoint', { url: store.url, secret: STORE_SECRET });
      expect((await office.call('POST', '/distribution/1040/run', {})).status).toBe(200);
    } finally {
      await office.put('/locations/S01/endpoint', { url: store.url, secret: STORE_SECRET });
      await held.close();
    }
  });

  it('a change at HQ reaches the store by the schedule, without a manual run', async () => {
    const scheduled = await startHq(engine, { scheduler: { tickMs: 20 } });
    const ownStore = await startStore();
    try {
      const admin = await signedIn(scheduled);
      await admin.put('/locations/S01/endpoint', { url: ownStore.url, secret: STORE_SECRET });
      expect((await admin.put('/products/LAMP-1', lamp)).status).toBe(201);
      expect(
        (await admin.put('/distribution/schedules/1040', { intervalSeconds: 60, enabled: true })).status,
      ).toBe(200);
      await eventually(async () => (await storePrice(ownStore)) === 1995);

      await admin.put('/products/LAMP-1', { ...lamp, price: 2495 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await storePrice(ownStore)).toBe(1995); // not before the interval has passed
      scheduled.setNow('2026-11-27T10:01:00Z');
      await eventually(async () => (await storePrice(ownStore)) === 2495);
      const history = await admin.get('/distribution/runs?job=1040');
      expect(history.body.runs).toHaveLength(2);
    } finally {
      await scheduled.close();
      await ownStore.close();
    }
    // Two servers started and two scheduled runs waited for: more than Vitest's 5 s on a loaded machine.
  }, 30_000);

  // Several HQ processes share one schedule only on PostgreSQL: on SQLite there is one HQ process.
  if (engine.name === 'postgres') {
    it('two HQ servers over one database run a due job once, and refuse a manual run while the other runs it', async () => {
      const url = hq.database.postgresUrl ?? '';
      const otherDatabase = openDatabase({ postgresUrl: url });
      const other = await buildHqServer({ database: otherDatabase });
      const otherUrl = await other.listen({ port: 0, host: '127.0.0.1' });
      const otherContext: Hq = { ...context(), database: otherDatabase };
      const held = await startHoldingStore('1040');
      try {
        await schedule('1040', { intervalSeconds: 10, enabled: true });
        const before = await runsOf('1040');
        const now = Temporal.Instant.from('2026-11-30T09:00:00Z');
        const all = await Promise.all([
          runDueJobs(context(), now),
          runDueJobs(otherContext, now),
          runDueJobs(context(), now),
          runDueJobs(otherContext, now),
        ]);
        expect(all.flat().map((r) => r.job)).toEqual(['1040']);
        expect(await runsOf('1040')).toBe(before + 1);

        await office.put('/locations/S01/endpoint', { url: held.url, secret: STORE_SECRET });
        const running = office.call('POST', '/distribution/1040/run', {});
        await held.arrived;
        // Sessions live in the database, so the one signed in at this HQ is valid at the other.
        const token = (await signIn(hq, 'HQ-ADMIN', 'admin-password')).body.token;
        const otherOffice = backOfficeClient({ ...hq, url: otherUrl }, token);
        const refused = await otherOffice.call('POST', '/distribution/1040/run', {});
        expect(refused.status, JSON.stringify(refused.body)).toBe(409);
        expect(refused.body).toMatchObject({ code: 'JOB_RUNNING', field: 'job' });
        expect(await runDueJobs(otherContext, now.add({ hours: 1 }))).toEqual([]);
        held.release();
        expect((await running).status).toBe(200);
      } finally {
        await office.put('/locations/S01/endpoint', { url: store.url, secret: STORE_SECRET });
        await held.close();
        await other.close();
        await otherDatabase.close();
      }
    });
  }
});
