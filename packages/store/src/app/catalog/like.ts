import { type RawBuilder, sql } from 'kysely';

/** `column LIKE '%text%'`, with `%`, `_` and `\` in the text taken literally. SQLite's LIKE ignores ASCII case. */
export function contains(column: string, text: string): RawBuilder<boolean> {
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  return sql<boolean>`${sql.ref(column)} like ${`%${escaped}%`} escape '\\'`;
}

/** The words of a search, as typed: "tent 2p" finds "Tent, 2 persons" through both words. */
export const wordsOf = (search: string): string[] => search.split(/\s+/).filter((word) => word !== '');
