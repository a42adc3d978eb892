import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASHIER, MANAGER, posClient, REGISTER, seedPos } from './pos-fixtures.ts';
import { type RunningStore, STORE_ID, startStore } from './store-server.ts';

describe('signing in to a register and out again (R-SEC-1)', () => {
  let store: RunningStore;
  let pos: ReturnType<typeof posClient>;
  beforeAll(async () => {
    store = await startStore({ now: '2026-11-27T08:00:00Z' });
    await seedPos(store);
    pos = posClient(store);
  });
  afterAll(() => store.close());

  it('R-SEC-1 a cashier signs in with staff id and password and gets a 12-hour session at this store', async () => {
    const reply = await pos.signIn(CASHIER);
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      token: expect.stringMatching(/^[\w-]{43}$/),
      staffId: CASHIER.staffId,
      name: CASHIER.name,
      registerId: REGISTER,
      storeId: STORE_ID,
      permissions: ['createOrder', 'findOrders', 'pickUp'],
      expiresAt: '2026-11-27T20:00:00.000Z',
    });
    const current = await pos.call('GET', '/api/sessions/current', { token: reply.body.token });
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ staffId: CASHIER.staffId, registerId: REGISTER, storeId: STORE_ID });
  });

  it('R-SEC-1 the session token is stored only as a hash', async () => {
    const { body } = await pos.signIn(MANAGER);
    const rows = await store.database.db.selectFrom('register_sessions').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(body.token);
    // A manager in two groups holds what both grant, each once.
    expect(body.permissions).toEqual([
      'createOrder',
      'editOrder',
      'cancel',
      'overrideDeposit',
      'approveRefundOverLimit',
      'findOrders',
      'pickUp',
    ]);
  });

  it('R-SEC-1 a wrong password and an unknown staff id get the same 401', async () => {
    const wrong = await pos.signIn({ staffId: MANAGER.staffId, password: 'not-the-password' });
    const unknown = await pos.signIn({ staffId: 'S01-NOBODY', password: 'not-the-password' });
    for (const reply of [wrong, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({
        code: 'UNAUTHORIZED',
        message: 'wrong staff id or password (R-SEC-1)',
        field: 'password',
        rule: 'R-SEC-1',
      });
    }
  });

  it('R-SEC-1 an unknown staff id takes about as long as a wrong password (scrypt runs for both)', async () => {
    const time = async (staffId: string) => {
      const started = performance.now();
      await pos.signIn({ staffId, password: 'timing-guess' });
      return performance.now() - started;
    };
    await store.database.db.deleteFrom('sign_in_attempts').execute();
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time(MANAGER.staffId));
      unknown.push(await time(`S01-TIMING-${i}`));
    }
    const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    // Loose bounds: a missing scrypt would make the unknown id answer many times faster.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
    // The manager's failures above must not lock the later tests out.
    await store.database.db.deleteFrom('sign_in_attempts').execute();
  });

  it('R-SEC-1 after 5 wrong passwords in 5 minutes the staff id gets 429 naming the rule, even with the right password, until 5 minutes passed', async () => {
    store.setNow('2026-11-27T09:00:00Z');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const reply = await pos.signIn({ staffId: CASHIER.staffId, password: `guess-${attempt}` });
      expect(reply.status).toBe(401);
    }
    const locked = await pos.signIn(CASHIER);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('300');
    expect(locked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', rule: 'R-SEC-1', field: 'password' });
    expect(locked.body.message).toContain('5 wrong passwords for staff S01-CASHIER within 5 minutes');
    // Another staff member is not locked out by the cashier's failures.
    expect((await pos.signIn(MANAGER)).status).toBe(201);
    // An unknown staff id is limited the same way: the answers do not tell which ids exist.
    for (let attempt = 1; attempt <= 5; attempt++) await pos.signIn({ staffId: 'S01-GHOST', password: 'x' });
    expect((await pos.signIn({ staffId: 'S01-GHOST', password: 'x' })).status).toBe(429);

    store.setNow('2026-11-27T09:04:59Z');
    expect((await pos.signIn(CASHIER)).status).toBe(429);
    store.setNow('2026-11-27T09:05:01Z');
    expect((await pos.signIn(CASHIER)).status).toBe(201);
    // A success clears the count: one more wrong password is a 401, not a 429.
    expect((await pos.signIn({ staffId: CASHIER.staffId, password: 'guess' })).status).toBe(401);
  });

  it('R-SEC-1 the rate limit survives a restart of the store server (it is counted in the channel database)', async () => {
    const first = await startStore({ now: '2026-11-27T10:00:00Z' });
    await seedPos(first);
    const before = posClient(first);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await before.signIn({ staffId: MANAGER.staffId, password: 'guess' });
    }
    await first.stop();
    const again = await startStore({ now: '2026-11-27T10:01:00Z', file: first.file });
    try {
      expect((await posClient(again).signIn(MANAGER)).status).toBe(429);
    } finally {
      await again.close();
    }
  });

  it('R-SEC-1 a session expires after 12 hours of the store clock: 401', async () => {
    store.setNow('2026-11-27T10:00:00Z');
    const token = await pos.tokenOf(CASHIER);
    store.setNow('2026-11-27T21:59:59Z');
    expect((await pos.call('GET', '/api/sessions/current', { token })).status).toBe(200);
    store.setNow('2026-11-27T22:00:00Z');
    const expired = await pos.call('GET', '/api/products', { token });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ code: 'UNAUTHORIZED', rule: 'R-SEC-1', field: 'authorization' });
    expect(expired.body.message).toContain('expired at 2026-11-27T22:00:00.000Z');
    store.setNow('2026-11-27T10:00:00Z');
    // An expired session is gone, even when the clock is set back.
    expect((await pos.call('GET', '/api/products', { token })).status).toBe(401);
  });

  it('R-SEC-1 signing out ends the session; other sessions go on', async () => {
    const token = await pos.tokenOf(CASHIER);
    const other = await pos.tokenOf(MANAGER);
    const out = await pos.call('DELETE', '/api/sessions/current', { token });
    expect(out.status).toBe(204);
    expect((await pos.call('GET', '/api/sessions/current', { token })).status).toBe(401);
    expect((await pos.call('DELETE', '/api/sessions/current', { token })).status).toBe(401);
    expect((await pos.call('GET', '/api/sessions/current', { token: other })).status).toBe(200);
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'not-a-session-token'],
  ])('R-SEC-1 POS calls with %s get 401', async (_, token) => {
    for (const [method, path] of [
      ['GET', '/api/sessions/current'],
      ['GET', '/api/products'],
      ['GET', '/api/customers?search=anna'],
      ['DELETE', '/api/sessions/current'],
    ] as const) {
      const reply = await pos.call(method, path, token === undefined ? {} : { token });
      expect(reply.status, `${method} ${path}`).toBe(401);
      expect(reply.body.code).toBe('UNAUTHORIZED');
    }
  });

  it.each([
    ['no staff id', { password: 'x', registerId: REGISTER }, 'staffId'],
    ['no register', { staffId: CASHIER.staffId, password: CASHIER.password }, 'registerId'],
    ['an empty password', { staffId: CASHIER.staffId, password: '', registerId: REGISTER }, 'password'],
    [
      'a staff id with a control character',
      { staffId: 'S01\u0000', password: 'x', registerId: REGISTER },
      'staffId',
    ],
    [
      'a password of 201 characters',
      { staffId: CASHIER.staffId, password: 'x'.repeat(201), registerId: REGISTER },
      'password',
    ],
  ])('R-SEC-1 signing in with %s is a 400 naming the field', async (_, body, field) => {
    const reply = await pos.call('POST', '/api/sessions', { body });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('R-SEC-1 malformed JSON at sign-in is a 400', async () => {
    const response = await fetch(`${store.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"staffId":',
    });
    expect(response.status).toBe(400);
  });
});
