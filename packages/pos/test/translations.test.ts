import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import nl from '../src/i18n/nl.json';

type Texts = { readonly [key: string]: string | Texts };

/** Every text by its full key (`signIn.heading`), as i18next looks it up. */
function flatten(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('the POS in English and Dutch', () => {
  const english = flatten(en);
  const dutch = flatten(nl);

  it('has exactly the same keys in both languages', () => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has a text for every key, naming the same values in both languages', () => {
    for (const [key, text] of english) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(dutch.get(key)?.trim(), `nl ${key}`).not.toBe('');
      expect(placeholders(dutch.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
