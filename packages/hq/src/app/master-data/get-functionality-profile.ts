import type { FunctionalityProfile } from '@kassa/contracts';
import { loadProfile } from '../configuration.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';

export type ProfileView = FunctionalityProfile & { readonly storeId: string };

/** A store's functionality profile (R-PRO-1..3). */
export async function getFunctionalityProfile(trx: Trx, storeId: string): Promise<ProfileView | Failure> {
  const profile = await loadProfile(trx, storeId);
  if (!profile)
    return fail('NOT_FOUND', `store ${storeId} has no functionality profile`, { field: 'storeId' });
  return { storeId, ...profile };
}
