/** R-SEC-1: what a permission group may grant a staff member. */
export const PERMISSIONS = [
  'createOrder',
  'editOrder',
  'findOrders',
  'pickUp',
  'cancel',
  'return',
  'overrideDeposit',
  'changeCancellationCharge',
  'approveRefundOverLimit',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * A permission an operation needs beyond the one that lets the associate start it, with the reason
 * shown to them ("needs approval: override deposit"). Without the permission, a manager approves on the
 * spot (R-SEC-2).
 */
export interface Approval {
  readonly permission: Permission;
  readonly reason: string;
}

export function missingApprovals(
  approvals: readonly Approval[],
  granted: ReadonlySet<Permission>,
): Approval[] {
  return approvals.filter((approval) => !granted.has(approval.permission));
}
