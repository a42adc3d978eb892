import { readStoreConfig } from './config.ts';
import { migrate, openChannelDatabase } from './db/database.ts';
import { buildStoreServer } from './server.ts';

/**
 * Starts one store server from the environment: `STORE_ID` and `STORE_SECRET` (required), the channel
 * database in `KASSA_DATA_DIR` (default `./data`) as `store-<id>.sqlite`, `PORT` (default 4100), `HOST`
 * (default 127.0.0.1), `HQ_URL` (default http://127.0.0.1:4000) and `KASSA_POS_DIR`, the built POS it
 * serves at `/` (default packages/pos/dist).
 */
async function main(): Promise<void> {
  const config = readStoreConfig(process.env);
  const database = openChannelDatabase(config.databaseFile);
  await migrate(database.db);
  const app = await buildStoreServer({
    database,
    storeId: config.storeId,
    secret: config.secret,
    hqUrl: config.hqUrl,
    posDir: config.posDir,
    logger: true,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `store ${config.storeId} on ${config.databaseFile}: POS at ${address}/, OpenAPI at ${address}/docs; HQ at ${config.hqUrl}`,
  );
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
