import { join, resolve } from 'node:path';
import { DEMO_STAFF, DEMO_STORES } from '../packages/hq/src/demo/demo-data.ts';
import { type Kassa, startKassa } from './kassa-processes.ts';

/**
 * `npm start`: HQ and the two demo stores as separate processes on embedded databases in ./data, with
 * demo data made on the first start and the distribution jobs run once, so the stores have their
 * configuration. Ctrl-C stops all three.
 */
const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.KASSA_DATA_DIR ?? join(root, 'data'));
const logDir = join(dataDir, 'logs');
const started = Date.now();
let kassa: Kassa | undefined;
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await kassa?.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

/** Who may sign in to the back office: the demo's staff in the head-office group. */
const headOffice = DEMO_STAFF.filter((staff) => (staff.groups as readonly string[]).includes('HeadOffice'));

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  kassa = await startKassa({
    dataDir,
    logDir,
    hqPort: Number(process.env.KASSA_HQ_PORT ?? 4000),
    ...(url?.startsWith('postgres') ? { databaseUrl: url } : {}),
    onUnexpectedExit: (server, how) => {
      if (stopping) return;
      console.error(`${server.name} stopped (${how}); see ${server.logFile}`);
      void stop(1);
    },
  });
  const { hq, stores } = kassa;
  const jobs = await kassa.runDistributionJobs();
  const failed = jobs.flatMap(({ job, runs }) =>
    runs
      .filter((run) => run.status !== 'applied')
      .map((run) => `job ${job} at ${run.storeId}: ${run.reason}`),
  );

  console.log(`
Kassa is running (${kassa.seeded ? 'demo data created' : 'existing data'} in ${dataDir}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s.

  Back office     ${hq.url}/   for head-office staff (${headOffice.map((staff) => staff.id).join(', ')})
  HQ              ${hq.url}   back-office API /api, real-time service /rts, OpenAPI ${hq.url}/docs
${DEMO_STORES.map((store) => `  POS ${store.id} ${store.name.padEnd(11)} ${stores[store.id].url}/   OpenAPI ${stores[store.id].url}/docs`).join('\n')}

Demo sign-ins (staff id / password):
${DEMO_STAFF.map((staff) => `  ${staff.id.padEnd(12)} ${staff.password.padEnd(14)} ${staff.name}`).join('\n')}

Distribution jobs ${jobs.map(({ job }) => job).join(', ')} ran once${failed.length ? `, with failures:\n  ${failed.join('\n  ')}` : ': every store has its configuration.'}
Logs in ${logDir}. Ctrl-C stops HQ and both stores.
`);
}

main().catch((error: unknown) => {
  console.error(error);
  void stop(1);
});
