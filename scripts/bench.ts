import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';

/**
 * `npm run bench`: every benchmark in turn, each in a process of its own so one's memory and open
 * servers do not weigh on the next. `npm run bench -- store` or `KASSA_BENCH=store` runs one (several:
 * `store,find-orders`). Each prints its figures and writes them to bench-results/; the exit code is 1
 * when any of them failed or missed a target.
 */
const BENCHES: Readonly<Record<string, { file: string; env?: Record<string, string> }>> = {
  // The short ones first: their figures come in minutes, before the long seeding of find-orders.
  store: { file: 'packages/store/bench/create-orders.bench.ts' },
  'store-capacity': {
    file: 'packages/store/bench/create-orders.bench.ts',
    env: { KASSA_BENCH_PAUSE_MS: '0' },
  },
  'store-async': {
    file: 'packages/store/bench/create-orders.bench.ts',
    env: { KASSA_BENCH_ORDER_MODE: 'async' },
  },
  'async-orders': { file: 'packages/hq/bench/async-orders.bench.ts' },
  'async-crash': { file: 'packages/system-tests/bench/async-orders-crash.bench.ts' },
  'find-orders': { file: 'packages/hq/bench/find-orders.bench.ts' },
};
type Bench = string;
const ALIASES: Readonly<Record<string, Bench>> = { 'create-orders': 'store', hq: 'find-orders' };

const root = resolve(import.meta.dirname, '..');
const asked = (process.argv[2] ?? process.env.KASSA_BENCH ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '');
const unknown = asked.filter((name) => !(name in BENCHES) && !(name in ALIASES));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; there are: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const chosen =
  asked.length > 0
    ? asked.map((name) => ALIASES[name] ?? (name as Bench))
    : (Object.keys(BENCHES) as Bench[]);

const failed: string[] = [];
for (const bench of chosen) {
  const { file, env = {} } = BENCHES[bench] as { file: string; env?: Record<string, string> };
  console.log(`\n=== bench ${bench} (${file}) ===`);
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, file)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) failed.push(`${bench} (${signal ?? `exit code ${code}`})`);
}
if (failed.length > 0) {
  console.error(`\nbenches that failed or missed a target: ${failed.join(', ')}`);
  process.exitCode = 1;
}
