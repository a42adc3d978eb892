import { z } from 'zod';
import { DistributionJobId } from './distribution.ts';

/**
 * What a store answers when asked where it stands: per distribution job, the change number it has
 * applied up to (0 before its first package). HQ sends the next package after that number.
 */
export const DistributionState = z.object({
  storeId: z.string(),
  applied: z.record(DistributionJobId, z.number().int().min(0)),
});
export type DistributionState = z.infer<typeof DistributionState>;
