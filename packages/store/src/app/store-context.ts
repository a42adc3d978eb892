import type { Temporal } from 'temporal-polyfill';
import type { ChannelDatabase } from '../db/database.ts';

/** What every use case of the store server may depend on, given explicitly (STYLE.md 10). */
export interface Store {
  readonly storeId: string;
  /** The secret HQ presents when it calls this store (R-SEC-4). */
  readonly secret: string;
  readonly database: ChannelDatabase;
  readonly clock: () => Temporal.Instant;
}
