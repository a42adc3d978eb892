import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { type ChannelDatabase, migrate, openChannelDatabase } from '../src/db/database.ts';
import { buildStoreServer } from '../src/server.ts';

export const STORE_ID = 'S01';
export const SECRET = 'amsterdam-store-secret-0001';

export interface RunningStore {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly database: ChannelDatabase;
  /** The SQLite file of the channel database. */
  readonly file: string;
  /** Moves the store's clock. */
  setNow(iso: string): void;
  /** Stops the server and closes the database, keeping the file. */
  stop(): Promise<void>;
  /** Stops and throws the database away. */
  close(): Promise<void>;
}

/**
 * A real store server on an ephemeral port over a channel database in a fresh temporary directory, or
 * over `file` when given (a restart).
 */
export async function startStore({
  now = '2026-11-27T10:00:00Z',
  file,
  // Nothing listens here: a store started alone finds HQ unreachable.
  hqUrl = 'http://127.0.0.1:9',
  posDir,
}: {
  now?: string;
  file?: string;
  hqUrl?: string;
  posDir?: string;
} = {}): Promise<RunningStore> {
  const dir = file ? undefined : mkdtempSync(join(tmpdir(), 'kassa-store-'));
  const databaseFile = file ?? join(dir ?? '', `store-${STORE_ID}.sqlite`);
  const database = openChannelDatabase(databaseFile);
  await migrate(database.db);
  let instant = Temporal.Instant.from(now);
  const app = await buildStoreServer({
    database,
    storeId: STORE_ID,
    secret: SECRET,
    hqUrl,
    ...(posDir ? { posDir } : {}),
    clock: () => instant,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const stop = async () => {
    await app.close();
    await database.close();
  };
  return {
    url,
    app,
    database,
    file: databaseFile,
    setNow: (iso) => {
      instant = Temporal.Instant.from(iso);
    },
    stop,
    async close() {
      await stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a reply's shape is what the tests assert, not what they assume.
type Json = any;

/** Calls the store's job endpoints as HQ would, over real HTTP, with the store's credential unless told otherwise. */
export function hqClient(store: RunningStore, { authorization = `Bearer ${STORE_ID}:${SECRET}` } = {}) {
  const headers: Record<string, string> = authorization ? { authorization } : {};
  const call = async (method: string, path: string, body?: string, contentType = 'application/json') => {
    const response = await fetch(`${store.url}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': contentType },
      ...(body === undefined ? {} : { body }),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, JSON.stringify(body)),
    /** Sends the body as it is: malformed JSON, another content type. */
    raw: (path: string, body: string, contentType?: string) => call('POST', path, body, contentType),
  };
}
