import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'kassa-start-'));
const hqPort = 14000 + Math.floor(Math.random() * 1000);

describe('npm start', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts HQ (serving the back office) and two stores with demo data, runs the distribution jobs once, and stops all three on Ctrl-C', async () => {
    const start = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], {
      cwd: root,
      env: { ...process.env, KASSA_DATA_DIR: dataDir, KASSA_HQ_PORT: String(hqPort), DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    start.stdout.on('data', (chunk) => {
      output += chunk;
    });
    start.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const deadline = Date.now() + 30_000;
    while (!output.includes('Ctrl-C stops') && Date.now() < deadline && start.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(output, output).toContain('every store has its configuration');

    // The demo's store credential opens HQ's RTS, and the demo data is there.
    const customer = await fetch(`http://127.0.0.1:${hqPort}/rts/orders?customer=anna`, {
      headers: { authorization: 'Bearer S01:S01-demo-secret-change-me' },
    });
    expect(customer.status).toBe(200);

    // HQ serves the back office at its root, and the output says where, and who signs in there.
    expect(output).toContain(`Back office     http://127.0.0.1:${hqPort}/   for head-office staff (admin)`);
    const office = await fetch(`http://127.0.0.1:${hqPort}/`);
    expect(office.status).toBe(200);
    expect(await office.text()).toContain('<title>Kassa back office</title>');

    start.kill('SIGINT');
    await new Promise((r) => start.once('exit', r));
    // The children get SIGTERM as the starter exits; give them a moment to close their ports.
    const stopped = async (port: number) => {
      for (let tries = 0; tries < 50; tries++) {
        const answer = await fetch(`http://127.0.0.1:${port}/`).catch(() => 'stopped');
        if (answer === 'stopped') return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    expect(await stopped(hqPort)).toBe(true);
    expect(await stopped(hqPort + 101)).toBe(true);
    expect(await stopped(hqPort + 102)).toBe(true);
  }, 60_000);
});
