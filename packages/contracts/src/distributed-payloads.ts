import { z } from 'zod';
import type { DISTRIBUTED_ENTITIES, DistributionJobId } from './distribution.ts';
import {
  ChargeCode,
  CommerceParameters,
  Company,
  Customer,
  FunctionalityProfile,
  Location,
  ModeOfDelivery,
  PermissionGroup,
  Product,
  Staff,
} from './master-data.ts';

export type DistributedEntityName = (typeof DISTRIBUTED_ENTITIES)[number];

/**
 * Staff as a store receives them (R-SEC-1): the scrypt hash of the password, never the password, so
 * associates sign in at the store while HQ is down.
 */
export const DistributedStaff = Staff.extend({ passwordHash: z.string().min(1).max(500) });
export type DistributedStaff = z.infer<typeof DistributedStaff>;

/** The payload of each kind of distributed change: the whole entity as it is after the change. */
export const DISTRIBUTED_PAYLOADS = {
  customer: Customer,
  product: Product,
  chargeCode: ChargeCode,
  staff: DistributedStaff,
  permissionGroup: PermissionGroup,
  company: Company,
  location: Location,
  modeOfDelivery: ModeOfDelivery,
  commerceParameters: CommerceParameters,
  functionalityProfile: FunctionalityProfile,
} as const satisfies Record<DistributedEntityName, z.ZodType>;
export type DistributedPayload<E extends DistributedEntityName> = z.infer<(typeof DISTRIBUTED_PAYLOADS)[E]>;

/** The job that carries each kind (SPEC §1); a package of one job carries no other job's changes. */
export const JOB_OF_ENTITY = {
  customer: '1010',
  product: '1040',
  chargeCode: '1040',
  staff: '1060',
  permissionGroup: '1060',
  company: '1070',
  location: '1070',
  modeOfDelivery: '1070',
  commerceParameters: '1070',
  functionalityProfile: '1070',
} as const satisfies Record<DistributedEntityName, DistributionJobId>;
