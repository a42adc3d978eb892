import { type Refusal, refuse } from './refusal.ts';

/**
 * R-ASY-4: the status of an async order transaction at HQ, from the moment a P-job pulled it until
 * Synchronize orders turned it into a sales order. Succeeded is final: an order is created exactly once.
 */
export type StagedStatus = 'pending' | 'succeeded' | 'failed' | 'editing';

/**
 * The allowed moves. A failed transaction is opened for correction (editing), saved back to pending and
 * synchronized again; a failure can also simply be retried when its cause went away (a product sold again).
 */
export const STAGED_TRANSITIONS = {
  pending: ['succeeded', 'failed'],
  failed: ['editing', 'pending'],
  editing: ['pending'],
  succeeded: [],
} as const satisfies Record<StagedStatus, readonly StagedStatus[]>;

export function checkStagedTransition(from: StagedStatus, to: StagedStatus): Refusal | undefined {
  const allowed: readonly StagedStatus[] = STAGED_TRANSITIONS[from];
  if (allowed.includes(to)) return undefined;
  return refuse('STAGED_TRANSITION_NOT_ALLOWED', `a ${from} transaction cannot become ${to}`, {
    field: 'status',
    details: { from, to },
  });
}
