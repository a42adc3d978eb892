import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backOfficeClient, signIn } from './back-office-client.ts';
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
