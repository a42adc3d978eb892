import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrate, openDatabase } from '../packages/hq/src/db/database.ts';
import { DEMO_STAFF, DEMO_STORES, seedDemoData } from '../packages/hq/src/demo/demo-data.ts';

/**
 * `npm start`: HQ and the two demo stores as separate processes on embedded databases in ./data, with
 * demo data made on the first start and the distribution jobs run once, so the stores have their
 * configuration. Ctrl-C stops all three.
 */
const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.KASSA_DATA_DIR ?? join(root, 'data'));
const hqPort = Number(process.env.KASSA_HQ_PORT ?? 4000);
const hqUrl = `http://127.0.0.1:${hqPort}`;
// The stores listen 101 and 102 above HQ: 4101 and 4102 by default.
const storePort = (storeId: string) => hqPort + 101 + DEMO_STORES.findIndex((store) => store.id === storeId);
const storeUrl = (storeId: string) => `http://127.0.0.1:${storePort(storeId)}`;
const started = Date.now();
const children: ChildProcess[] = [];

function run(name: string, entry: string, env: Record<string, string>): void {
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const log = openSync(join(dataDir, 'logs', `${name}.log`), 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, entry)], {
    cwd: root,
    env: { ...process.env, KASSA_DATA_DIR: dataDir, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', log, log],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); see ${join(dataDir, 'logs', `${name}.log`)}`);
      stop(1);
    }
  });
  children.push(child);
}

/** Waits until a server answers anything at all (a 401 is an answer). */
async function ready(url: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

let stopping = false;
function stop(code = 0): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const url = process.env.DATABASE_URL;
  const database = openDatabase(
    url?.startsWith('postgres') ? { postgresUrl: url } : { sqliteFile: join(dataDir, 'hq.sqlite') },
  );
  await migrate(database.db);
  const seeded = await seedDemoData(database, storeUrl);
  await database.close();

  run('hq', 'packages/hq/src/main.ts', { PORT: String(hqPort) });
  for (const store of DEMO_STORES) {
    run(`store-${store.id}`, 'packages/store/src/main.ts', {
      STORE_ID: store.id,
      STORE_SECRET: store.secret,
      PORT: String(storePort(store.id)),
      HQ_URL: hqUrl,
    });
  }
  await Promise.all([
    ready(`${hqUrl}/docs/json`),
    ...DEMO_STORES.map((store) => ready(`${storeUrl(store.id)}/jobs/distribution`)),
  ]);

  const signIn = await fetch(`${hqUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffId: 'admin', password: 'kassa-admin' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const failed: string[] = [];
  for (const job of ['1010', '1040', '1060', '1070']) {
    const reply = await fetch(`${hqUrl}/api/distribution/${job}/run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    const { runs } = (await reply.json()) as {
      runs: { storeId: string; status: string; reason: string | null }[];
    };
    for (const r of runs) if (r.status !== 'applied') failed.push(`job ${job} at ${r.storeId}: ${r.reason}`);
  }

  console.log(`
Kassa is running (${seeded ? 'demo data created' : 'existing data'} in ${dataDir}), ready in ${((Date.now() - started) / 1000).toFixed(1)} s.

  HQ              ${hqUrl}   back-office API /api, real-time service /rts, OpenAPI ${hqUrl}/docs
${DEMO_STORES.map((store) => `  Store ${store.id} ${store.name.padEnd(9)} ${storeUrl(store.id)}   OpenAPI ${storeUrl(store.id)}/docs`).join('\n')}

Demo sign-ins (staff id / password):
${DEMO_STAFF.map((staff) => `  ${staff.id.padEnd(12)} ${staff.password.padEnd(14)} ${staff.name}`).join('\n')}

Distribution jobs 1010, 1040, 1060, 1070 ran once${failed.length ? `, with failures:\n  ${failed.join('\n  ')}` : ': every store has its configuration.'}
Logs in ${join(dataDir, 'logs')}. Ctrl-C stops HQ and both stores.
`);
}

main().catch((error: unknown) => {
  console.error(error);
  stop(1);
});
