import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export { transact } from '@kassa/server-kit';
export type Trx = Transaction<Database>;
