import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOfJob, packageOf } from './distribution-fixtures.ts';
import { CASHIER, posClient, seedPos } from './pos-fixtures.ts';
import { hqClient, type RunningStore, startStore } from './store-server.ts';

describe('the Commerce parameters a register reads (R-PAR-1, for R-RET-3)', () => {
  let store: RunningStore;
  beforeAll(async () => {
    store = await startStore();
    await seedPos(store);
  });
  afterAll(() => store.close());

  it('R-PAR-1 are refused until job 1070 brought them, then answered as the store has them', async () => {
    const pos = posClient(store);
    const token = await pos.tokenOf(CASHIER);
    const before = await pos.call('GET', '/api/commerce-parameters', { token });
    expect(before.status).toBe(409);
    expect(before.body).toMatchObject({ code: 'NOT_CONFIGURED' });

    const channel = packageOf('1070', 0, entriesOfJob('1070', 'created'));
    expect((await hqClient(store).post('/jobs/distribution', channel)).status).toBe(200);
    const after = await pos.call('GET', '/api/commerce-parameters', { token });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ refundShippingCharges: true, maxShippingRefundWithoutApproval: 1500 });
  });

  it('R-SEC-1 are answered to a signed-in register only', async () => {
    expect((await posClient(store).call('GET', '/api/commerce-parameters')).status).toBe(401);
  });
});
