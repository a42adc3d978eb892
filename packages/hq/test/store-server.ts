import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStoreServer, migrate, openChannelDatabase } from '@kassa/store';
import type { FastifyInstance } from 'fastify';

export const STORE_SECRET = 'S01-store-server-secret';

/**
 * A real store server (S01 unless told) over a real channel database, on an ephemeral port, calling HQ
 * at `hqUrl`.
 */
export async function startStore(
  hqUrl = 'http://127.0.0.1:9',
  { storeId = 'S01', secret = STORE_SECRET }: { storeId?: string; secret?: string } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-store-'));
  const database = openChannelDatabase(join(dir, `store-${storeId}.sqlite`));
  await migrate(database.db);
  const app: FastifyInstance = await buildStoreServer({
    database,
    storeId,
    secret,
    hqUrl,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    database,
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type RunningStore = Awaited<ReturnType<typeof startStore>>;

/**
 * A store endpoint that holds every package of `job` until released, then answers 503: a job that is
 * still running, for as long as a test needs. `arrived` resolves when the first package came in.
 */
export async function startHoldingStore(job: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', async () => {
      if (body.includes(`"job":"${job}"`)) {
        arrive();
        await released;
      }
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'HELD', message: 'held by the test' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    arrived,
    release,
    close: () =>
      new Promise<void>((resolve) => {
        release();
        server.close(() => resolve());
      }),
  };
}
