import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoreConfig } from '../src/config.ts';

describe('the store server configuration', () => {
  const env = { STORE_ID: 'S01', STORE_SECRET: 'amsterdam-store-secret-0001' };

  it('puts the channel database in KASSA_DATA_DIR as store-<id>.sqlite, with defaults for the rest', () => {
    expect(readStoreConfig({ ...env, KASSA_DATA_DIR: '/var/kassa' })).toEqual({
      storeId: 'S01',
      secret: 'amsterdam-store-secret-0001',
      databaseFile: join('/var/kassa', 'store-S01.sqlite'),
      port: 4100,
      host: '127.0.0.1',
      hqUrl: 'http://127.0.0.1:4000',
      posDir: resolve('packages/pos/dist'),
    });
    expect(
      readStoreConfig({
        ...env,
        PORT: '4101',
        HOST: '0.0.0.0',
        HQ_URL: 'http://hq:4000',
        KASSA_POS_DIR: '/srv/kassa/pos',
      }),
    ).toMatchObject({
      databaseFile: join('data', 'store-S01.sqlite'),
      port: 4101,
      host: '0.0.0.0',
      hqUrl: 'http://hq:4000',
      posDir: '/srv/kassa/pos',
    });
  });

  it.each([
    ['STORE_ID', { STORE_SECRET: env.STORE_SECRET }],
    ['STORE_SECRET', { STORE_ID: 'S01' }],
    ['STORE_SECRET', { ...env, STORE_SECRET: 'short' }],
    ['STORE_ID', { ...env, STORE_ID: '../S01' }],
    ['PORT', { ...env, PORT: 'eighty' }],
    ['HQ_URL', { ...env, HQ_URL: 'ftp://hq' }],
  ])('refuses to start without a valid %s, naming it', (name, given) => {
    expect(() => readStoreConfig(given)).toThrow(name);
  });
});
