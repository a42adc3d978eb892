import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHqServer } from '../src/server.ts';
import { backOfficeClient, signedIn, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';

describe.each(engines())('Back-office sessions on %s', (engine) => {
  let hq: RunningHq;
  beforeAll(async () => {
    hq = await startHq(engine);
  });
  afterAll(() => hq.close());

  it('R-SEC-1: signing in answers who it is (name, permissions) with the token; the session says so again', async () => {
    const session = await signIn(hq, 'HQ-ADMIN', 'admin-password');
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ staffId: 'HQ-ADMIN', name: 'Head office' });
    expect(session.body.permissions).toContain('backOffice');
    const current = await backOfficeClient(hq, session.body.token).get('/sessions/current');
    expect(current).toEqual({
      status: 200,
      body: {
        staffId: 'HQ-ADMIN',
        name: 'Head office',
        permissions: session.body.permissions,
        expiresAt: session.body.expiresAt,
      },
    });
  });

  it('R-SEC-1: a wrong password or unknown staff id is refused at the password, without saying which; staff without the back office at the staff id', async () => {
    for (const [staffId, password] of [
      ['HQ-ADMIN', 'wrong-password'],
      ['NOBODY', 'admin-password'],
    ]) {
      expect(await signIn(hq, staffId as string, password as string)).toEqual({
        status: 401,
        body: {
          code: 'UNAUTHORIZED',
          message: 'unknown staff id or wrong password',
          field: 'password',
          rule: 'R-SEC-1',
        },
      });
    }
    expect(await signIn(hq, 'S01-CASHIER', 'cashier-password')).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN', field: 'staffId', rule: 'R-SEC-1' },
    });
  });

  it('R-SEC-1: after 5 wrong passwords in 5 minutes the staff id gets 429 with when to try again, even with the right password; others are not locked out', async () => {
    const admin = await signedIn(hq);
    const clerk = { id: 'HQ-CLERK', name: 'Clerk', groups: ['HeadOffice'], password: 'clerk-password' };
    expect((await admin.put('/staff/HQ-CLERK', clerk)).status).toBe(201);
    hq.setNow('2026-11-27T11:00:00Z');
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(hq, 'HQ-CLERK', `guess-${attempt}`)).status).toBe(401);
    }
    const locked = await fetch(`${hq.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId: 'HQ-CLERK', password: 'clerk-password' }),
    });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('300');
    // The shape the POS translates ("Wait {{minutes}} minutes"), with the instant it ends besides.
    expect(await locked.json()).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message:
        '5 wrong passwords for staff HQ-CLERK within 5 minutes: try again at 2026-11-27T11:05:00.000Z (R-SEC-1)',
      field: 'password',
      rule: 'R-SEC-1',
      details: { failures: 5, minutes: 5, retryAt: '2026-11-27T11:05:00.000Z', retryAfter: 300 },
    });
    expect((await signIn(hq, 'HQ-ADMIN', 'admin-password')).status, 'another staff id').toBe(201);
    // An unknown staff id is limited the same way: the answers do not tell which ids exist.
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(hq, 'HQ-GHOST', 'guess');
    expect((await signIn(hq, 'HQ-GHOST', 'guess')).status).toBe(429);

    hq.setNow('2026-11-27T11:04:59Z');
    expect(await signIn(hq, 'HQ-CLERK', 'clerk-password')).toMatchObject({
      status: 429,
      body: { details: { retryAt: '2026-11-27T11:05:00.000Z', retryAfter: 1 } },
    });
    hq.setNow('2026-11-27T11:05:00Z');
    expect((await signIn(hq, 'HQ-CLERK', 'clerk-password')).status).toBe(201);
    // A success clears the count: one more wrong password is a 401, not a 429.
    expect((await signIn(hq, 'HQ-CLERK', 'guess')).status).toBe(401);
  });

  it('R-SEC-1: failures spread over time lock until the oldest of the last 5 is 5 minutes old', async () => {
    for (const [at, guess] of [
      ['2026-11-27T12:00:00Z', 'a'],
      ['2026-11-27T12:01:00Z', 'b'],
      ['2026-11-27T12:02:00Z', 'c'],
      ['2026-11-27T12:03:00Z', 'd'],
      ['2026-11-27T12:04:00Z', 'e'],
    ] as const) {
      hq.setNow(at);
      expect((await signIn(hq, 'HQ-CLERK', guess)).status).toBe(401);
    }
    hq.setNow('2026-11-27T12:04:30Z');
    expect(await signIn(hq, 'HQ-CLERK', 'clerk-password')).toMatchObject({
      status: 429,
      body: { details: { retryAt: '2026-11-27T12:05:00.000Z', retryAfter: 30 } },
    });
    hq.setNow('2026-11-27T12:05:00Z');
    // One guess more is let through (the oldest failure left the window), and fails: locked again.
    expect((await signIn(hq, 'HQ-CLERK', 'f')).status).toBe(401);
    expect(await signIn(hq, 'HQ-CLERK', 'clerk-password')).toMatchObject({
      status: 429,
      body: { details: { retryAt: '2026-11-27T12:06:00.000Z' } },
    });
    hq.setNow('2026-11-27T12:06:00Z');
    expect((await signIn(hq, 'HQ-CLERK', 'clerk-password')).status).toBe(201);
  });

  it('R-SEC-1: racing guesses cannot slip under the limit: of 8 at once at most 5 are checked', async () => {
    hq.setNow('2026-11-27T14:00:00Z');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, guess) => signIn(hq, 'HQ-RACE', `guess-${guess}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  });

  it('R-SEC-1: the count survives a restart of HQ and is shared by HQ processes (it is kept in the database)', async () => {
    hq.setNow('2026-11-27T13:00:00Z');
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(hq, 'HQ-CLERK', 'guess');
    const restarted = await buildHqServer({
      database: hq.database,
      clock: () => Temporal.Instant.from('2026-11-27T13:01:00Z'),
    });
    try {
      const reply = await restarted.inject({
        method: 'POST',
        url: '/api/sessions',
        payload: { staffId: 'HQ-CLERK', password: 'clerk-password' },
      });
      expect(reply.statusCode).toBe(429);
      expect(reply.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    } finally {
      await restarted.close();
    }
  });

  it('R-SEC-1: signing out ends the session: its token answers 401 from then on, another session lives on', async () => {
    const first = await signIn(hq, 'HQ-ADMIN', 'admin-password');
    const second = await signIn(hq, 'HQ-ADMIN', 'admin-password');
    const leaving = backOfficeClient(hq, first.body.token);
    expect(await leaving.call('DELETE', '/sessions/current')).toEqual({ status: 204, body: undefined });
    expect((await leaving.get('/sessions/current')).status).toBe(401);
    expect((await leaving.call('DELETE', '/sessions/current')).status).toBe(401);
    expect((await backOfficeClient(hq, second.body.token).get('/company')).status).toBe(200);
  });
});
