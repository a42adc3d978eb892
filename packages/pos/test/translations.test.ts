import { translationProblems } from '@kassa/web-kit/i18n/translation-keys.ts';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import nl from '../src/i18n/nl.json';

describe('the POS in English and Dutch', () => {
  it('has every text in both languages, with the same keys, none empty, naming the same values', () => {
    expect(translationProblems(en, nl)).toEqual([]);
  });
});
