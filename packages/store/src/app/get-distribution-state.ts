import { DISTRIBUTION_JOB_IDS, type DistributionJobId, type DistributionState } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The change number this store has applied up to for one job: 0 before its first package. */
export async function appliedUpTo(db: Kysely<Database>, job: DistributionJobId): Promise<number> {
  const row = await db
    .selectFrom('distribution_applied')
    .select('applied_up_to')
    .where('job', '=', job)
    .executeTakeFirst();
  return row?.applied_up_to ?? 0;
}

/** Where this store stands with every distribution job, so HQ knows what to send next. */
export async function getDistributionState(
  db: Kysely<Database>,
  storeId: string,
): Promise<DistributionState> {
  const rows = await db.selectFrom('distribution_applied').select(['job', 'applied_up_to']).execute();
  const numbers = new Map(rows.map((row) => [row.job, row.applied_up_to]));
  const applied = Object.fromEntries(DISTRIBUTION_JOB_IDS.map((job) => [job, numbers.get(job) ?? 0]));
  return { storeId, applied: applied as Record<DistributionJobId, number> };
}
