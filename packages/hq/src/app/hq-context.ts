import type { Temporal } from 'temporal-polyfill';
import type { HqDatabase } from '../db/database.ts';
import type { PaymentConnector } from '../payments/payment-connector.ts';

/** What every use case of HQ depends on, passed explicitly (STYLE.md 10): tests control time and ids. */
export interface Hq {
  readonly database: HqDatabase;
  readonly payments: PaymentConnector;
  readonly clock: () => Temporal.Instant;
  readonly newId: () => string;
}
