export { migrate, openChannelDatabase } from './db/database.ts';
export { buildStoreServer, type StoreServerOptions } from './server.ts';
