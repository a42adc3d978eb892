import { describe, expect, it } from 'vitest';
import { checkStagedTransition, STAGED_TRANSITIONS, type StagedStatus } from '../src/index.ts';

const statuses = Object.keys(STAGED_TRANSITIONS) as StagedStatus[];

describe('R-ASY-4 the status of a staged async order', () => {
  it.each([
    ['pending', 'succeeded'],
    ['pending', 'failed'],
    ['failed', 'editing'],
    ['failed', 'pending'],
    ['editing', 'pending'],
  ] as const)('R-ASY-4 %s may become %s', (from, to) => {
    expect(checkStagedTransition(from, to)).toBeUndefined();
  });

  it('R-ASY-4 a succeeded transaction is final, so its sales order is created exactly once', () => {
    for (const to of statuses) {
      expect(checkStagedTransition('succeeded', to)).toMatchObject({
        ok: false,
        code: 'STAGED_TRANSITION_NOT_ALLOWED',
        rule: 'R-ASY-4',
        details: { from: 'succeeded', to },
      });
    }
  });

  it('R-ASY-4 nothing succeeds without being pending, and editing must be saved back to pending first', () => {
    expect(checkStagedTransition('failed', 'succeeded')).toMatchObject({
      code: 'STAGED_TRANSITION_NOT_ALLOWED',
    });
    expect(checkStagedTransition('editing', 'succeeded')).toMatchObject({
      code: 'STAGED_TRANSITION_NOT_ALLOWED',
    });
    expect(checkStagedTransition('pending', 'editing')).toMatchObject({
      code: 'STAGED_TRANSITION_NOT_ALLOWED',
    });
  });

  it('R-ASY-4 every status is reachable from pending and every target is a known status', () => {
    const reached = new Set<StagedStatus>(['pending']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const from of [...reached]) {
        for (const to of STAGED_TRANSITIONS[from]) {
          expect(statuses).toContain(to);
          if (!reached.has(to)) {
            reached.add(to);
            changed = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...statuses].sort());
  });
});
