import type { Temporal } from 'temporal-polyfill';
import type { ChannelDatabase } from '../db/database.ts';
import type { RtsClient } from '../hq/rts-client.ts';

/** What every use case of the store server may depend on, given explicitly (STYLE.md 10). */
export interface Store {
  readonly storeId: string;
  /** The secret HQ presents when it calls this store (R-SEC-4). */
  readonly secret: string;
  readonly database: ChannelDatabase;
  /** HQ's real-time service, which every order operation goes to in sync mode (R-ASY-1). */
  readonly rts: RtsClient;
  readonly clock: () => Temporal.Instant;
  readonly newId: () => string;
}
