import { join, resolve } from 'node:path';
import { z } from 'zod';

/** What a store server is told at start (environment variables, by name). */
const Environment = z.object({
  // An id is also part of a file name: letters, digits, - and _ only.
  STORE_ID: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a store id of letters, digits, - and _'),
  STORE_SECRET: z.string().min(16, 'at least 16 characters, as HQ requires').max(200),
  KASSA_DATA_DIR: z.string().min(1).default('data'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4100),
  HOST: z.string().min(1).default('127.0.0.1'),
  HQ_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000'),
  KASSA_POS_DIR: z.string().min(1).default('packages/pos/dist'),
});

export interface StoreConfig {
  readonly storeId: string;
  readonly secret: string;
  /** The channel database: `<KASSA_DATA_DIR>/store-<id>.sqlite`. */
  readonly databaseFile: string;
  readonly port: number;
  readonly host: string;
  /** Where HQ answers, for the real-time service (used once the store calls HQ). */
  readonly hqUrl: string;
  /** The built POS, served at `/`: `KASSA_POS_DIR`, by default packages/pos/dist of the working directory. */
  readonly posDir: string;
}

/** Reads the configuration, or throws naming every variable that is missing or wrong. */
export function readStoreConfig(env: Readonly<Record<string, string | undefined>>): StoreConfig {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`the store server cannot start: ${problems.join('; ')}`);
  }
  const { STORE_ID, STORE_SECRET, KASSA_DATA_DIR, PORT, HOST, HQ_URL, KASSA_POS_DIR } = parsed.data;
  return {
    storeId: STORE_ID,
    secret: STORE_SECRET,
    databaseFile: join(KASSA_DATA_DIR, `store-${STORE_ID}.sqlite`),
    port: PORT,
    host: HOST,
    hqUrl: HQ_URL,
    posDir: resolve(KASSA_POS_DIR),
  };
}
