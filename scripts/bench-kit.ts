import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { Kassa } from './kassa-processes.ts';

/** What the benches share: figures to two decimals, dates, a fresh database, stock, a process's CPU. */
export const round = (value: number) => Math.round(value * 100) / 100;

/** A date `days` from today, as the register's date picker gives it. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Drops and creates database `name` on the PostgreSQL server at `server`; answers its URL. */
export async function freshPostgresDatabase(server: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `onHand` of every SKU at the stores and the DC, through the back office, so no run runs out. */
export async function raiseStock(kassa: Kassa, skus: readonly string[], onHand: number): Promise<void> {
  const authorization = `Bearer ${await kassa.backOfficeToken()}`;
  for (const locationId of ['DC1', ...Object.keys(kassa.stores)]) {
    for (const sku of skus) {
      const reply = await fetch(`${kassa.hq.url}/api/stock/${locationId}/${sku}`, {
        method: 'PUT',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ onHand }),
      });
      if (!reply.ok)
        throw new Error(`stock of ${sku} at ${locationId}: ${reply.status} ${await reply.text()}`);
    }
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (Linux). */
export function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
