import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOfJob, packageOf } from './distribution-fixtures.ts';
import { CASHIER, posClient, seedPos } from './pos-fixtures.ts';
import { hqClient, type RunningStore, startStore } from './store-server.ts';

const location = (id: string, kind: 'store' | 'warehouse', name: string) => ({
  entity: 'location' as const,
  key: id,
  payload: {
    id,
    kind,
    name,
    address: { name, street: 'Straat 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' },
    timeZone: 'Europe/Amsterdam',
    shipsFrom: null,
  },
});

describe('what a register chooses a delivery from (R-CRE-2)', () => {
  let store: RunningStore;
  beforeAll(async () => {
    // 23:30 UTC is already the next day in Amsterdam.
    store = await startStore({ now: '2026-11-27T23:30:00Z' });
    await seedPos(store);
    const channel = packageOf('1070', 0, [
      ...entriesOfJob('1070', 'created'),
      location('DC1', 'warehouse', 'Distribution centre'),
      location('S01', 'store', 'Amsterdam'),
      {
        entity: 'modeOfDelivery',
        key: 'PICKUP',
        payload: { code: 'PICKUP', name: 'Pick up in store', kind: 'pickup' },
      },
    ]);
    expect((await hqClient(store).post('/jobs/distribution', channel)).status).toBe(200);
  });
  afterAll(() => store.close());

  it("R-CRE-2 the stores to pick up at (this one first, no warehouse), the shipping modes only, and today's date at the store", async () => {
    const pos = posClient(store);
    const token = await pos.tokenOf(CASHIER);
    const reply = await pos.call('GET', '/api/delivery-options', { token });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      today: '2026-11-28',
      pickupStores: [
        { id: 'S01', name: 'Amsterdam' },
        { id: 'S02', name: 'Utrecht' },
      ],
      shippingModes: [{ code: 'STANDARD', name: 'Standard shipping' }],
    });
  });

  it('R-SEC-1 is answered to a signed-in register only', async () => {
    expect((await posClient(store).call('GET', '/api/delivery-options')).status).toBe(401);
  });
});
