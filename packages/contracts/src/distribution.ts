import { z } from 'zod';

export const DISTRIBUTION_JOB_IDS = ['1010', '1040', '1060', '1070'] as const;
export const DistributionJobId = z.enum(DISTRIBUTION_JOB_IDS);
export type DistributionJobId = z.infer<typeof DistributionJobId>;

/** What each kind of distributed configuration is called in a package. */
export const DISTRIBUTED_ENTITIES = [
  'customer',
  'product',
  'chargeCode',
  'staff',
  'permissionGroup',
  'company',
  'location',
  'modeOfDelivery',
  'commerceParameters',
  'functionalityProfile',
] as const;
export const DistributedEntity = z.enum(DISTRIBUTED_ENTITIES);

/**
 * A distribution package, HQ → store (SPEC §1): the job's changes after the number the store last
 * applied, each carrying the whole entity as it is now. The store applies it in one transaction and
 * answers the number it reached.
 */
export const DistributionPackage = z.object({
  job: DistributionJobId,
  storeId: z.string(),
  after: z.number().int().min(0),
  upTo: z.number().int().min(0),
  changes: z.array(
    z.object({
      number: z.number().int().positive(),
      entity: DistributedEntity,
      key: z.string(),
      payload: z.unknown(),
    }),
  ),
});
export type DistributionPackage = z.infer<typeof DistributionPackage>;

export const DistributionApplied = z.object({
  job: DistributionJobId,
  /** The change number the store has applied up to, after this package. */
  appliedUpTo: z.number().int().min(0),
});
export type DistributionApplied = z.infer<typeof DistributionApplied>;

/** One store's run of a distribution job, as HQ records it (`GET /api/distribution/runs`). */
export const DistributionRun = z.object({
  id: z.string(),
  job: DistributionJobId,
  storeId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  status: z.enum(['applied', 'failed']),
  after: z.number().describe("the store's change number before the run"),
  upTo: z.number().describe('the change number it reached (equal to `after` when it failed)'),
  changes: z.number(),
  reason: z.string().nullable(),
});
export type DistributionRun = z.infer<typeof DistributionRun>;

/** The runs of a distribution job started now (one per store), or the history of runs. */
export const DistributionRuns = z.object({ runs: z.array(DistributionRun) });
export type DistributionRuns = z.infer<typeof DistributionRuns>;
