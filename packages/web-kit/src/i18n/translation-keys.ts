/** An app's texts in one language, as its JSON file holds them. */
export type Texts = { readonly [key: string]: string | Texts };

/** Every text by its full key (`signIn.heading`), as i18next looks it up. */
export function flattenTexts(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value === 'string') flat.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flattenTexts(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** The values a text names (`{{minutes}}`), sorted: a translation must name the same ones. */
export const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

/**
 * What keeps an app's English and Dutch from saying the same things: a key in one language only, an empty
 * text, a translation naming other values. Nothing, when they agree; each app's unit test asks.
 */
export function translationProblems(en: Texts, nl: Texts): string[] {
  const english = flattenTexts(en);
  const dutch = flattenTexts(nl);
  const problems: string[] = [];
  for (const key of english.keys()) if (!dutch.has(key)) problems.push(`nl lacks ${key}`);
  for (const key of dutch.keys()) if (!english.has(key)) problems.push(`en lacks ${key}`);
  for (const [language, texts] of [
    ['en', english],
    ['nl', dutch],
  ] as const) {
    for (const [key, text] of texts) if (text.trim() === '') problems.push(`${language} ${key} is empty`);
  }
  for (const [key, text] of english) {
    const translated = dutch.get(key);
    if (translated !== undefined && placeholders(translated).join() !== placeholders(text).join())
      problems.push(
        `${key} names {{${placeholders(text).join(', ')}}} in en, {{${placeholders(translated).join(', ')}}} in nl`,
      );
  }
  return problems;
}
