/** Paging of the POS's lists. */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly nextOffset: number | null;
}

export function pageOf<T>(items: T[], total: number, { limit, offset }: PageRequest): Page<T> {
  return { items, total, nextOffset: offset + limit < total ? offset + limit : null };
}
