import type { DistributionJobId } from '@kassa/contracts';
import type { Trx } from '../transaction.ts';

/** The distribution jobs, with the source's numbers (SPEC §1). */
export const DISTRIBUTION_JOBS = {
  '1010': 'customers',
  '1040': 'products, prices and charge codes',
  '1060': 'staff and permissions',
  '1070': 'channel configuration',
} as const satisfies Record<DistributionJobId, string>;
export type DistributionJob = keyof typeof DISTRIBUTION_JOBS;

/** What each kind of configuration travels with. */
export const JOB_OF = {
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
} as const satisfies Record<string, DistributionJob>;
export type DistributedEntity = keyof typeof JOB_OF;

/**
 * Numbers and keeps a change of configuration in the transaction that makes it, so no change is ever
 * made without being distributed and none is distributed that was rolled back. The payload is the
 * entity as stores need it after the change; `storeId` limits it to one store (its profile).
 */
export async function recordChange(
  trx: Trx,
  change: { entity: DistributedEntity; key: string; payload: unknown; storeId?: string; at: string },
): Promise<void> {
  const { next_value: number } = await trx
    .updateTable('sequences')
    .set((eb) => ({ next_value: eb('next_value', '+', 1) }))
    .where('name', '=', 'configurationChange')
    .returning('next_value')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('configuration_changes')
    .values({
      number,
      job: JOB_OF[change.entity],
      entity: change.entity,
      entity_key: change.key,
      store_id: change.storeId ?? null,
      payload: JSON.stringify(change.payload),
      at: change.at,
    })
    .execute();
}
