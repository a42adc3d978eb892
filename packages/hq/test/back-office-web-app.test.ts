import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.ts';
import { type RunningHq, startHq } from './hq-server.ts';

const INDEX =
  '<!doctype html><title>Kassa back office</title><script type="module" src="/assets/index-Q1.js"></script>';

/**
 * HQ serves the back office at `/` with the web-app plugin the stores serve the POS with (server-kit's
 * web-app.ts; its caching and paths are tested at the store, pos-web-app.test.ts): here, that HQ wires
 * it with its own server paths and words.
 */
describe('HQ serves the back office web app at / (ARCHITECTURE: HQ serves the back-office web app)', () => {
  const backOfficeDir = mkdtempSync(join(tmpdir(), 'kassa-backoffice-'));
  let hq: RunningHq;
  const get = (path: string) => fetch(`${hq.url}${path}`);

  beforeAll(async () => {
    const [engine] = engines();
    if (!engine) throw new Error('no database engine');
    hq = await startHq(engine, { backOfficeDir });
  });
  afterAll(async () => {
    await hq.close();
    rmSync(backOfficeDir, { recursive: true, force: true });
  });

  it('says how to build the back office while it is not built, then serves it at / and at its own addresses', async () => {
    const unbuilt = await get('/');
    expect(unbuilt.status).toBe(503);
    expect(await unbuilt.text()).toMatch(/back office is not built.*npm run build/);

    mkdirSync(join(backOfficeDir, 'assets'));
    writeFileSync(join(backOfficeDir, 'index.html'), INDEX);
    writeFileSync(join(backOfficeDir, 'assets', 'index-Q1.js'), 'console.log("back office")');
    for (const path of ['/', '/commerce-parameters', '/functionality-profiles/S01']) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      expect(await page.text(), path).toBe(INDEX);
    }
    expect((await get('/assets/index-Q1.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it("keeps /api, /rts and /docs to HQ: unknown paths there are JSON 404s, and HQ's API answers as before", async () => {
    for (const path of ['/api/nothing-here', '/rts/nothing-here', '/docs/nothing-here', '/rts']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(await reply.json(), path).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await get('/api/company')).status).toBe(401);
    expect((await get('/docs/json')).status).toBe(200);
  });
});
