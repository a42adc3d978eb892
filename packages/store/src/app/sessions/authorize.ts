import type { Permission } from '@kassa/contracts';
import { type Failure, fail } from '../failure.ts';
import type { StaffMember } from './staff-member.ts';

/** Who acts in one request: the signed-in associate, and a manager whose credentials came with it. */
export interface Actor {
  readonly staffId: string;
  readonly registerId: string;
  readonly permissions: readonly Permission[];
  /** R-SEC-2: verified for this one request only. */
  readonly override?: StaffMember;
}

export interface Authorized {
  readonly permission: Permission;
  readonly staffId: string;
  readonly registerId: string;
  /** The manager who approved, for the order's history; null when the associate holds the permission. */
  readonly approvedBy: string | null;
}

/**
 * R-SEC-1, R-SEC-2: may this request do what needs `permission`? Pure, over what the session guard
 * loaded: the associate's own permission first, else the overriding manager's.
 */
export function authorize(actor: Actor, permission: Permission): Authorized | Failure {
  const granted = (approvedBy: string | null): Authorized => ({
    permission,
    staffId: actor.staffId,
    registerId: actor.registerId,
    approvedBy,
  });
  if (actor.permissions.includes(permission)) return granted(null);
  if (actor.override?.permissions.includes(permission)) return granted(actor.override.staffId);
  const message = actor.override
    ? `neither staff ${actor.staffId} nor staff ${actor.override.staffId}, who approved, has the permission ${permission} (R-SEC-2)`
    : `staff ${actor.staffId} has no permission ${permission} (R-SEC-1); a manager who has it may approve with managerOverride (R-SEC-2)`;
  return fail('FORBIDDEN', message, {
    permission,
    rule: actor.override ? 'R-SEC-2' : 'R-SEC-1',
    field: actor.override ? 'managerOverride' : 'permission',
  });
}
