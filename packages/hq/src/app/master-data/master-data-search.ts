import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { type Failure, fail } from '../failure.ts';

/** A page of a master-data list: at most `limit` rows after the `next` of the previous page. */
export interface PageQuery {
  readonly search?: string | undefined;
  readonly limit: number;
  readonly after?: string | undefined;
}

/**
 * Rows whose columns contain `text`, ignoring case, the same on SQLite and PostgreSQL: both lower-case
 * the column, and `!` escapes the wildcards a person may type (`50%`, `ID_2`).
 */
export function containsText(columns: readonly string[], text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
  const matches = columns.map((column) => sql`lower(${sql.ref(column)}) like ${pattern} escape '!'`);
  return sql<SqlBool>`(${sql.join(matches, sql` or `)})`;
}

/** Keyset pages: the cursor is the key of the last row seen, so a page costs the same wherever it is. */
export function cursorOf(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function parseCursor(cursor: string, size: number): string[] | Failure {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const printable = (part: unknown) => typeof part === 'string' && /^\P{Cc}*$/u.test(part);
    if (Array.isArray(key) && key.length === size && key.every(printable)) return key as string[];
  } catch {
    // answered below, like any other cursor this server did not hand out
  }
  return fail('VALIDATION_FAILED', 'after is not the next of a previous page', { field: 'after' });
}

/** Cuts the extra row a page query fetched to learn whether another page follows. */
export function page<Row, Item>(
  rows: readonly Row[],
  limit: number,
  item: (row: Row) => Item,
  key: (row: Row) => readonly string[],
): { items: Item[]; next: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { items: shown.map(item), next: rows.length > limit && last ? cursorOf(key(last)) : null };
}
