import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackOfficeClient, backOfficeClient, signedIn, signIn } from './back-office-client.ts';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';

describe.each(engines())('Staff passwords on %s', (engine) => {
  let hq: RunningHq;
  let bo: BackOfficeClient;
  beforeAll(async () => {
    hq = await startHq(engine);
    bo = await signedIn(hq);
  });
  afterAll(() => hq.close());

  it('R-SEC-1 a password is stored hashed and never answered; the member signs in with it', async () => {
    const femke = { id: 'HQ-FEMKE', name: 'Femke', groups: ['HeadOffice'] };
    const created = await bo.put('/staff/HQ-FEMKE', { ...femke, password: 'femke-first-password' });
    expect(created).toEqual({ status: 201, body: femke });
    const listed = await bo.get('/staff');
    for (const text of [JSON.stringify(created.body), JSON.stringify(listed.body)]) {
      expect(text).not.toContain('femke-first-password');
      expect(text).not.toContain('password');
      expect(text).not.toContain('scrypt');
    }
    const row = await hq.database.db
      .selectFrom('staff')
      .select('password_hash')
      .where('id', '=', 'HQ-FEMKE')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('femke-first-password');

    const first = await signIn(hq, 'HQ-FEMKE', 'femke-first-password');
    expect(first.status).toBe(201);
    const femkesSession = backOfficeClient(hq, first.body.token);
    expect((await femkesSession.get('/company')).status).toBe(200);

    expect(await bo.put('/staff/HQ-FEMKE', { ...femke, password: 'femke-second-password' })).toEqual({
      status: 200,
      body: femke,
    });
    expect((await signIn(hq, 'HQ-FEMKE', 'femke-first-password')).status).toBe(401);
    expect((await signIn(hq, 'HQ-FEMKE', 'femke-second-password')).status).toBe(201);
    expect((await femkesSession.get('/company')).status, 'a new password ends the old sessions').toBe(401);

    // Without a password, a member keeps theirs.
    expect((await bo.put('/staff/HQ-FEMKE', { ...femke, name: 'Femke Visser' })).status).toBe(200);
    expect((await signIn(hq, 'HQ-FEMKE', 'femke-second-password')).status).toBe(201);
  });

  it('R-SEC-1 permissions come from the groups: out of HeadOffice, out of the back office', async () => {
    const gijs = { id: 'HQ-GIJS', name: 'Gijs', groups: ['HeadOffice'] };
    await bo.put('/staff/HQ-GIJS', { ...gijs, password: 'gijs-password' });
    const session = await signIn(hq, 'HQ-GIJS', 'gijs-password');
    expect(session.status).toBe(201);
    const gijsBo = backOfficeClient(hq, session.body.token);
    expect((await gijsBo.get('/staff')).status).toBe(200);

    expect((await bo.put('/staff/HQ-GIJS', { ...gijs, groups: ['Manager'] })).status).toBe(200);
    expect(await gijsBo.get('/staff')).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN', rule: 'R-SEC-1' },
    });
    expect((await signIn(hq, 'HQ-GIJS', 'gijs-password')).status).toBe(403);
  });
});
