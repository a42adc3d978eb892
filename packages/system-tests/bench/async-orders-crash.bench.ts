/**
 * The reliability bench of async orders (`npm run bench -- async-crash`): the crash scenario of the system
 * test async-orders-crash.test.ts with many more kills. HQ and both demo stores as real processes; a
 * register at each store sells KASSA_BENCH_CRASH_ORDERS head lamps with HQ stopped (R-PRO-3, R-ASY-2), then
 * HQ is killed (SIGKILL) KASSA_BENCH_CRASHES times at random moments of the P-job and Synchronize orders, in
 * turn, and started again each time; the jobs run once more, and HQ must hold exactly one sales order per
 * order, every staged transaction Succeeded and every ledger balanced (R-ASY-3, R-ASY-4, R-MON-5).
 *
 * Prints the tally and writes bench-results/async-orders-crash.json; exits 1 on any loss, duplicate,
 * unfinished staged transaction or ledger imbalance.
 *
 * KASSA_BENCH_CRASHES          kills of HQ (default 50)
 * KASSA_BENCH_CRASH_ORDERS     orders each store makes before the kills (default 100)
 * KASSA_BENCH_CRASH_ORDERS_PER_ROUND  orders each store makes while HQ is down after each kill, so every
 *                              run of a job has work to be cut in (default 10)
 * KASSA_BENCH_KILL_WITHIN_MS   each kill comes at a random moment within this many ms of a job's start
 *                              (default 150)
 * KASSA_BENCH_PG_URL           a PostgreSQL server (or KASSA_TEST_PG_URL, as the system tests take it): HQ
 *                              runs there in a fresh database of its own; without either, on SQLite
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crashHqWhileSynchronizing, describeTally } from '../src/async-orders-crash.ts';
import { type System, startSystem } from '../src/system.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RESULTS = join(ROOT, 'bench-results', 'async-orders-crash.json');

const kills = Number(process.env.KASSA_BENCH_CRASHES ?? 50);
const perStore = Number(process.env.KASSA_BENCH_CRASH_ORDERS ?? 100);
const perRound = Number(process.env.KASSA_BENCH_CRASH_ORDERS_PER_ROUND ?? 10);
const withinMs = Number(process.env.KASSA_BENCH_KILL_WITHIN_MS ?? 150);
const postgresServer = process.env.KASSA_BENCH_PG_URL || process.env.KASSA_TEST_PG_URL || undefined;
if (!Number.isInteger(kills) || kills < 1) throw new Error('KASSA_BENCH_CRASHES: a whole number, 1 or more');
if (!Number.isInteger(perStore) || perStore < 1)
  throw new Error('KASSA_BENCH_CRASH_ORDERS: a whole number, 1 or more');
if (!(withinMs > 0)) throw new Error('KASSA_BENCH_KILL_WITHIN_MS: a positive number');
const engine = postgresServer ? 'postgres' : 'sqlite';

const seconds = (ms: number) => Math.round(ms / 100) / 10;
let system: System | undefined;
try {
  const started = performance.now();
  console.log(
    `async crash bench: HQ on ${engine === 'postgres' ? `PostgreSQL (${new URL(postgresServer as string).host})` : 'SQLite'}, ` +
      `${perStore} orders per store, ${kills} kills of HQ within ${withinMs} ms of a job's start…`,
  );
  system = await startSystem({ postgresServer });
  const run = await crashHqWhileSynchronizing(system, {
    registerId: 'R1',
    perStore,
    perRound,
    kills,
    withinMs,
  });
  const totalMs = performance.now() - started;
  const { tally, verdict } = run;
  const pass =
    verdict.salesOrders === verdict.expected &&
    verdict.lost.length === 0 &&
    verdict.duplicates.length === 0 &&
    verdict.notSucceeded.length === 0 &&
    verdict.ledgerImbalances.length === 0;

  console.log(`\nHQ killed (SIGKILL) during the P-job and Synchronize orders, HQ on ${engine}`);
  console.log(`kills             ${describeTally(tally)}`);
  console.log(`orders made       ${run.confirmations.length} at S01 and S02 with HQ stopped`);
  console.log(
    `between the kills ${run.doneBetweenKills.staged} rows staged by the P-job, ` +
      `${run.doneBetweenKills.salesOrders} sales orders made by Synchronize orders; the rest by the final runs`,
  );
  console.log(`sales orders      ${verdict.salesOrders} at the end (${verdict.expected} expected)`);
  console.log(`duplicates        ${verdict.duplicates.length}`);
  console.log(`lost              ${verdict.lost.length}`);
  console.log(`not succeeded     ${verdict.notSucceeded.length} staged transactions`);
  console.log(`ledger imbalances ${verdict.ledgerImbalances.length}`);
  console.log(
    `time              ${seconds(totalMs)} s: selling ${seconds(run.ms.selling)} s, kills and restarts ` +
      `${seconds(run.ms.crashes)} s, checks ${seconds(run.ms.checks)} s`,
  );
  for (const [what, list] of [
    ['lost', verdict.lost],
    ['duplicated', verdict.duplicates],
    ['not succeeded', verdict.notSucceeded],
    ['imbalanced', verdict.ledgerImbalances],
  ] as const) {
    if (list.length > 0) console.error(`  ${what}: ${JSON.stringify(list.slice(0, 10))}`);
  }

  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        benchmark: 'async-orders-crash',
        at: new Date().toISOString(),
        settings: { engine, kills, ordersPerStore: perStore, killWithinMs: withinMs },
        machine: { cpus: cpus().length, node: process.version, loadAverageAfter: loadavg() },
        tally,
        ordersMade: run.confirmations.length,
        doneBetweenKills: run.doneBetweenKills,
        verdict: {
          ...verdict,
          lost: verdict.lost.length,
          duplicates: verdict.duplicates.length,
          notSucceeded: verdict.notSucceeded.length,
          ledgerImbalances: verdict.ledgerImbalances.length,
          firstProblems: {
            lost: verdict.lost.slice(0, 10),
            duplicates: verdict.duplicates.slice(0, 10),
            notSucceeded: verdict.notSucceeded.slice(0, 10),
            ledgerImbalances: verdict.ledgerImbalances.slice(0, 10),
          },
        },
        seconds: {
          total: seconds(totalMs),
          selling: seconds(run.ms.selling),
          crashes: seconds(run.ms.crashes),
          checks: seconds(run.ms.checks),
        },
        pass,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwritten to ${RESULTS}`);
  if (!pass) {
    console.error('\nASYNC ORDERS LOST, DUPLICATED OR UNBALANCED');
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  console.error('async crash bench FAILED');
  process.exitCode = 1;
} finally {
  await system?.close();
}
