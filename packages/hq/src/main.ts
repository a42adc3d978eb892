import { join, resolve } from 'node:path';
import { type DatabaseLocation, migrate, openDatabase } from './db/database.ts';
import { buildHqServer } from './server.ts';

/**
 * Starts HQ from the environment: `DATABASE_URL=postgres://…` for PostgreSQL, otherwise SQLite in
 * `KASSA_DATA_DIR` (default `./data`); `PORT` (default 4000) and `HOST` (default 127.0.0.1);
 * `KASSA_SCHEDULER_TICK_MS` (default 5000; 0 turns the distribution schedule off in this process);
 * `KASSA_BACKOFFICE_DIR`, the built back office it serves at `/` (default packages/backoffice/dist).
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const location: DatabaseLocation = url?.startsWith('postgres')
    ? { postgresUrl: url }
    : { sqliteFile: join(process.env.KASSA_DATA_DIR ?? 'data', 'hq.sqlite') };
  const database = openDatabase(location);
  await migrate(database.db);
  const tickMs = Number(process.env.KASSA_SCHEDULER_TICK_MS ?? 5000);
  const app = await buildHqServer({
    database,
    logger: true,
    backOfficeDir: resolve(process.env.KASSA_BACKOFFICE_DIR || 'packages/backoffice/dist'),
    ...(tickMs > 0 ? { scheduler: { tickMs } } : {}),
  });
  const address = await app.listen({
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '127.0.0.1',
  });
  app.log.info(`HQ on ${database.engine}: back office at ${address}/, OpenAPI at ${address}/docs`);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
