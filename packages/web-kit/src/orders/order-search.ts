import type { FindOrdersQuery } from '@kassa/contracts';

/** The presets of R-FND-1, in the order Find an order offers them. */
export const PRESETS = ['toPickUpHere', 'toShip', 'toFulfil'] as const;
export type Preset = (typeof PRESETS)[number];

/** What the associate can type to find an order; each is a parameter of `GET /api/orders` by that name. */
export const SEARCH_FIELDS = [
  'number',
  'confirmationNumber',
  'pickupCode',
  'invoiceNumber',
  'customer',
  'createdFrom',
  'createdTo',
  'deliveryFrom',
  'deliveryTo',
] as const satisfies readonly (keyof FindOrdersQuery)[];
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A search as the form holds it: every field as typed, the preset chosen, the page (`after`) shown. */
export interface OrderSearch {
  readonly fields: Readonly<Record<SearchField, string>>;
  readonly preset: Preset | undefined;
  /** The `next` cursor of the page before; none on the first page. */
  readonly after: string | undefined;
}

export const EMPTY_FIELDS: Readonly<Record<SearchField, string>> = Object.fromEntries(
  SEARCH_FIELDS.map((field) => [field, '']),
) as Record<SearchField, string>;

const isPreset = (value: string | null): value is Preset => PRESETS.includes(value as Preset);

/** The search in an address's query (`?customer=anna&preset=toShip`): Back and a reload show it again. */
export function searchOf(params: URLSearchParams): OrderSearch {
  const fields = { ...EMPTY_FIELDS };
  for (const field of SEARCH_FIELDS) fields[field] = params.get(field) ?? '';
  const preset = params.get('preset');
  return { fields, preset: isPreset(preset) ? preset : undefined, after: params.get('after') ?? undefined };
}

/** The address's query for a search: only what was given, trimmed, in a fixed order. */
export function queryOf(search: OrderSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of SEARCH_FIELDS) {
    const value = search.fields[field].trim();
    if (value !== '') params.set(field, value);
  }
  if (search.preset) params.set('preset', search.preset);
  if (search.after) params.set('after', search.after);
  return params;
}

/** Whether a search asks for anything: without, there is nothing to search yet. */
export function isSearching(search: OrderSearch): boolean {
  return search.preset !== undefined || SEARCH_FIELDS.some((field) => search.fields[field].trim() !== '');
}
