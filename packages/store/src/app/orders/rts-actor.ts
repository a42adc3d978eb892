import type { PaymentRequirement, Actor as RtsActor } from '@kassa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { functionalityProfileReplica } from '../replica/functionality-profile.ts';
import type { Actor } from '../sessions/authorize.ts';

/**
 * Who acts, as the store vouches for it to HQ (R-SEC-2): the associate with their permissions and, for
 * this one call, those of the manager whose credentials came with it, named as the one who approved.
 */
export function rtsActor(actor: Actor, approvedBy: string | null = null): RtsActor {
  const permissions = new Set([...actor.permissions, ...(actor.override?.permissions ?? [])]);
  const approver = actor.override?.staffId ?? approvedBy;
  return {
    staffId: actor.staffId,
    registerId: actor.registerId,
    permissions: [...permissions],
    ...(approver ? { approvedBy: approver } : {}),
  };
}

/**
 * R-PRO-1 as this store's replica of its profile says, sent with every operation: a change at HQ holds
 * here only once job 1070 brought it. A store that has no profile yet says nothing and HQ decides.
 */
export async function storePaymentRequirement(
  db: Kysely<Database>,
  storeId: string,
): Promise<{ paymentRequirement?: PaymentRequirement }> {
  const profile = await functionalityProfileReplica.load(db, storeId, storeId);
  return profile ? { paymentRequirement: profile.requirePaymentForFulfillment } : {};
}
