import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { uuidv7 } from '@kassa/server-kit';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDueJobs } from '../src/app/distribution/run-due-jobs.ts';
import type { Hq } from '../src/app/hq-context.ts';
import { openDatabase } from '../src/db/database.ts';
import { buildHqServer } from '../src/server.ts';
import { type BackOfficeClient, backOfficeClient, signedIn, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';
import { type RunningStore, STORE_SECRET, startStore } from './store-server.ts';

const S02_SECRET = 'S02-store-server-secret';

/** An async order as a store's checkout writes it to its outbox (AsyncCreateOrder), numbered `n`. */
function outboxRow(storeId: string, n: number) {
  const orderId = `${storeId}-ORDER-${n}`;
  const confirmationNumber = `${storeId}-R1-${String(n).padStart(6, '0')}`;
  const createdAt = '2026-11-27T09:30:00.000Z';
  return {
    transaction_id: `${storeId}-TX-${n}`,
    kind: 'createOrder' as const,
    order_id: orderId,
    confirmation_number: confirmationNumber,
    created_at: createdAt,
    payload: JSON.stringify({
      actor: { staffId: `${storeId}-CASHIER`, registerId: 'R1', permissions: ['createOrder'] },
      type: 'customerOrder',
      customerNumber: 'C-1001',
      lines: [{ sku: 'TENT-2P', quantity: 1, delivery: { kind: 'carryOut' } }],
      payments: [{ method: 'cash', amount: 14995 }],
      orderId,
      confirmationNumber,
      createdAt,
    }),
  };
}

type Behaviour = 'forward' | 'crash' | 'garbage' | 'hold';

/**
 * Stands in front of a real store server: forwards HQ's calls with pages of `pageSize` rows, so a few
 * rows make several pages, and on the calls `behave` picks drops the connection (a store that dies
 * mid-run), answers garbage, or holds the call until released (a P-job that is still running).
 */
async function startStoreProxy(target: RunningStore, pageSize: number) {
  let calls = 0;
  let behave: (call: number) => Behaviour = () => 'forward';
  let release = () => {};
  let released = Promise.resolve();
  let arrive = () => {};
  let arrived = Promise.resolve();
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    calls += 1;
    const behaviour = behave(calls);
    if (behaviour === 'crash') {
      request.socket.destroy();
      return;
    }
    if (behaviour === 'garbage') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>maintenance</html>');
      return;
    }
    if (behaviour === 'hold') {
      arrive();
      await released;
    }
    const url = new URL(request.url ?? '/', target.url);
    url.searchParams.set('limit', String(pageSize));
    const answer = await fetch(url, { headers: { authorization: request.headers.authorization ?? '' } });
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    /** Decides from now on what the n-th call (counted from now, from 1) gets. */
    behave(next: (call: number) => Behaviour) {
      calls = 0;
      behave = next;
      released = new Promise((resolve) => {
        release = resolve;
      });
      arrived = new Promise((resolve) => {
        arrive = resolve;
      });
    },
    arrived: () => arrived,
    release: () => release(),
    close: () =>
      new Promise<void>((resolve) => {
        release();
        server.close(() => resolve());
      }),
  };
}

describe.each(engines())('the P-job on %s (R-ASY-3)', (engine) => {
  let hq: RunningHq;
  let s01: RunningStore;
  let s02: RunningStore;
  let proxy: Awaited<ReturnType<typeof startStoreProxy>>;
  let office: BackOfficeClient;
  const numbers = { S01: 0, S02: 0 };

  /** Writes `n` async orders to a store's outbox, as its checkout does; answers their transaction ids. */
  const sell = async (store: RunningStore, storeId: 'S01' | 'S02', n: number) => {
    const rows = Array.from({ length: n }, () => outboxRow(storeId, ++numbers[storeId]));
    await store.database.db.insertInto('outbox').values(rows).execute();
    return rows.map((row) => row.transaction_id);
  };
  const pJob = async (body: unknown = {}) => {
    const reply = await office.call('POST', '/batch-jobs/p-job/run', body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.runs;
  };
  const staged = (storeId: string) =>
    hq.database.db
      .selectFrom('staged_transactions')
      .selectAll()
      .where('store_id', '=', storeId)
      .orderBy('sequence')
      .orderBy('transaction_id')
      .execute();
  const stagedIds = async (storeId: string) => (await staged(storeId)).map((row) => row.transaction_id);
  const watermark = async (storeId: string) =>
    (
      await hq.database.db
        .selectFrom('p_job_watermarks')
        .select('sequence')
        .where('store_id', '=', storeId)
        .executeTakeFirst()
    )?.sequence ?? 0;
  const sequenceAtStore = async (store: RunningStore, transactionId: string) =>
    (
      await store.database.db
        .selectFrom('outbox')
        .select('sequence')
        .where('transaction_id', '=', transactionId)
        .executeTakeFirstOrThrow()
    ).sequence;
  const endpoint = (storeId: string, url: string, secret: string) =>
    office.put(`/locations/${storeId}/endpoint`, { url, secret });
  const context = (): Hq => ({
    database: hq.database,
    payments: hq.payments,
    clock: () => Temporal.Now.instant(),
    newId: uuidv7,
  });

  beforeAll(async () => {
    hq = await startHq(engine);
    s01 = await startStore();
    s02 = await startStore(undefined, { storeId: 'S02', secret: S02_SECRET });
    proxy = await startStoreProxy(s01, 2);
    office = await signedIn(hq);
  });
  afterAll(async () => {
    await proxy.close();
    await s01.close();
    await s02.close();
    await hq.close();
  });
  // Every test starts from stores whose outboxes HQ has staged entirely, and staging it leaves alone.
  beforeEach(async () => {
    proxy.behave(() => 'forward');
    expect((await endpoint('S01', s01.url, STORE_SECRET)).status).toBe(204);
    expect((await endpoint('S02', s02.url, S02_SECRET)).status).toBe(204);
    expect((await pJob()).map((run: { status: string }) => run.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('pulls every new store transaction in order into pending staged transactions, one recorded run per store', async () => {
    const fromS01 = await sell(s01, 'S01', 5);
    const fromS02 = await sell(s02, 'S02', 3);
    const before = { S01: (await staged('S01')).length, S02: (await staged('S02')).length };

    const runs = await pJob();
    expect(runs).toEqual([
      expect.objectContaining({ job: 'p-job', storeId: 'S01', status: 'succeeded', rows: 5, error: null }),
      expect.objectContaining({ job: 'p-job', storeId: 'S02', status: 'succeeded', rows: 3, error: null }),
    ]);
    expect((await stagedIds('S01')).slice(before.S01)).toEqual(fromS01);
    expect((await stagedIds('S02')).slice(before.S02)).toEqual(fromS02);
    const first = (await staged('S01')).at(-5);
    expect(first).toMatchObject({
      transaction_id: fromS01[0],
      kind: 'createOrder',
      order_id: `S01-ORDER-${fromS01[0]?.split('-').at(-1)}`,
      status: 'pending',
      reason: null,
      sales_order_id: null,
    });
    expect(JSON.parse(first?.payload ?? '{}')).toMatchObject({
      customerNumber: 'C-1001',
      orderId: first?.order_id,
    });
    expect(await watermark('S01')).toBe(await sequenceAtStore(s01, fromS01[4] ?? ''));
    expect(await watermark('S02')).toBe(await sequenceAtStore(s02, fromS02[2] ?? ''));

    // The store keeps its outbox: HQ's watermark alone says what is new.
    expect(
      (await s01.database.db.selectFrom('outbox').select('transaction_id').execute()).map(
        (r) => r.transaction_id,
      ),
    ).toEqual(expect.arrayContaining(fromS01));

    const history = await office.get('/batch-jobs/runs?job=p-job&storeId=S02&limit=1');
    expect(history.status).toBe(200);
    expect(history.body.runs).toEqual([
      expect.objectContaining({ job: 'p-job', storeId: 'S02', status: 'succeeded', rows: 3 }),
    ]);
  });

  it('a rerun stages nothing new, and a new order is all the next run stages', async () => {
    await sell(s01, 'S01', 3);
    await pJob();
    const count = (await staged('S01')).length;
    expect(await pJob()).toEqual([
      expect.objectContaining({ storeId: 'S01', status: 'succeeded', rows: 0 }),
      expect.objectContaining({ storeId: 'S02', status: 'succeeded', rows: 0 }),
    ]);
    expect((await staged('S01')).length).toBe(count);

    const [next] = await sell(s01, 'S01', 1);
    expect((await pJob())[0]).toMatchObject({ storeId: 'S01', rows: 1 });
    expect((await stagedIds('S01')).at(-1)).toBe(next);
  });

  it('a watermark set back (HQ restored from an older backup) pulls the rows again and stages none twice', async () => {
    await sell(s01, 'S01', 4);
    await pJob();
    const ids = await stagedIds('S01');
    const at = await watermark('S01');
    await hq.database.db
      .updateTable('p_job_watermarks')
      .set({ sequence: 0 })
      .where('store_id', '=', 'S01')
      .execute();

    expect((await pJob())[0]).toMatchObject({ storeId: 'S01', status: 'succeeded', rows: 0 });
    expect(await stagedIds('S01')).toEqual(ids);
    expect(await watermark('S01')).toBe(at);
  });

  it('a store restored from an older copy of its outbox: the run fails saying so and moves the watermark back; the next run pulls what the store wrote since, and nothing twice', async () => {
    await sell(s01, 'S01', 4);
    await pJob();
    const before = await stagedIds('S01');
    const at = await watermark('S01');
    // The store's last two rows are lost with the restore, and its numbering goes back with them.
    await s01.database.db
      .deleteFrom('outbox')
      .where('sequence', '>', at - 2)
      .execute();
    await sql`update sqlite_sequence set seq = ${at - 2} where name = 'outbox'`.execute(s01.database.db);
    const [made] = await sell(s01, 'S01', 1);
    expect(await sequenceAtStore(s01, made as string)).toBe(at - 1);

    const [restored] = await pJob();
    expect(restored).toMatchObject({ storeId: 'S01', status: 'failed', rows: 0 });
    expect(restored.error).toMatch(
      new RegExp(`outbox ends at sequence ${at - 1}, before the ${at}.*restored`),
    );
    expect(await watermark('S01')).toBe(0);

    expect((await pJob())[0]).toMatchObject({ storeId: 'S01', status: 'succeeded', rows: 1 });
    expect(await stagedIds('S01')).toEqual(expect.arrayContaining([...before, made]));
    expect(await stagedIds('S01')).toHaveLength(before.length + 1);
    expect(await watermark('S01')).toBe(at - 1);
  });

  it('a store that dies on the second page: the first page is staged with the watermark at its last; the next run finishes', async () => {
    await endpoint('S01', proxy.url, STORE_SECRET);
    const before = await stagedIds('S01');
    const sold = await sell(s01, 'S01', 5);
    proxy.behave((call) => (call === 2 ? 'crash' : 'forward'));

    const [failed] = await pJob({ storeIds: ['S01'] });
    expect(failed).toMatchObject({ storeId: 'S01', status: 'failed', rows: 2 });
    expect(failed.error).toContain('unreachable');
    expect(await stagedIds('S01')).toEqual([...before, ...sold.slice(0, 2)]);
    expect(await watermark('S01')).toBe(await sequenceAtStore(s01, sold[1] ?? ''));

    proxy.behave(() => 'forward');
    expect(await pJob({ storeIds: ['S01'] })).toEqual([
      expect.objectContaining({ storeId: 'S01', status: 'succeeded', rows: 3 }),
    ]);
    expect(await stagedIds('S01')).toEqual([...before, ...sold]);
    expect(await watermark('S01')).toBe(await sequenceAtStore(s01, sold[4] ?? ''));
  });

  it('HQ failing between staging a page and moving its watermark keeps neither: nothing is lost or staged twice', async () => {
    await endpoint('S01', proxy.url, STORE_SECRET);
    const before = await stagedIds('S01');
    const sold = await sell(s01, 'S01', 5);
    // The second page's rows are inserted, then writing its watermark fails, as a crash there would.
    const crashAt = await sequenceAtStore(s01, sold[3] ?? '');
    if (engine.name === 'sqlite') {
      for (const event of ['insert', 'update']) {
        await sql
          .raw(
            `create trigger crash_on_watermark_${event} before ${event} on p_job_watermarks
             when new.sequence >= ${crashAt} begin select raise(abort, 'simulated crash'); end`,
          )
          .execute(hq.database.db);
      }
    } else {
      await sql
        .raw(
          `create function crash_on_watermark() returns trigger language plpgsql as $$
           begin if new.sequence >= ${crashAt} then raise exception 'simulated crash'; end if; return new; end $$;
           create trigger crash_on_watermark before insert or update on p_job_watermarks
           for each row execute function crash_on_watermark()`,
        )
        .execute(hq.database.db);
    }
    try {
      const [failed] = await pJob({ storeIds: ['S01'] });
      expect(failed).toMatchObject({ storeId: 'S01', status: 'failed', rows: 2 });
      expect(failed.error).toContain('simulated crash');
      expect(await stagedIds('S01')).toEqual([...before, ...sold.slice(0, 2)]);
      expect(await watermark('S01')).toBe(await sequenceAtStore(s01, sold[1] ?? ''));
    } finally {
      if (engine.name === 'sqlite') {
        await sql.raw('drop trigger crash_on_watermark_insert').execute(hq.database.db);
        await sql.raw('drop trigger crash_on_watermark_update').execute(hq.database.db);
      } else {
        await sql
          .raw('drop trigger crash_on_watermark on p_job_watermarks; drop function crash_on_watermark()')
          .execute(hq.database.db);
      }
    }
    expect((await pJob({ storeIds: ['S01'] }))[0]).toMatchObject({ status: 'succeeded', rows: 3 });
    expect(await stagedIds('S01')).toEqual([...before, ...sold]);
  });

  it('a store that cannot be reached, or refuses HQ, is recorded failed with the reason; the other store is still pulled', async () => {
    const fromS01 = await sell(s01, 'S01', 2);
    const fromS02 = await sell(s02, 'S02', 2);
    await endpoint('S01', 'http://127.0.0.1:9/', STORE_SECRET);
    const runs = await pJob();
    expect(runs).toEqual([
      expect.objectContaining({
        storeId: 'S01',
        status: 'failed',
        rows: 0,
        error: expect.stringContaining('unreachable'),
      }),
      expect.objectContaining({ storeId: 'S02', status: 'succeeded', rows: 2, error: null }),
    ]);
    expect((await stagedIds('S02')).slice(-2)).toEqual(fromS02);
    expect(await stagedIds('S01')).not.toContain(fromS01[0]);

    await endpoint('S01', s01.url, 'not-the-store-secret-at-all');
    const [refused] = await pJob({ storeIds: ['S01'] });
    expect(refused).toMatchObject({ status: 'failed', error: expect.stringContaining('401') });

    const history = await office.get('/batch-jobs/runs?job=p-job&storeId=S01&limit=2');
    expect(history.body.runs).toEqual([
      expect.objectContaining({ status: 'failed', error: expect.stringContaining('401') }),
      expect.objectContaining({ status: 'failed', error: expect.stringContaining('unreachable') }),
    ]);

    await endpoint('S01', s01.url, STORE_SECRET);
    expect((await pJob({ storeIds: ['S01'] }))[0]).toMatchObject({ status: 'succeeded', rows: 2 });
    expect((await stagedIds('S01')).slice(-2)).toEqual(fromS01);
  });

  it('a store answering something that is not a page is recorded failed, and nothing moves', async () => {
    await endpoint('S01', proxy.url, STORE_SECRET);
    await sell(s01, 'S01', 1);
    const at = await watermark('S01');
    proxy.behave(() => 'garbage');
    const [failed] = await pJob({ storeIds: ['S01'] });
    expect(failed).toMatchObject({ status: 'failed', rows: 0, error: expect.stringContaining('not a page') });
    expect(await watermark('S01')).toBe(at);
  });

  it('a malformed row is refused with its reason and nothing of its page is staged; once corrected at the store it is pulled', async () => {
    const before = await stagedIds('S01');
    const at = await watermark('S01');
    const sold = await sell(s01, 'S01', 4);
    const broken = sold[2] ?? '';
    const { payload } = await s01.database.db
      .selectFrom('outbox')
      .select('payload')
      .where('transaction_id', '=', broken)
      .executeTakeFirstOrThrow();
    const { lines: _lines, ...withoutLines } = JSON.parse(payload);
    await s01.database.db
      .updateTable('outbox')
      .set({ payload: JSON.stringify(withoutLines) })
      .where('transaction_id', '=', broken)
      .execute();

    const [refused] = await pJob({ storeIds: ['S01'] });
    expect(refused).toMatchObject({ storeId: 'S01', status: 'failed', rows: 0 });
    expect(refused.error).toContain(broken);
    expect(refused.error).toContain('payload.lines');
    expect(await stagedIds('S01')).toEqual(before);
    expect(await watermark('S01')).toBe(at);

    await s01.database.db
      .updateTable('outbox')
      .set({ payload })
      .where('transaction_id', '=', broken)
      .execute();
    expect((await pJob({ storeIds: ['S01'] }))[0]).toMatchObject({ status: 'succeeded', rows: 4 });
    expect(await stagedIds('S01')).toEqual([...before, ...sold]);
  });

  it('never runs twice at once: a second run while one runs gets 409 naming the job, and the schedule skips it', async () => {
    await endpoint('S01', proxy.url, STORE_SECRET);
    proxy.behave((call) => (call === 1 ? 'hold' : 'forward'));
    const running = office.call('POST', '/batch-jobs/p-job/run', { storeIds: ['S01'] });
    await proxy.arrived();
    const again = await office.call('POST', '/batch-jobs/p-job/run', {});
    expect(again.status, JSON.stringify(again.body)).toBe(409);
    expect(again.body).toMatchObject({
      code: 'JOB_RUNNING',
      field: 'job',
      message: expect.stringContaining('P-job'),
    });
    expect(
      (await office.put('/batch-jobs/schedules/p-job', { intervalSeconds: 10, enabled: true })).status,
    ).toBe(200);
    expect(await runDueJobs(context(), Temporal.Instant.from('2026-11-29T09:00:00Z'))).toEqual([]);

    proxy.release();
    const finished = await running;
    expect(finished.status).toBe(200);
    expect(finished.body.runs).toEqual([expect.objectContaining({ storeId: 'S01', status: 'succeeded' })]);
    await office.put('/batch-jobs/schedules/p-job', { intervalSeconds: null, enabled: true });
  });

  it('runs by its schedule, every interval after it last started', async () => {
    const [sold] = await sell(s02, 'S02', 1);
    const put = await office.put('/batch-jobs/schedules/p-job', { intervalSeconds: 60, enabled: true });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ job: 'p-job', intervalSeconds: 60, enabled: true });
    const t0 = Temporal.Instant.from('2026-12-01T09:00:00Z');

    const first = await runDueJobs(context(), t0);
    expect(first).toEqual([
      {
        job: 'p-job',
        runs: [
          expect.objectContaining({ storeId: 'S01', status: 'succeeded' }),
          expect.objectContaining({ storeId: 'S02', status: 'succeeded', rows: 1 }),
        ],
      },
    ]);
    expect((await stagedIds('S02')).at(-1)).toBe(sold);
    expect(await runDueJobs(context(), t0.add({ seconds: 59 }))).toEqual([]);
    expect((await runDueJobs(context(), t0.add({ seconds: 60 }))).map((run) => run.job)).toEqual(['p-job']);
    const schedules = (await office.get('/batch-jobs/schedules')).body.schedules;
    expect(schedules).toEqual([
      expect.objectContaining({
        job: 'p-job',
        lastStartedAt: '2026-12-01T09:01:00.000Z',
        nextRunAt: '2026-12-01T09:02:00.000Z',
      }),
      // Synchronize orders has its own schedule, manual only until one is set.
      expect.objectContaining({ job: 'synchronize-orders', intervalSeconds: null, nextRunAt: null }),
    ]);
    // The distribution schedules are their own.
    const distribution = (await office.get('/distribution/schedules')).body.schedules;
    expect(distribution.map((s: { job: string }) => s.job)).toEqual(['1010', '1040', '1060', '1070']);
    await office.put('/batch-jobs/schedules/p-job', { intervalSeconds: null, enabled: true });
  });

  it('the back office lists staged transactions by status and store, page by page, with status and reason', async () => {
    await sell(s01, 'S01', 3);
    await sell(s02, 'S02', 2);
    await pJob();
    const all = [...(await stagedIds('S01')), ...(await stagedIds('S02'))];

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const query: string = `/staged-transactions?status=pending&limit=4${after ? `&after=${after}` : ''}`;
      const page = await office.get(query);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      expect(page.body.transactions.length).toBeLessThanOrEqual(4);
      seen.push(...page.body.transactions.map((t: { transactionId: string }) => t.transactionId));
      after = page.body.next;
    } while (after);
    expect(seen).toEqual(all);

    const s02Page = await office.get('/staged-transactions?storeId=S02&limit=500');
    expect(s02Page.body.transactions.at(-1)).toMatchObject({
      storeId: 'S02',
      kind: 'createOrder',
      status: 'pending',
      reason: null,
      salesOrderId: null,
      payload: { customerNumber: 'C-1001' },
    });
    expect(s02Page.body.next).toBeNull();
    expect((await office.get('/staged-transactions?status=failed')).body).toEqual({
      transactions: [],
      next: null,
    });
    expect((await office.get('/staged-transactions?status=lost')).status).toBe(400);
    expect((await office.get('/staged-transactions?after=no-such-transaction')).body).toMatchObject({
      field: 'after',
    });

    const anonymous = backOfficeClient(hq, undefined);
    expect((await anonymous.get('/staged-transactions')).status).toBe(401);
    expect((await anonymous.get('/batch-jobs/runs')).status).toBe(401);
    expect((await anonymous.call('POST', '/batch-jobs/p-job/run', {})).status).toBe(401);
  });

  // Several HQ processes share one schedule only on PostgreSQL: on SQLite there is one HQ process.
  if (engine.name === 'postgres') {
    it('two HQ servers over one database: a manual run at one while the other runs the P-job gets 409', async () => {
      const otherDatabase = openDatabase({ postgresUrl: hq.database.postgresUrl ?? '' });
      const other = await buildHqServer({ database: otherDatabase });
      const otherUrl = await other.listen({ port: 0, host: '127.0.0.1' });
      try {
        await endpoint('S01', proxy.url, STORE_SECRET);
        proxy.behave((call) => (call === 1 ? 'hold' : 'forward'));
        const running = office.call('POST', '/batch-jobs/p-job/run', { storeIds: ['S01'] });
        await proxy.arrived();
        const token = (await signIn(hq, 'HQ-ADMIN', 'admin-password')).body.token;
        const otherOffice = backOfficeClient({ ...hq, url: otherUrl }, token);
        const refused = await otherOffice.call('POST', '/batch-jobs/p-job/run', {});
        expect(refused.status, JSON.stringify(refused.body)).toBe(409);
        expect(refused.body).toMatchObject({ code: 'JOB_RUNNING' });
        proxy.release();
        expect((await running).status).toBe(200);
      } finally {
        await other.close();
        await otherDatabase.close();
      }
    });
  }
});
