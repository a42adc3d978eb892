import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { packageOf } from './distribution-fixtures.ts';
import { CASHIER, MANAGER, posClient, REGISTER, seedPos } from './pos-fixtures.ts';
import { hqClient, type RunningStore, startStore } from './store-server.ts';

const basic = (staffId: string, password: string) => Buffer.from(`${staffId}:${password}`).toString('base64');

describe('permissions on the server and the manager override (R-SEC-1, R-SEC-2)', () => {
  let store: RunningStore;
  let pos: ReturnType<typeof posClient>;
  let cashier: string;
  beforeAll(async () => {
    store = await startStore();
    await seedPos(store);
    pos = posClient(store);
    cashier = await pos.tokenOf(CASHIER);
  });
  beforeEach(() => store.database.db.deleteFrom('sign_in_attempts').execute());
  afterAll(() => store.close());

  const check = (body: unknown, headers: Record<string, string> = {}) =>
    pos.call('POST', '/api/authorizations', { token: cashier, body, headers });

  it('R-SEC-1 a permission the groups grant is granted without an approver', async () => {
    const reply = await check({ permission: 'createOrder' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      permission: 'createOrder',
      staffId: CASHIER.staffId,
      registerId: REGISTER,
      approvedBy: null,
    });
  });

  it('R-SEC-1 a permission missing is a 403 naming it', async () => {
    const reply = await check({ permission: 'overrideDeposit' });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'FORBIDDEN', rule: 'R-SEC-1', permission: 'overrideDeposit' });
    expect(reply.body.message).toContain('staff S01-CASHIER has no permission overrideDeposit');
  });

  it('R-SEC-2 a manager override in the body grants for that one call and names the approver', async () => {
    const approved = await check({
      permission: 'overrideDeposit',
      managerOverride: { staffId: MANAGER.staffId, password: MANAGER.password },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toEqual({
      permission: 'overrideDeposit',
      staffId: CASHIER.staffId,
      registerId: REGISTER,
      approvedBy: MANAGER.staffId,
    });
    // The next call without the manager's credentials is the cashier's alone again.
    expect((await check({ permission: 'overrideDeposit' })).status).toBe(403);
    // What the cashier holds needs no approver even when a manager is present.
    const own = await check({
      permission: 'pickUp',
      managerOverride: { staffId: MANAGER.staffId, password: MANAGER.password },
    });
    expect(own.body.approvedBy).toBeNull();
  });

  it('R-SEC-2 the override may come as a header, base64 of staffId:password', async () => {
    const reply = await check(
      { permission: 'approveRefundOverLimit' },
      { 'x-manager-override': basic(MANAGER.staffId, MANAGER.password) },
    );
    expect(reply.status).toBe(200);
    expect(reply.body.approvedBy).toBe(MANAGER.staffId);
    const malformed = await check(
      { permission: 'approveRefundOverLimit' },
      { 'x-manager-override': 'bm9jb2xvbg==' },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ field: 'x-manager-override', rule: 'R-SEC-2' });
  });

  it('R-SEC-2 a wrong manager password is a 401 and grants nothing; repeated, it is rate-limited like a sign-in', async () => {
    const body = { permission: 'cancel', managerOverride: { staffId: MANAGER.staffId, password: 'guess' } };
    const wrong = await check(body);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'UNAUTHORIZED', rule: 'R-SEC-2', field: 'managerOverride' });
    for (let attempt = 2; attempt <= 5; attempt++) expect((await check(body)).status).toBe(401);
    const locked = await check({
      ...body,
      managerOverride: { staffId: MANAGER.staffId, password: MANAGER.password },
    });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', rule: 'R-SEC-2' });
    // The cashier's own session is untouched.
    expect((await check({ permission: 'createOrder' })).status).toBe(200);
  });

  it('R-SEC-2 a manager who lacks the permission too is a 403 naming it and both staff', async () => {
    const reply = await check({
      permission: 'changeCancellationCharge',
      managerOverride: { staffId: MANAGER.staffId, password: MANAGER.password },
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'R-SEC-2',
      permission: 'changeCancellationCharge',
    });
    expect(reply.body.message).toContain('neither staff S01-CASHIER nor staff S01-MANAGER');
  });

  it('R-SEC-2 the signed-in associate cannot approve their own call', async () => {
    const reply = await check({
      permission: 'overrideDeposit',
      managerOverride: { staffId: CASHIER.staffId, password: CASHIER.password },
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ rule: 'R-SEC-2', field: 'managerOverride.staffId' });
  });

  it('R-SEC-1 permissions are read from the replica on every call: a group changed by job 1060 holds at once', async () => {
    const hq = hqClient(store);
    const applied = (await hq.get('/jobs/distribution')).body.applied['1060'] as number;
    const change = packageOf('1060', applied, [
      {
        entity: 'permissionGroup',
        key: 'Cashier',
        payload: { name: 'Cashier', permissions: ['findOrders', 'overrideDeposit'] },
      },
    ]);
    expect((await hq.post('/jobs/distribution', change)).status).toBe(200);
    expect((await check({ permission: 'overrideDeposit' })).status).toBe(200);
    const gone = await check({ permission: 'createOrder' });
    expect(gone.status).toBe(403);
    expect(gone.body.permission).toBe('createOrder');
  });

  it.each([
    ['an unknown permission', { permission: 'launchRockets' }, 'permission'],
    ['no permission', {}, 'permission'],
    [
      'an override without a password',
      { permission: 'cancel', managerOverride: { staffId: MANAGER.staffId } },
      'managerOverride.password',
    ],
  ])('R-SEC-2 a permission check with %s is a 400 naming the field', async (_, body, field) => {
    const reply = await check(body);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });
});
