import { DistributionApplied, type DistributionJobId, type DistributionRun } from '@kassa/contracts';
import { instantText } from '@kassa/domain';
import type { Hq } from '../hq-context.ts';
import { buildPackage, type DistributionPackage } from './build-package.ts';

interface StoreEndpoint {
  readonly id: string;
  readonly url: string;
  readonly secret: string;
}

const TIMEOUT_MS = 10_000;

/**
 * Runs a distribution job (SPEC §1): each store with an endpoint gets the job's changes after the number
 * it last applied, applies them atomically and answers the number it reached. Every run is recorded per
 * store, applied or failed with its reason; a failed store does not stop the others. A store that says
 * it is at another number than HQ thought (its database was restored) is sent what it lacks, once.
 */
export async function runDistributionJob(
  hq: Hq,
  job: DistributionJobId,
  storeIds?: readonly string[],
): Promise<DistributionRun[]> {
  const db = hq.database.db;
  let query = db
    .selectFrom('locations')
    .select(['id', 'endpoint_url', 'endpoint_secret'])
    .where('kind', '=', 'store')
    .where('endpoint_url', 'is not', null)
    .orderBy('id');
  if (storeIds && storeIds.length > 0) query = query.where('id', 'in', storeIds);
  const stores = (await query.execute()).map(
    (row): StoreEndpoint => ({ id: row.id, url: row.endpoint_url ?? '', secret: row.endpoint_secret ?? '' }),
  );
  const runs: DistributionRun[] = [];
  for (const store of stores) runs.push(await runForStore(hq, job, store));
  return runs;
}

async function runForStore(hq: Hq, job: DistributionJobId, store: StoreEndpoint): Promise<DistributionRun> {
  const db = hq.database.db;
  const startedAt = instantText(hq.clock());
  const last = await db
    .selectFrom('distribution_runs')
    .select('up_to')
    .where('store_id', '=', store.id)
    .where('job', '=', job)
    .where('status', '=', 'applied')
    .orderBy('started_at', 'desc')
    .orderBy('up_to', 'desc')
    .executeTakeFirst();
  let after = last?.up_to ?? 0;
  let outcome = await send(
    store,
    await db.transaction().execute((trx) => buildPackage(trx, job, store.id, after)),
  );
  if (outcome.kind === 'gap') {
    after = outcome.storeAt;
    outcome = await send(
      store,
      await db.transaction().execute((trx) => buildPackage(trx, job, store.id, after)),
    );
  }
  const run: DistributionRun = {
    id: hq.newId(),
    job,
    storeId: store.id,
    startedAt,
    finishedAt: instantText(hq.clock()),
    status: outcome.kind === 'applied' ? 'applied' : 'failed',
    after,
    upTo: outcome.kind === 'applied' ? outcome.upTo : after,
    changes: outcome.kind === 'applied' ? outcome.changes : 0,
    reason:
      outcome.kind === 'failed'
        ? outcome.reason
        : outcome.kind === 'gap'
          ? 'the store keeps reporting another change number'
          : null,
  };
  await db
    .insertInto('distribution_runs')
    .values({
      id: run.id,
      job,
      store_id: store.id,
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      status: run.status,
      after_number: run.after,
      up_to: run.upTo,
      changes: run.changes,
      reason: run.reason,
    })
    .execute();
  return run;
}

type Sent =
  | { kind: 'applied'; upTo: number; changes: number }
  | { kind: 'gap'; storeAt: number }
  | { kind: 'failed'; reason: string };

async function send(store: StoreEndpoint, pkg: DistributionPackage): Promise<Sent> {
  const headers = { authorization: `Bearer ${store.id}:${store.secret}`, 'content-type': 'application/json' };
  try {
    const response = await fetch(new URL('/jobs/distribution', store.url), {
      method: 'POST',
      headers,
      body: JSON.stringify(pkg),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as { message?: string; code?: string };
    if (response.ok) {
      const applied = DistributionApplied.safeParse(body);
      if (!applied.success)
        return { kind: 'failed', reason: 'the store answered something that is not a distribution answer' };
      return { kind: 'applied', upTo: applied.data.appliedUpTo, changes: pkg.changes.length };
    }
    if (response.status === 409) {
      const status = await fetch(new URL('/jobs/distribution', store.url), {
        headers,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const applied = (await status.json().catch(() => ({}))) as Record<string, unknown>;
      const storeAt = Number(
        (applied.applied as Record<string, unknown> | undefined)?.[pkg.job] ?? applied[pkg.job] ?? Number.NaN,
      );
      if (Number.isSafeInteger(storeAt)) return { kind: 'gap', storeAt };
    }
    return {
      kind: 'failed',
      reason: `store answered ${response.status}: ${body.code ?? ''} ${body.message ?? ''}`.trim(),
    };
  } catch (error) {
    return { kind: 'failed', reason: `store unreachable at ${store.url}: ${(error as Error).message}` };
  }
}
