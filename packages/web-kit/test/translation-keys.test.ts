import { describe, expect, it } from 'vitest';
import { flattenTexts, translationProblems } from '../src/i18n/translation-keys.ts';

describe("an app's English and Dutch texts", () => {
  it('are read by their full keys, as i18next looks them up', () => {
    expect([...flattenTexts({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })]).toEqual([
      ['a.b', 'x'],
      ['a.c.d', 'y'],
      ['e', 'z'],
    ]);
  });

  it('agree when they have the same keys, no empty text and the same values named', () => {
    expect(translationProblems({ a: 'Wait {{minutes}} min' }, { a: 'Wacht {{ minutes }} min' })).toEqual([]);
  });

  it('name each key one language lacks, each empty text and each translation naming other values', () => {
    expect(
      translationProblems(
        { only: 'en', empty: ' ', wait: 'Wait {{minutes}}' },
        { extra: 'nl', empty: 'x', wait: 'Wacht {{seconds}}' },
      ),
    ).toEqual([
      'nl lacks only',
      'en lacks extra',
      'en empty is empty',
      'wait names {{minutes}} in en, {{seconds}} in nl',
    ]);
  });
});
