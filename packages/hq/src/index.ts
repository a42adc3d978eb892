export { migrate, openDatabase } from './db/database.ts';
export { buildHqServer, type HqServerOptions } from './server.ts';
