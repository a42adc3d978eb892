import type { Trx } from '../transaction.ts';
import type { DistributionJob } from './record-change.ts';

export interface DistributionPackage {
  readonly job: DistributionJob;
  readonly storeId: string;
  /** The last change number the store applied before this package. */
  readonly after: number;
  /** The change number the store has reached once it applied the package. */
  readonly upTo: number;
  /** Changes in order; of several changes to one entity only the last, since each carries the whole entity. */
  readonly changes: readonly { number: number; entity: string; key: string; payload: unknown }[];
}

/**
 * The package a distribution job sends one store: the job's changes after the number the store last
 * applied, for every store or for this one, at most `limit` of them; the store applies it atomically
 * and reports `upTo` back. An empty package still moves nothing: `upTo` equals `after`.
 */
export async function buildPackage(
  trx: Trx,
  job: DistributionJob,
  storeId: string,
  after: number,
  limit = 10_000,
): Promise<DistributionPackage> {
  const rows = await trx
    .selectFrom('configuration_changes')
    .select(['number', 'entity', 'entity_key', 'payload'])
    .where('job', '=', job)
    .where('number', '>', after)
    .where((eb) => eb.or([eb('store_id', 'is', null), eb('store_id', '=', storeId)]))
    .orderBy('number')
    .limit(limit)
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.entity}\u0000${row.entity_key}`;
    latest.delete(key);
    latest.set(key, row);
  }
  return {
    job,
    storeId,
    after,
    upTo: rows.at(-1)?.number ?? after,
    changes: [...latest.values()].map((row) => ({
      number: row.number,
      entity: row.entity,
      key: row.entity_key,
      payload: JSON.parse(row.payload) as unknown,
    })),
  };
}
