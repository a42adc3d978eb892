/**
 * The find-order benchmark (`npm run bench`): on each engine, an HQ database with KASSA_BENCH_ORDERS
 * orders of 3 lines (default 1,000,000; seeded by seed-orders.ts, or reused when a database of that size
 * is already there), the real HQ server on an ephemeral port, and GET /rts/orders over HTTP as store
 * S01: by order number, by the beginning of a customer's name, the "to pick up here" preset, and by store
 * and status together. Prints p50 and p95 per query and engine and writes them to
 * bench-results/find-orders.json. Target: p95 < 30 ms.
 *
 * KASSA_BENCH_ORDERS      orders to seed (default 1000000)
 * KASSA_BENCH_ENGINES     sqlite,postgres (default both)
 * KASSA_BENCH_PG_URL      the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/); the bench
 *                         uses its database kassa_bench
 * KASSA_BENCH_REQUESTS    measured requests per query (default 300), after 50 of warm-up
 * KASSA_BENCH_RESEED=1    seed again even when a database of the right size exists
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseLocation, type Engine, migrate, openDatabase } from '../src/db/database.ts';
import { buildHqServer } from '../src/server.ts';
import { SECRETS } from '../test/seed.ts';
import { type SeedReport, seededSize, seedPostgres, seedSqlite } from './seed-orders.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RESULTS = join(ROOT, 'bench-results', 'find-orders.json');
const TARGET_P95_MS = 30;
const WARM_UP = 50;
const STATUSES = ['open', 'delivered', 'cancelled', 'quote'] as const;

const orders = Number(process.env.KASSA_BENCH_ORDERS ?? 1_000_000);
const requests = Number(process.env.KASSA_BENCH_REQUESTS ?? 300);
const engines = (process.env.KASSA_BENCH_ENGINES ?? 'sqlite,postgres').split(',') as Engine[];
const pgServer = process.env.KASSA_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const reseed = process.env.KASSA_BENCH_RESEED === '1';
if (!Number.isInteger(orders) || orders < 1000) throw new Error('KASSA_BENCH_ORDERS: at least 1000');

interface Figures {
  readonly requests: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly meanRows: number;
}

interface EngineResult {
  readonly engine: Engine;
  readonly seeded: { readonly seconds: number; readonly at: string } | 'reused';
  readonly queries: Record<string, Figures>;
}

function locationOf(engine: Engine): DatabaseLocation {
  if (engine === 'sqlite') return { sqliteFile: join(ROOT, 'data', 'bench', `hq-${orders}.sqlite`) };
  const url = new URL(pgServer);
  url.pathname = '/kassa_bench';
  return { postgresUrl: url.toString() };
}

async function ensureSeeded(engine: Engine, location: DatabaseLocation): Promise<SeedReport | undefined> {
  if (!reseed && (await seededSize(location)) === orders) {
    console.log(`${engine}: reusing the database of ${orders.toLocaleString('en')} orders`);
    return undefined;
  }
  console.log(`${engine}: seeding ${orders.toLocaleString('en')} orders…`);
  const report =
    'sqliteFile' in location
      ? await seedSqlite(location.sqliteFile, { orders })
      : await seedPostgres(location.postgresUrl, { orders });
  console.log(
    `${engine}: seeded ${report.orders.toLocaleString('en')} orders, ${report.lines.toLocaleString('en')} lines, ` +
      `${report.customers.toLocaleString('en')} customers in ${report.seconds.toFixed(1)} s`,
  );
  return report;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function benchEngine(engine: Engine): Promise<EngineResult> {
  const location = locationOf(engine);
  const seed = await ensureSeeded(engine, location);
  const database = openDatabase(location);
  await migrate(database.db);
  const app = await buildHqServer({ database });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    // Random existing orders, and the beginning of their customers' names: the first name and at
    // least the first two letters of the rest, as an associate types it ("anna van d").
    const numbers = Array.from(
      { length: WARM_UP + requests },
      () => `SO-${String(1 + Math.floor(Math.random() * orders)).padStart(6, '0')}`,
    );
    const names = await database.db
      .selectFrom('orders')
      .select(['number', 'customer_name'])
      .where('number', 'in', [...new Set(numbers)])
      .execute();
    const nameOf = new Map(names.map((row) => [row.number, row.customer_name]));
    const prefixes = numbers.map((number) => {
      const name = nameOf.get(number) ?? '';
      const shortest = Math.min(name.length, name.indexOf(' ') + 3);
      return name.slice(0, shortest + Math.floor(Math.random() * (name.length - shortest + 1)));
    });
    const queries: Record<string, (i: number) => string> = {
      byNumber: (i) => `number=${numbers[i]}`,
      byCustomerName: (i) => `customer=${encodeURIComponent(prefixes[i] ?? '')}`,
      toPickUpHere: () => 'preset=toPickUpHere',
      // Every store with every status in turn, the rare ones (a cancelled order at S02) too.
      byStoreAndStatus: (i) =>
        `storeId=${i % 2 === 0 ? 'S01' : 'S02'}&status=${STATUSES[Math.floor(i / 2) % STATUSES.length]}`,
    };
    const headers = { authorization: `Bearer S01:${SECRETS.S01}` };
    const results: Record<string, Figures> = {};
    for (const [name, query] of Object.entries(queries)) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < WARM_UP + requests; i++) {
        const started = performance.now();
        const response = await fetch(`${url}/rts/orders?${query(i)}`, { headers });
        const body = (await response.json()) as { orders?: unknown[] };
        const elapsed = performance.now() - started;
        if (response.status !== 200 || !body.orders?.length) {
          throw new Error(`${engine} ${name} ${query(i)}: ${response.status} ${JSON.stringify(body)}`);
        }
        if (i >= WARM_UP) {
          times.push(elapsed);
          rows += body.orders.length;
        }
      }
      times.sort((a, b) => a - b);
      results[name] = {
        requests: times.length,
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        p99: round(percentile(times, 99)),
        max: round(times.at(-1) ?? Number.NaN),
        meanRows: round(rows / times.length),
      };
    }
    return {
      engine,
      seeded: seed ? { seconds: round(seed.seconds), at: new Date().toISOString() } : 'reused',
      queries: results,
    };
  } finally {
    await app.close();
    await database.close();
  }
}

/** The previous run's seeding time for the same engine and size, when this run reused its database. */
function previousSeed(engine: Engine): EngineResult['seeded'] {
  try {
    const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as {
      orders: number;
      engines: EngineResult[];
    };
    const seeded = previous.orders === orders && previous.engines.find((e) => e.engine === engine)?.seeded;
    return seeded || 'reused';
  } catch {
    return 'reused';
  }
}

const results: EngineResult[] = [];
for (const engine of engines) {
  const result = await benchEngine(engine);
  results.push(result.seeded === 'reused' ? { ...result, seeded: previousSeed(engine) } : result);
}

console.log(
  `\nfind orders over HTTP (GET /rts/orders as S01), ${orders.toLocaleString('en')} orders × 3 lines, ` +
    `${requests} requests per query after ${WARM_UP} of warm-up; target p95 < ${TARGET_P95_MS} ms`,
);
console.log(
  `${'engine'.padEnd(10)}${'query'.padEnd(18)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}  rows`,
);
let missed = 0;
for (const result of results) {
  for (const [name, figures] of Object.entries(result.queries)) {
    const ok = figures.p95 < TARGET_P95_MS;
    if (!ok) missed++;
    console.log(
      `${result.engine.padEnd(10)}${name.padEnd(18)}${figures.p50.toFixed(2).padStart(9)}` +
        `${figures.p95.toFixed(2).padStart(9)}${figures.p99.toFixed(2).padStart(9)}  ${figures.meanRows}` +
        `${ok ? '' : '  (misses the target)'}`,
    );
  }
  const seeded = result.seeded === 'reused' ? 'reused' : `${result.seeded.seconds.toFixed(1)} s`;
  console.log(`${result.engine.padEnd(10)}seeding: ${seeded}`);
}
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      benchmark: 'find-orders',
      at: new Date().toISOString(),
      orders,
      linesPerOrder: 3,
      requestsPerQuery: requests,
      warmUp: WARM_UP,
      targetP95Ms: TARGET_P95_MS,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
      engines: results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${RESULTS}`);
if (missed > 0) process.exitCode = 1;
