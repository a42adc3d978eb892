import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import type { DistributionRun } from '../packages/contracts/src/distribution.ts';
import {
  DISTRIBUTION_JOBS,
  type DistributionJob,
} from '../packages/hq/src/app/distribution/record-change.ts';
import { migrate, openDatabase } from '../packages/hq/src/db/database.ts';
import { DEMO_STAFF, DEMO_STORES, seedDemoData } from '../packages/hq/src/demo/demo-data.ts';
import { buildServers } from './build-servers.ts';
import { buildWebApps } from './build-web-apps.ts';

/**
 * Kassa as real processes: HQ and the two demo stores, each its `main.ts` bundled and run on plain Node,
 * on demo data in a data directory, HQ serving the back office and the stores the POS, each as built from
 * its current sources.
 * `npm start` runs this, and so do the system tests and the store bench, so all of them start Kassa the
 * same way.
 */

export type StoreId = (typeof DEMO_STORES)[number]['id'];
export type { DistributionJob, DistributionRun };

export interface KassaOptions {
  /** HQ's SQLite file (unless `databaseUrl`) and the stores' channel databases. */
  readonly dataDir: string;
  /** Each process appends its output to `<logDir>/<name>.log`. */
  readonly logDir: string;
  /**
   * HQ's port; the stores listen 101 and 102 above it. Without it every process gets a port that was free
   * a moment ago, so suites running side by side do not collide.
   */
  readonly hqPort?: number;
  /** `postgres://…` puts HQ on PostgreSQL; otherwise it uses SQLite in `dataDir`. */
  readonly databaseUrl?: string;
  /** A process exited that nobody stopped (it crashed, or was signalled from outside). */
  readonly onUnexpectedExit?: (server: KassaProcess, how: string) => void;
}

/** One server process. Its port and data stay the same across stop and start. */
export interface KassaProcess {
  readonly name: string;
  readonly url: string;
  readonly logFile: string;
  /** The operating system's id of the process while it runs (to read its memory in /proc); else undefined. */
  readonly pid: number | undefined;
  /** Spawns the process again and waits until it answers; refused while it runs. */
  start(): Promise<void>;
  /** SIGTERM: the server closes its connections and database; waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a pulled plug: nothing gets to finish. Waits for the exit. */
  kill(): Promise<void>;
}

export interface JobRuns {
  readonly job: DistributionJob;
  /** One run per store, as HQ recorded it. */
  readonly runs: readonly DistributionRun[];
}

export interface Kassa {
  readonly hq: KassaProcess;
  readonly stores: Readonly<Record<StoreId, KassaProcess>>;
  /** False when the database had demo data already: it is made once. */
  readonly seeded: boolean;
  /** Runs each job once for every store through the back office, in order. */
  runDistributionJobs(jobs?: readonly DistributionJob[]): Promise<JobRuns[]>;
  /** A back-office session of the demo's head-office admin. */
  backOfficeToken(): Promise<string>;
  /** Stops every process that runs. */
  close(): Promise<void>;
}

const root = resolve(import.meta.dirname, '..');
const ALL_JOBS = Object.keys(DISTRIBUTION_JOBS) as DistributionJob[];
const ADMIN = DEMO_STAFF.find((staff) => staff.id === 'admin');

// A test runner that exits before its afterAll must not leave servers behind holding ports.
const alive = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of alive) child.kill('SIGKILL');
});

interface Ports {
  readonly hq: number;
  readonly stores: Readonly<Record<StoreId, number>>;
}

const byStore = <T>(value: (store: (typeof DEMO_STORES)[number], index: number) => T) =>
  Object.fromEntries(DEMO_STORES.map((store, index) => [store.id, value(store, index)])) as Record<
    StoreId,
    T
  >;

async function choosePorts(hqPort: number | undefined): Promise<Ports> {
  // The stores listen 101 and 102 above HQ: 4101 and 4102 for npm start.
  if (hqPort !== undefined) return { hq: hqPort, stores: byStore((_, index) => hqPort + 101 + index) };
  // Each port stays held until all are picked, so they differ.
  const held: Server[] = [];
  const hold = async () => {
    const server = createServer().listen(0, '127.0.0.1');
    held.push(server);
    await once(server, 'listening');
    return (server.address() as AddressInfo).port;
  };
  try {
    const hq = await hold();
    const stores: Partial<Record<StoreId, number>> = {};
    for (const store of DEMO_STORES) stores[store.id] = await hold();
    return { hq, stores: stores as Record<StoreId, number> };
  } finally {
    await Promise.all(held.map((server) => new Promise((closed) => server.close(closed))));
  }
}

function logTail(logFile: string): string {
  try {
    return readFileSync(logFile, 'utf8').slice(-3000);
  } catch {
    return '(no log)';
  }
}

/**
 * glibc's allocator otherwise keeps an arena per thread and every freed scrypt buffer of a sign-in
 * (16 MB each) for reuse: a store server that signed in 20 registers stays 60 MB heavier for good.
 */
const LEAN_MEMORY = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/**
 * A store server's live heap is some 30 MB; with V8's default young generation it lets garbage pile up
 * to well over 100 MB before collecting. A small one keeps it near what it uses, for a little more CPU.
 */
const STORE_HEAP = '--max-semi-space-size=2';

function serverProcess(
  name: string,
  bundle: string,
  port: number,
  env: Record<string, string>,
  options: KassaOptions,
): KassaProcess {
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(options.logDir, `${name}.log`);
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let stopping = false;

  const end = async (signal: NodeJS.Signals) => {
    if (!child) return;
    stopping = true;
    child.kill(signal);
    await exited;
  };

  const handle: KassaProcess = {
    name,
    url,
    logFile,
    get pid() {
      return child?.pid;
    },
    async start() {
      if (child) throw new Error(`${name} is running already`);
      const log = openSync(logFile, 'a');
      const spawned = spawn(process.execPath, ['--enable-source-maps', bundle], {
        cwd: root,
        env: {
          ...process.env,
          ...LEAN_MEMORY,
          KASSA_DATA_DIR: options.dataDir,
          HOST: '127.0.0.1',
          PORT: String(port),
          ...env,
        },
        stdio: ['ignore', log, log],
      });
      // The child has its own copy of the descriptor.
      closeSync(log);
      child = spawned;
      stopping = false;
      alive.add(spawned);
      let exit: string | undefined;
      exited = new Promise((done) => {
        spawned.once('exit', (code, signal) => {
          alive.delete(spawned);
          child = undefined;
          exit = signal ?? `exit code ${code}`;
          if (!stopping) options.onUnexpectedExit?.(handle, exit);
          done();
        });
      });
      // Any HTTP answer means it listens; a 404 is an answer.
      const deadline = Date.now() + 30_000;
      for (;;) {
        if (exit !== undefined)
          throw new Error(`${name} exited (${exit}) while starting:\n${logTail(logFile)}`);
        if (Date.now() > deadline) throw new Error(`${name} did not answer at ${url}:\n${logTail(logFile)}`);
        try {
          const answer = await fetch(url, { signal: AbortSignal.timeout(1000) });
          await answer.body?.cancel();
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
  return handle;
}

async function json<T>(reply: Response, what: string): Promise<T> {
  if (!reply.ok) throw new Error(`${what}: ${reply.status} ${await reply.text()}`);
  return (await reply.json()) as T;
}

/** Makes the demo data on first use of the database, then starts HQ and both stores and waits for them. */
export async function startKassa(options: KassaOptions): Promise<Kassa> {
  const ports = await choosePorts(options.hqPort);
  mkdirSync(options.dataDir, { recursive: true });
  mkdirSync(options.logDir, { recursive: true });

  // The stores' URLs go into HQ's configuration with the demo data, so the ports are known first.
  const database = openDatabase(
    options.databaseUrl
      ? { postgresUrl: options.databaseUrl }
      : { sqliteFile: join(options.dataDir, 'hq.sqlite') },
  );
  let seeded: boolean;
  try {
    await migrate(database.db);
    seeded = await seedDemoData(
      database,
      (storeId) => `http://127.0.0.1:${ports.stores[storeId as StoreId]}`,
    );
  } finally {
    await database.close();
  }

  const [bundles, apps] = await Promise.all([buildServers(root), buildWebApps(root)]);
  const hq = serverProcess(
    'hq',
    bundles.hq,
    ports.hq,
    { DATABASE_URL: options.databaseUrl ?? '', KASSA_BACKOFFICE_DIR: apps.backoffice },
    options,
  );
  const stores = byStore((store) =>
    serverProcess(
      `store-${store.id}`,
      bundles.store,
      ports.stores[store.id],
      {
        STORE_ID: store.id,
        STORE_SECRET: store.secret,
        HQ_URL: hq.url,
        KASSA_POS_DIR: apps.pos,
        NODE_OPTIONS: [process.env.NODE_OPTIONS, STORE_HEAP].filter(Boolean).join(' '),
      },
      options,
    ),
  );
  const all = [hq, ...Object.values(stores)];
  const close = async () => {
    await Promise.all(all.map((server) => server.stop()));
  };

  const started = await Promise.allSettled(all.map((server) => server.start()));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }

  let token: string | undefined;
  const backOfficeToken = async () => {
    if (!ADMIN) throw new Error('the demo data has no admin');
    token ??= (
      await json<{ token: string }>(
        await fetch(`${hq.url}/api/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ staffId: ADMIN.id, password: ADMIN.password }),
        }),
        'back-office sign-in',
      )
    ).token;
    return token;
  };

  return {
    hq,
    stores,
    seeded,
    backOfficeToken,
    async runDistributionJobs(jobs = ALL_JOBS) {
      const authorization = `Bearer ${await backOfficeToken()}`;
      const results: JobRuns[] = [];
      for (const job of jobs) {
        const { runs } = await json<{ runs: DistributionRun[] }>(
          await fetch(`${hq.url}/api/distribution/${job}/run`, {
            method: 'POST',
            headers: { authorization, 'content-type': 'application/json' },
            body: '{}',
          }),
          `distribution job ${job}`,
        );
        results.push({ job, runs });
      }
      return results;
    },
    close,
  };
}
