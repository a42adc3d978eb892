import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStore, startStore } from './store-server.ts';

const INDEX =
  '<!doctype html><title>Kassa</title><script type="module" src="/assets/index-Bx7f3a.js"></script>';
const SCRIPT = 'console.log("the POS")';

/** The status of a GET of `path` exactly as written: fetch would resolve its `..` before sending it. */
function statusOf(server: URL, path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request({ host: server.hostname, port: server.port, path }, (reply) => {
      reply.resume();
      resolve(reply.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

describe('the store serves the POS web app at / (ARCHITECTURE: the store server serves the POS)', () => {
  const posDir = mkdtempSync(join(tmpdir(), 'kassa-pos-'));
  let store: RunningStore;
  const get = (path: string) => fetch(`${store.url}${path}`);

  beforeAll(async () => {
    store = await startStore({ posDir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(posDir, { recursive: true, force: true });
  });

  it('answers a clear 503 saying how to build the POS while it is not built, and serves it once built, without a restart', async () => {
    const unbuilt = await get('/');
    expect(unbuilt.status).toBe(503);
    expect(await unbuilt.text()).toContain('npm run build');

    mkdirSync(join(posDir, 'assets'));
    writeFileSync(join(posDir, 'index.html'), INDEX);
    writeFileSync(join(posDir, 'assets', 'index-Bx7f3a.js'), SCRIPT);
    writeFileSync(join(posDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(posDir, '.kassa-source-hash'), 'abc');
    const built = await get('/');
    expect(built.status).toBe(200);
    expect(built.headers.get('content-type')).toMatch(/^text\/html/);
    expect(built.headers.get('cache-control')).toBe('no-cache');
    expect(await built.text()).toBe(INDEX);
  });

  it('caches hashed assets for good and revalidates index.html and the top-level files on every load', async () => {
    const script = await get('/assets/index-Bx7f3a.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe(SCRIPT);

    const icon = await get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');

    // Revalidating needs a validator: an unchanged index.html then costs a 304.
    expect((await get('/')).headers.get('etag')).toBeTruthy();
  });

  it("answers the app's own paths with index.html, so a reload deep in the app works", async () => {
    for (const path of ['/orders/SO-000123', '/cart?step=payment', '/apiary']) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toBe(INDEX);
    }
  });

  it('keeps /api, /docs and /jobs to the server: unknown paths there and missing files are 404s; the build stamp is not served', async () => {
    for (const path of ['/api', '/api/nothing-here', '/jobs/nothing-here', '/docs/nothing-here']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(await reply.json(), path).toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const path of ['/assets/index-0ld.js', '/missing.png']) {
      expect((await get(path)).status, path).toBe(404);
    }
    for (const path of ['/%2e%2e/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json']) {
      expect(await statusOf(new URL(store.url), path), `${path} is outside the build`).toBe(403);
    }
    expect(await (await get('/.kassa-source-hash')).text()).toBe(INDEX);
    expect((await get('/docs/json')).status).toBe(200);
  });
});
