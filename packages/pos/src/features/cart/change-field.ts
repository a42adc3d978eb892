import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';

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

/**
 * Where a refused change's message goes: at the input of the form it names (`at`), or, when the form has
 * no such input, above the form (`elsewhere`), so no refusal goes unseen.
 */
export function useChangeErrors(error: ApiError | null | undefined, inputs: readonly string[]) {
  const errorText = useErrorText();
  const field = changeField(error);
  return {
    at: (name: string) => (error && field === name ? errorText(error) : undefined),
    elsewhere: error && !inputs.includes(field ?? '') ? errorText(error) : undefined,
  };
}
