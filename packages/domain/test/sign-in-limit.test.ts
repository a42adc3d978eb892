import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { SIGN_IN_LIMIT, signInVerdict } from '../src/index.ts';

const at = (text: string) => Temporal.Instant.from(text);
const times = (...texts: string[]) => texts.map(at);
const verdictText = (verdict: ReturnType<typeof signInVerdict>) =>
  verdict.allowed ? { allowed: true } : { ...verdict, retryAt: verdict.retryAt.toString() };

describe('R-SEC-1 at most 5 wrong passwords per staff id in 5 minutes', () => {
  it('R-SEC-1 the limit is 5 failures in 5 minutes', () => {
    expect(SIGN_IN_LIMIT).toEqual({ failures: 5, minutes: 5 });
  });

  it.each([
    ['no attempts before', [], { allowed: true }],
    [
      '4 failures: the 5th guess is checked',
      times('2026-11-27T09:00:00Z', '2026-11-27T09:01:00Z', '2026-11-27T09:02:00Z', '2026-11-27T09:03:00Z'),
      { allowed: true },
    ],
    [
      '5 failures at once: refused for the full 5 minutes',
      times(...Array.from({ length: 5 }, () => '2026-11-27T09:04:00Z')),
      { allowed: false, retryAt: '2026-11-27T09:09:00Z', retryAfter: 300 },
    ],
    [
      '5 failures spread out: until the oldest of them is 5 minutes old',
      times(
        '2026-11-27T09:03:00Z',
        '2026-11-27T09:00:30Z',
        '2026-11-27T09:01:00Z',
        '2026-11-27T09:02:00Z',
        '2026-11-27T09:03:30Z',
      ),
      { allowed: false, retryAt: '2026-11-27T09:05:30Z', retryAfter: 90 },
    ],
    [
      '7 failures: until the 5th newest is 5 minutes old, not the oldest',
      times(
        '2026-11-27T08:59:10Z',
        '2026-11-27T08:59:20Z',
        '2026-11-27T09:00:00Z',
        '2026-11-27T09:01:00Z',
        '2026-11-27T09:02:00Z',
        '2026-11-27T09:03:00Z',
        '2026-11-27T09:03:30Z',
      ),
      { allowed: false, retryAt: '2026-11-27T09:05:00Z', retryAfter: 60 },
    ],
    [
      'failures exactly 5 minutes old count no more',
      times(
        '2026-11-27T08:59:00Z',
        '2026-11-27T08:59:00Z',
        '2026-11-27T09:01:00Z',
        '2026-11-27T09:02:00Z',
        '2026-11-27T09:03:00Z',
      ),
      { allowed: true },
    ],
    [
      'under a second to go still answers a whole second',
      times(...Array.from({ length: 5 }, () => '2026-11-27T08:59:00.500Z')),
      { allowed: false, retryAt: '2026-11-27T09:04:00.5Z', retryAfter: 1 },
    ],
  ] as const)('R-SEC-1 %s', (_, others, expected) => {
    expect(verdictText(signInVerdict(others, at('2026-11-27T09:04:00Z')))).toEqual(expected);
  });

  it('R-SEC-1 the attempts are not changed (their order neither)', () => {
    const others = times(...Array.from({ length: 6 }, (_, i) => `2026-11-27T09:0${i}:00Z`));
    const before = others.map(String);
    signInVerdict(others, at('2026-11-27T09:05:30Z'));
    expect(others.map(String)).toEqual(before);
  });
});
