/**
 * The async-orders benchmark (`npm run bench`, alone with `KASSA_BENCH=async-orders`): Kassa as real
 * processes (HQ and both demo stores, as `npm start` runs them, on fresh demo data in a temporary
 * directory), first with HQ on SQLite, then on PostgreSQL. KASSA_BENCH_ASYNC_ORDERS async orders of 3 lines
 * each (half at S01, half at S02) are written straight into the stores' outboxes, as the stores write them
 * in async mode (R-ASY-2): one picked up at the store, one picked up at the other store, one carried out,
 * the deposit (10 %) and the carry-out line paid in cash. Then it times, through the back office:
 *
 *   P-job              POST /api/batch-jobs/p-job/run               outbox rows staged at HQ per second
 *   Synchronize orders POST /api/batch-jobs/synchronize-orders/run  sales orders made per second
 *   end to end         both, one after the other                     orders per second
 *
 * and checks that there are exactly N more sales orders, N staged rows succeeded and none failed.
 *
 * The ceiling: in the same run, the very rows Synchronize orders wrote (orders, order lines, ledger entries,
 * invoices, history) are read back and inserted again under fresh ids (an `X` before every id and number)
 * with plain multi-row INSERTs, 200 orders per transaction as Synchronize does, together with what it
 * updates (the staged rows, the stock rows, the number sequences), one statement per table per batch.
 * Only the writing is timed. The ratio synchronize/ceiling says how much of the database's write rate the
 * application uses. Targets: ≥ 2,000 orders/s end to end on PostgreSQL, and ≥ 50 % of the ceiling.
 *
 * Prints a table and writes bench-results/async-orders.json.
 *
 * KASSA_BENCH_ASYNC_ORDERS  orders (default 100000)
 * KASSA_BENCH_ENGINES       sqlite,postgres (default both, in that order)
 * KASSA_BENCH_PG_URL        the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/); the bench
 *                           drops and re-creates its database kassa_bench_async there
 * KASSA_BENCH_KEEP=1        keep the temporary directory (databases, the servers' logs); it is kept anyway
 *                           when the run fails
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentOf } from '@kassa/domain';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import {
  cpuSecondsOf,
  freshPostgresDatabase,
  inDays,
  raiseStock,
  round,
} from '../../../scripts/bench-kit.ts';
import { startKassa } from '../../../scripts/kassa-processes.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RESULTS = join(ROOT, 'bench-results', 'async-orders.json');
const TARGET_END_TO_END_PG = 2000;
const TARGET_CEILING_RATIO = 0.5;
/** Orders per transaction, as Synchronize orders makes them (synchronize-orders.ts). */
const BATCH = 200;

const orders = Number(process.env.KASSA_BENCH_ASYNC_ORDERS ?? 100_000);
const engines = (process.env.KASSA_BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((e) => e.trim());
const pgServer = process.env.KASSA_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const keep = process.env.KASSA_BENCH_KEEP === '1';
if (!Number.isInteger(orders) || orders < 2 || orders % 2 !== 0)
  throw new Error('KASSA_BENCH_ASYNC_ORDERS: an even number, 2 or more');
for (const engine of engines) {
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error('KASSA_BENCH_ENGINES: sqlite,postgres');
}

/** The demo's products and prices (demo-data.ts). */
const PRODUCTS: readonly (readonly [string, number])[] = [
  ['TENT-2P', 19999],
  ['TENT-4P', 44900],
  ['BOOT-42', 12950],
  ['BOOT-38', 12950],
  ['BAG-60L', 8995],
  ['MAT-SELF', 5495],
  ['STOVE-GAS', 3995],
  ['LAMP-HEAD', 2495],
  ['BOOK-WAD', 2495],
  ['MAP-VELUWE', 1295],
];
const CUSTOMERS = ['C-1001', 'C-1002', 'C-1003', 'C-1004'];
const CASHIER_PERMISSIONS = ['createOrder', 'editOrder', 'findOrders', 'pickUp', 'cancel', 'return'];
const STORES = ['S01', 'S02'] as const;
/** Far above what any run sells, so no line waits for stock. */
const STOCK = 10_000_000;
const DEPOSIT_PERCENT = 10;

const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

/** POST over node:http: a long job must not meet fetch's 300 s wait for the headers. */
function post(url: string, token: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const text = JSON.stringify(body);
  return new Promise((done, failed) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const answer = Buffer.concat(chunks).toString('utf8');
          try {
            done({ status: res.statusCode ?? 0, body: answer === '' ? null : JSON.parse(answer) });
          } catch {
            done({ status: res.statusCode ?? 0, body: answer });
          }
        });
        res.on('error', failed);
      },
    );
    req.on('error', failed);
    req.end(text);
  });
}

/**
 * Writes `count` outbox rows into a store's database as the store writes them in async mode
 * (create-async-order.ts), in transactions of 10,000. The store runs meanwhile: WAL lets it.
 */
function fillOutbox(file: string, storeId: string, count: number): void {
  const db = new Sqlite(file);
  db.pragma('busy_timeout = 10000');
  const other = storeId === 'S01' ? 'S02' : 'S01';
  const insert = db.prepare(
    'insert into outbox (transaction_id, kind, order_id, confirmation_number, payload, created_at) values (?, ?, ?, ?, ?, ?)',
  );
  const here = inDays(3);
  const there = inDays(5);
  const write = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const [a, priceA] = PRODUCTS[n % PRODUCTS.length] as readonly [string, number];
      const [b, priceB] = PRODUCTS[(n + 3) % PRODUCTS.length] as readonly [string, number];
      const [c, priceC] = PRODUCTS[(n + 6) % PRODUCTS.length] as readonly [string, number];
      const orderId = randomUUID();
      const confirmationNumber = `${storeId}-R01-${String(n + 1).padStart(6, '0')}`;
      const createdAt = new Date().toISOString();
      const payload = {
        actor: { staffId: `${storeId}-cashier`, registerId: 'R01', permissions: CASHIER_PERMISSIONS },
        type: 'customerOrder',
        customerNumber: CUSTOMERS[n % CUSTOMERS.length],
        lines: [
          { sku: a, quantity: 1, delivery: { kind: 'pickup', storeId, date: here } },
          { sku: b, quantity: 1, delivery: { kind: 'pickup', storeId: other, date: there } },
          { sku: c, quantity: 1, delivery: { kind: 'carryOut' } },
        ],
        payments: [{ method: 'cash', amount: percentOf(priceA + priceB, DEPOSIT_PERCENT) + priceC }],
        orderId,
        confirmationNumber,
        createdAt,
      };
      insert.run(
        randomUUID(),
        'createOrder',
        orderId,
        confirmationNumber,
        JSON.stringify(payload),
        createdAt,
      );
    }
  });
  try {
    for (let from = 0; from < count; from += 10_000) write(from, Math.min(count, from + 10_000));
  } finally {
    db.close();
  }
}

/** Just enough of a database connection for the checks and the ceiling, on either engine. */
interface Raw {
  readonly engine: 'sqlite' | 'postgres';
  /** `$n` placeholders are written as `?` for SQLite. */
  all(text: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  run(text: string, params?: readonly unknown[]): Promise<void>;
  close(): Promise<void>;
}

async function openRaw(engine: 'sqlite' | 'postgres', where: string): Promise<Raw> {
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: where });
    await client.connect();
    return {
      engine,
      all: async (text, params = []) => (await client.query(text, params as unknown[])).rows,
      run: async (text, params = []) => {
        await client.query(text, params as unknown[]);
      },
      close: () => client.end(),
    };
  }
  // As HQ opens it (database.ts): every commit waits for the disk.
  const db = new Sqlite(where);
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = on');
  const sqliteText = (text: string) => text.replace(/\$\d+/g, '?');
  return {
    engine,
    all: async (text, params = []) =>
      db.prepare(sqliteText(text)).all(...(params as unknown[])) as Record<string, unknown>[],
    run: async (text, params = []) => {
      const statement = db.prepare(sqliteText(text));
      if (statement.reader) statement.all(...(params as unknown[]));
      else statement.run(...(params as unknown[]));
    },
    close: async () => {
      db.close();
    },
  };
}

const count = async (raw: Raw, text: string, params: readonly unknown[] = []) =>
  Number((await raw.all(text, params))[0]?.n ?? Number.NaN);

/** `($1, $2), ($3, $4)` for `rows` rows of `width` values. */
function valuesList(rows: number, width: number, offset = 0): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const marks: string[] = [];
    for (let c = 0; c < width; c++) marks.push(`$${offset + r * width + c + 1}`);
    tuples.push(`(${marks.join(', ')})`);
  }
  return tuples.join(', ');
}

/** The tables Synchronize orders inserts into for a new order (order-records.ts saveOutcome), in FK order. */
const INSERTED = ['orders', 'invoices', 'order_lines', 'ledger_entries', 'order_history'] as const;
/** Columns that are ids, numbers or codes with a unique index: the copy gets `X` before each. */
const RENAMED = new Set(['id', 'order_id', 'number', 'confirmation_number', 'pickup_code', 'invoice_id']);

interface CeilingFigures {
  readonly orders: number;
  readonly rows: Record<string, number>;
  readonly writeMs: number;
  /** Of writeMs, by statement: each table's INSERTs, the stock and sequence updates, the staged rows, commit. */
  readonly msBy: Record<string, number>;
  readonly ordersPerSecond: number;
}

/**
 * The ceiling: the rows Synchronize orders wrote, read back batch by batch (not timed) and written again
 * under fresh ids with one multi-row INSERT per table per transaction of BATCH orders, plus the updates it
 * makes (its staged rows, the stock rows it moved, the number sequences) as one statement each (timed).
 */
async function measureCeiling(raw: Raw): Promise<CeilingFigures> {
  const staged = await raw.all(
    "select transaction_id, order_id from staged_transactions where status = 'succeeded' order by store_id, sequence",
  );
  const rows: Record<string, number> = Object.fromEntries(INSERTED.map((table) => [table, 0]));
  let writeMs = 0;
  const msBy: Record<string, number> = {};
  const timed = async (what: string, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    msBy[what] = (msBy[what] ?? 0) + performance.now() - started;
  };
  const at = new Date().toISOString();
  for (let start = 0; start < staged.length; start += BATCH) {
    const batch = staged.slice(start, start + BATCH);
    const ids = batch.map((row) => String(row.order_id));
    const transactionIds = batch.map((row) => String(row.transaction_id));
    const idList = valuesList(1, ids.length).slice(1, -1);
    const column = (table: string) => (table === 'orders' ? 'id' : 'order_id');
    const read: Record<string, Record<string, unknown>[]> = {};
    for (const table of INSERTED) {
      read[table] = await raw.all(`select * from ${table} where ${column(table)} in (${idList})`, ids);
    }
    const lines = read.order_lines ?? [];
    const stock = new Map<string, { locationId: string; sku: string }>();
    for (const line of lines) {
      const key = { locationId: String(line.location_id), sku: String(line.sku) };
      stock.set(`${key.locationId}\u0000${key.sku}`, key);
    }
    const sortedStock = [...stock.values()].sort((a, b) =>
      a.locationId === b.locationId ? (a.sku < b.sku ? -1 : 1) : a.locationId < b.locationId ? -1 : 1,
    );
    const invoices = read.invoices?.length ?? 0;

    const started = performance.now();
    await raw.run('begin');
    try {
      // Synchronize's order of locks: stock rows, then the number sequences, then the inserts.
      await timed('stock', async () => {
        for (const key of sortedStock) {
          await raw.run(
            'update stock set reserved = reserved + 0, updated_at = $1 where location_id = $2 and sku = $3',
            [at, key.locationId, key.sku],
          );
        }
      });
      await timed('sequences', async () => {
        await raw.run("update sequences set next_value = next_value + $1 where name = 'order'", [
          batch.length,
        ]);
        if (invoices > 0) {
          await raw.run("update sequences set next_value = next_value + $1 where name = 'invoice'", [
            invoices,
          ]);
        }
      });
      for (const table of INSERTED) {
        const tableRows = read[table] ?? [];
        if (tableRows.length === 0) continue;
        const columns = Object.keys(tableRows[0] as object);
        const values: unknown[] = [];
        for (const row of tableRows) {
          for (const name of columns) {
            const value = row[name];
            values.push(RENAMED.has(name) && typeof value === 'string' ? `X${value}` : value);
          }
        }
        await timed(table, () =>
          raw.run(
            `insert into ${table} (${columns.join(', ')}) values ${valuesList(tableRows.length, columns.length)}`,
            values,
          ),
        );
        rows[table] = (rows[table] ?? 0) + tableRows.length;
      }
      await timed('staged_transactions', () =>
        raw.run(
          `update staged_transactions set status = 'succeeded', updated_at = $1 where transaction_id in (${valuesList(1, transactionIds.length, 1).slice(1, -1)})`,
          [at, ...transactionIds],
        ),
      );
      await timed('commit', () => raw.run('commit'));
    } catch (error) {
      await raw.run('rollback');
      throw error;
    }
    writeMs += performance.now() - started;
  }
  return {
    orders: staged.length,
    rows,
    writeMs: round(writeMs),
    msBy: Object.fromEntries(Object.entries(msBy).map(([what, ms]) => [what, round(ms)])),
    ordersPerSecond: rate(staged.length, writeMs),
  };
}

interface EngineResult {
  readonly engine: string;
  readonly outboxFillMs: number;
  readonly pJob: { readonly ms: number; readonly rows: number; readonly ordersPerSecond: number };
  readonly synchronize: { readonly ms: number; readonly rows: number; readonly ordersPerSecond: number };
  readonly endToEnd: { readonly ms: number; readonly ordersPerSecond: number };
  readonly salesOrders: number;
  readonly stagedFailed: number;
  readonly firstFailures: string[];
  readonly ceiling: CeilingFigures;
  readonly synchronizeOfCeiling: number;
  readonly hqCpuSeconds: { readonly pJob: number; readonly synchronize: number };
}

async function benchEngine(engine: 'sqlite' | 'postgres', dataDir: string): Promise<EngineResult> {
  const databaseUrl =
    engine === 'postgres' ? await freshPostgresDatabase(pgServer, 'kassa_bench_async') : undefined;
  console.log(`\n${engine}: starting HQ and stores S01, S02 in ${dataDir}`);
  let died = '';
  const kassa = await startKassa({
    dataDir,
    logDir: join(dataDir, 'logs'),
    ...(databaseUrl ? { databaseUrl } : {}),
    onUnexpectedExit: (server, how) => {
      died = `${server.name} stopped during the bench (${how}); see ${server.logFile}`;
      console.error(died);
    },
  });
  let raw: Raw | undefined;
  try {
    const jobs = await kassa.runDistributionJobs();
    const notApplied = jobs.flatMap(({ job, runs }) =>
      runs.filter((run) => run.status !== 'applied').map((run) => `${job} at ${run.storeId}: ${run.reason}`),
    );
    if (notApplied.length > 0) throw new Error(`distribution jobs failed:\n  ${notApplied.join('\n  ')}`);
    await raiseStock(
      kassa,
      PRODUCTS.map(([sku]) => sku),
      STOCK,
    );
    raw = await openRaw(engine, databaseUrl ?? join(dataDir, 'hq.sqlite'));
    const ordersBefore = await count(raw, 'select count(*) as n from orders');

    console.log(`${engine}: writing ${orders.toLocaleString('en')} orders into the outboxes of S01 and S02…`);
    const fillStart = performance.now();
    for (const storeId of STORES) fillOutbox(join(dataDir, `store-${storeId}.sqlite`), storeId, orders / 2);
    const outboxFillMs = round(performance.now() - fillStart);

    const token = await kassa.backOfficeToken();
    const hqPid = kassa.hq.pid;
    console.log(`${engine}: P-job…`);
    const cpu0 = cpuSecondsOf(hqPid);
    const pStart = performance.now();
    const pReply = await post(`${kassa.hq.url}/api/batch-jobs/p-job/run`, token, {});
    const pMs = performance.now() - pStart;
    const cpu1 = cpuSecondsOf(hqPid);
    if (pReply.status !== 200) throw new Error(`P-job: ${pReply.status} ${JSON.stringify(pReply.body)}`);
    const runs = (pReply.body as { runs: { status: string; rows: number; error: string | null }[] }).runs;
    const failedRuns = runs.filter((run) => run.status !== 'succeeded');
    if (failedRuns.length > 0) throw new Error(`P-job runs failed: ${JSON.stringify(failedRuns)}`);
    const staged = runs.reduce((sum, run) => sum + run.rows, 0);
    if (staged !== orders) throw new Error(`P-job staged ${staged} rows, not ${orders}`);
    console.log(
      `${engine}: P-job staged ${staged} rows in ${(pMs / 1000).toFixed(1)} s; Synchronize orders…`,
    );

    const sStart = performance.now();
    const sReply = await post(`${kassa.hq.url}/api/batch-jobs/synchronize-orders/run`, token, {});
    const sMs = performance.now() - sStart;
    const cpu2 = cpuSecondsOf(hqPid);
    if (sReply.status !== 200)
      throw new Error(`Synchronize orders: ${sReply.status} ${JSON.stringify(sReply.body)}`);
    const run = (sReply.body as { run: { status: string; rows: number; error: string | null } }).run;
    if (run.status !== 'succeeded') throw new Error(`Synchronize orders failed: ${run.error}`);
    console.log(
      `${engine}: Synchronize orders settled ${run.rows} in ${(sMs / 1000).toFixed(1)} s; checking…`,
    );

    const salesOrders = (await count(raw, 'select count(*) as n from orders')) - ordersBefore;
    const stagedFailed = await count(
      raw,
      "select count(*) as n from staged_transactions where status <> 'succeeded'",
    );
    const firstFailures = (
      await raw.all("select reason from staged_transactions where status = 'failed' limit 5")
    ).map((row) => String(row.reason));
    const problems: string[] = [];
    if (salesOrders !== orders) problems.push(`${salesOrders} sales orders made, not ${orders}`);
    if (stagedFailed !== 0)
      problems.push(`${stagedFailed} staged rows not succeeded: ${firstFailures.join('; ')}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));

    console.log(
      `${engine}: the ceiling (the same rows again, plain multi-row INSERTs, ${BATCH} orders a transaction)…`,
    );
    const ceiling = await measureCeiling(raw);
    const synchronizeRate = rate(orders, sMs);
    if (died) throw new Error(died);
    return {
      engine,
      outboxFillMs,
      pJob: { ms: round(pMs), rows: staged, ordersPerSecond: rate(orders, pMs) },
      synchronize: { ms: round(sMs), rows: run.rows, ordersPerSecond: synchronizeRate },
      endToEnd: { ms: round(pMs + sMs), ordersPerSecond: rate(orders, pMs + sMs) },
      salesOrders,
      stagedFailed,
      firstFailures,
      ceiling,
      synchronizeOfCeiling: round(synchronizeRate / ceiling.ordersPerSecond),
      hqCpuSeconds: { pJob: round(cpu1 - cpu0), synchronize: round(cpu2 - cpu1) },
    };
  } finally {
    await raw?.close();
    await kassa.close();
  }
}

const root = mkdtempSync(join(tmpdir(), 'kassa-bench-async-'));
const loadBefore = loadavg();
const results: EngineResult[] = [];
let failed = false;
try {
  for (const engine of engines as ('sqlite' | 'postgres')[]) {
    results.push(await benchEngine(engine, join(root, engine)));
  }
} catch (error) {
  failed = true;
  console.error(error);
}

if (results.length > 0) {
  console.log(
    `\nasync orders: ${orders.toLocaleString('en')} orders of 3 lines staged at S01 and S02, ` +
      `Synchronize orders ${BATCH} a transaction`,
  );
  const head = ['engine', 'P-job/s', 'sync/s', 'end-to-end/s', 'ceiling/s', 'sync/ceiling', 'P s', 'sync s'];
  console.log(head.map((h, i) => (i === 0 ? h.padEnd(10) : h.padStart(13))).join(''));
  for (const r of results) {
    console.log(
      [
        r.engine.padEnd(10),
        String(r.pJob.ordersPerSecond).padStart(13),
        String(r.synchronize.ordersPerSecond).padStart(13),
        String(r.endToEnd.ordersPerSecond).padStart(13),
        String(r.ceiling.ordersPerSecond).padStart(13),
        `${Math.round(r.synchronizeOfCeiling * 100)} %`.padStart(13),
        (r.pJob.ms / 1000).toFixed(1).padStart(13),
        (r.synchronize.ms / 1000).toFixed(1).padStart(13),
      ].join(''),
    );
  }
  for (const r of results) {
    console.log(
      `${r.engine}: HQ CPU ${r.hqCpuSeconds.pJob} s in the P-job, ${r.hqCpuSeconds.synchronize} s in Synchronize ` +
        `(${Math.round((r.hqCpuSeconds.synchronize / (r.synchronize.ms / 1000)) * 100)} % of one core); ` +
        `ceiling rows ${JSON.stringify(r.ceiling.rows)} in ${(r.ceiling.writeMs / 1000).toFixed(1)} s, ms by statement ${JSON.stringify(r.ceiling.msBy)}`,
    );
  }
}
const postgres = results.find((r) => r.engine === 'postgres');
const pass = {
  endToEndPostgres: postgres ? postgres.endToEnd.ordersPerSecond >= TARGET_END_TO_END_PG : null,
  ceilingRatio: results.every((r) => r.synchronizeOfCeiling >= TARGET_CEILING_RATIO),
};
console.log(
  `targets: end to end on PostgreSQL ≥ ${TARGET_END_TO_END_PG}/s: ${pass.endToEndPostgres ?? 'not run'}; ` +
    `synchronize ≥ ${TARGET_CEILING_RATIO * 100} % of the ceiling: ${pass.ceilingRatio}`,
);
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      benchmark: 'async-orders',
      at: new Date().toISOString(),
      settings: { orders, linesPerOrder: 3, ordersPerTransaction: BATCH, engines },
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? '',
        node: process.version,
        loadAverageBefore: loadBefore.map(round),
        loadAverageAfter: loadavg().map(round),
      },
      results,
      targets: {
        endToEndPostgresPerSecond: TARGET_END_TO_END_PG,
        synchronizeOfCeiling: TARGET_CEILING_RATIO,
      },
      pass,
      failed,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${RESULTS}`);
if (failed || pass.endToEndPostgres === false || !pass.ceilingRatio) process.exitCode = 1;
if (failed) console.error(`async-orders bench FAILED; databases and logs kept in ${root}`);
else if (keep) console.log(`databases and logs kept in ${root}`);
else rmSync(root, { recursive: true, force: true });
