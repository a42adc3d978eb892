import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RegisterSession } from '@kassa/contracts';
import pg from 'pg';
import { type JobRuns, type Kassa, type StoreId, startKassa } from '../../../scripts/kassa-processes.ts';

export type { DistributionRun, StoreId } from '../../../scripts/kassa-processes.ts';

export interface Reply<T> {
  readonly status: number;
  /** Parsed JSON; the text when the reply is not JSON; '' when it is empty. */
  readonly body: T;
  readonly headers: Headers;
}

export interface RequestOptions {
  /** Sent after the client's own, so a test can replace the authorization too. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A POST gets a fresh UUID unless it is given one: a retry sends the key of its first attempt. */
  readonly idempotencyKey?: string;
}

/** JSON over HTTP below one base URL; `path` starts with `/` and may carry a query string. */
export interface HttpClient {
  get<T = unknown>(path: string, options?: RequestOptions): Promise<Reply<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<Reply<T>>;
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<Reply<T>>;
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<Reply<T>>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<Reply<T>>;
}

/** A register someone signed in to: every call carries the session's token. */
export interface RegisterClient extends HttpClient {
  readonly session: RegisterSession;
}

/** A store's POS API (/api), before anyone signs in. */
export interface StoreClient extends HttpClient {
  /** Signs in (R-SEC-1) or throws with the store's answer. */
  signIn(staffId: string, password: string, registerId: string): Promise<RegisterClient>;
}

export interface System {
  /** The processes: stop, kill and start HQ or a store mid-test. */
  readonly kassa: Kassa;
  /** Where HQ keeps its data, for a test that must reach past HQ into it. */
  readonly hqDatabase: { readonly postgresUrl: string } | { readonly sqliteFile: string };
  /** The distribution jobs run once at start, as `npm start` runs them, so the stores are configured. */
  readonly distribution: readonly JobRuns[];
  /** HQ's back-office API (/api) as the demo's head-office admin. */
  readonly backOffice: HttpClient;
  store(id: StoreId): StoreClient;
  /** Stops the processes and throws their data away. */
  close(): Promise<void>;
}

/** The body of a reply with `status`; otherwise throws with what came instead. */
export function bodyOf<T>(reply: Reply<T>, status: number, what: string): T {
  if (reply.status !== status)
    throw new Error(`${what}: ${reply.status} instead of ${status}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

function httpClient(baseUrl: string, authorization?: string): HttpClient {
  const send = async <T>(
    method: string,
    path: string,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<Reply<T>> => {
    const reply = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'POST' ? { 'idempotency-key': options.idempotencyKey ?? randomUUID() } : {}),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await reply.text();
    const json = text !== '' && reply.headers.get('content-type')?.includes('application/json');
    return { status: reply.status, body: (json ? JSON.parse(text) : text) as T, headers: reply.headers };
  };
  return {
    get: (path, options) => send('GET', path, undefined, options),
    post: (path, body, options) => send('POST', path, body, options),
    put: (path, body, options) => send('PUT', path, body, options),
    patch: (path, body, options) => send('PATCH', path, body, options),
    delete: (path, options) => send('DELETE', path, undefined, options),
  };
}

interface HqDatabase {
  /** Unset: HQ's SQLite file in the system's data directory. */
  readonly url?: string;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL database per system on the server at `adminUrl`; without one, SQLite. */
async function hqDatabase(adminUrl: string | undefined): Promise<HqDatabase> {
  if (!adminUrl) return { drop: async () => {} };
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `kassa_system_${randomUUID().replaceAll('-', '')}`;
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

export interface SystemOptions {
  /**
   * A PostgreSQL server (`postgres://…`) to put HQ on, in a database of its own; unset: SQLite in the
   * temporary directory. The tests take KASSA_TEST_PG_URL, as the HQ tests do.
   */
  readonly postgresServer?: string | undefined;
}

/**
 * HQ and both demo stores as processes on demo data in a fresh temporary directory (and database), with
 * the distribution jobs run. Start one per test file and share it: starting takes seconds.
 */
export async function startSystem(
  options: SystemOptions = { postgresServer: process.env.KASSA_TEST_PG_URL },
): Promise<System> {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-system-'));
  let kassa: Kassa | undefined;
  let database: HqDatabase | undefined;
  const close = async () => {
    await kassa?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    database = await hqDatabase(options.postgresServer);
    kassa = await startKassa({
      dataDir: join(dir, 'data'),
      logDir: join(dir, 'logs'),
      ...(database.url ? { databaseUrl: database.url } : {}),
      // The log goes with the directory at close, so show it while it is there.
      onUnexpectedExit: (server, how) =>
        console.error(
          `${server.name} exited unexpectedly (${how}):\n${readFileSync(server.logFile, 'utf8').slice(-3000)}`,
        ),
    });
    const started = kassa;
    const distribution = await started.runDistributionJobs();
    const backOffice = httpClient(`${started.hq.url}/api`, `Bearer ${await started.backOfficeToken()}`);
    return {
      kassa: started,
      hqDatabase: database.url
        ? { postgresUrl: database.url }
        : { sqliteFile: join(dir, 'data', 'hq.sqlite') },
      distribution,
      backOffice,
      store(id) {
        const baseUrl = `${started.stores[id].url}/api`;
        const anonymous = httpClient(baseUrl);
        return {
          ...anonymous,
          async signIn(staffId, password, registerId) {
            const reply = await anonymous.post<RegisterSession>('/sessions', {
              staffId,
              password,
              registerId,
            });
            if (reply.status !== 201) {
              throw new Error(
                `${staffId} cannot sign in at ${id}: ${reply.status} ${JSON.stringify(reply.body)}`,
              );
            }
            return { ...httpClient(baseUrl, `Bearer ${reply.body.token}`), session: reply.body };
          },
        };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
