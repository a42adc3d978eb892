import type { ApiError } from '../../api/api-error.ts';

/**
 * The input a refused cart change names. The store names it within the request (`changes[0].sku`,
 * `changes[0].delivery.storeId`); each action sends its own changes, so the part after the index is the
 * field of the form that sent it.
 */
export function changeField(error: ApiError | null | undefined): string | undefined {
  const field = error?.field;
  if (!field) return undefined;
  return field.replace(/^changes\[\d+\]\./, '');
}
