import type { TFunction } from 'i18next';
import type { ApiError } from '../api/api-error.ts';

/**
 * An error as the user reads it: translated by its code (`errors.<CODE>_<field>` where the field
 * makes a difference, else `errors.<CODE>`), with the values of its details; a code without a
 * translation shows the server's own message, in English, rather than nothing. A field's dots and
 * brackets become `_` (`managerOverride.staffId` → `FORBIDDEN_managerOverride_staffId`): i18next reads a
 * dot in a key as a level of nesting.
 */
export function errorText(
  t: TFunction,
  // Also a refusal HQ lists without throwing it (a checkout preview's blockers).
  error: Pick<ApiError, 'code' | 'field' | 'message' | 'details'>,
): string {
  // Codes come from the server at run time, so the key cannot be one of the typed ones.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(`errors.${error.code}`, {
    ...error.details,
    context: error.field?.replace(/[.[\]]+/g, '_').replace(/_$/, ''),
    defaultValue: error.message,
  });
}
