import { describe, expect, it } from 'vitest';
import { intervalParts, intervalText, parseInterval } from '../src/features/jobs/job-schedule.ts';
import { parsePayload } from '../src/features/staged-transactions/staged-transaction.ts';

describe("a job's schedule as typed (decision 0009)", () => {
  it.each([
    ['', null],
    ['   ', null],
    ['10', 10],
    [' 300 ', 300],
    ['86400', 86_400],
    ['9', undefined],
    ['86401', undefined],
    ['1.5', undefined],
    ['-60', undefined],
    ['5 min', undefined],
  ])('%j is %j', (text, seconds) => {
    expect(parseInterval(text)).toBe(seconds);
  });

  it('is typed back as it was read: blank for manual only', () => {
    expect(intervalText(null)).toBe('');
    expect(parseInterval(intervalText(600))).toBe(600);
  });

  it.each([
    [45, { unit: 'seconds', count: 45 }],
    [90, { unit: 'seconds', count: 90 }],
    [300, { unit: 'minutes', count: 5 }],
    [7200, { unit: 'hours', count: 2 }],
    [86_400, { unit: 'hours', count: 24 }],
  ])('%i s reads in its largest whole unit', (seconds, parts) => {
    expect(intervalParts(seconds)).toEqual(parts);
  });
});

describe('R-ASY-4: a corrected payload as typed', () => {
  it('is an object of JSON; anything else says where it stops being one', () => {
    expect(parsePayload('{"customerNumber": "C-1001"}')).toEqual({
      ok: true,
      payload: { customerNumber: 'C-1001' },
    });
    for (const text of ['', '{"customerNumber": ', '[1]', 'null', '"text"']) {
      expect(parsePayload(text)).toMatchObject({ ok: false, problem: expect.any(String) });
    }
  });
});
