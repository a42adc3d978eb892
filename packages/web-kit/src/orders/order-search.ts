import { type FindOrdersQuery, RtsOrderStatus } from '@kassa/contracts';

/** The presets of R-FND-1, in the order Find an order offers them. */
export const PRESETS = ['toPickUpHere', 'toShip', 'toFulfil'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * What the associate can type or choose to find an order; each is a parameter of `GET /api/orders` by that
 * name. The store and the status are chosen from a list (CHOICE_FIELDS), the rest typed.
 */
export const SEARCH_FIELDS = [
  'number',
  'confirmationNumber',
  'pickupCode',
  'invoiceNumber',
  'customer',
  'storeId',
  'status',
  'createdFrom',
  'createdTo',
  'deliveryFrom',
  'deliveryTo',
] as const satisfies readonly (keyof FindOrdersQuery)[];
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The fields chosen from a list: the store that took the order, and the order's status. */
export const CHOICE_FIELDS = ['storeId', 'status'] as const satisfies readonly SearchField[];
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
export const isChoiceField = (field: SearchField): field is ChoiceField =>
  CHOICE_FIELDS.includes(field as ChoiceField);

/** The statuses an order is found in, as HQ stores them, in the order of an order's life. */
export const ORDER_STATUSES: readonly RtsOrderStatus[] = RtsOrderStatus.options;
const isOrderStatus = (value: string): value is RtsOrderStatus =>
  ORDER_STATUSES.includes(value as RtsOrderStatus);

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

/**
 * The search in an address's query (`?customer=anna&status=open&preset=toShip`): Back and a reload show it
 * again. A status or preset the form cannot offer is left out, as if not asked.
 */
export function searchOf(params: URLSearchParams): OrderSearch {
  const fields = { ...EMPTY_FIELDS };
  for (const field of SEARCH_FIELDS) fields[field] = params.get(field) ?? '';
  if (!isOrderStatus(fields.status)) fields.status = '';
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
