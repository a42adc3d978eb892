import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { errorText } from '@kassa/web-kit/i18n/error-text.ts';
import type { i18n, TFunction } from 'i18next';

/** HQ's error, or one found before asking it, as the master-data forms show it. */
export type FieldError = Pick<ApiError, 'code' | 'field' | 'message' | 'details'>;

/**
 * An error of a master-data form in the user's language: `masterData.errors.<CODE>_<field>` where the
 * field makes the difference, else `masterData.errors.<CODE>`, else the back office's own texts
 * (`errors.*`), else HQ's words. A field's positions in a list do not count: `addresses[1].city` reads
 * `addresses_city`, so one text serves every address.
 */
export function entityErrorText(t: TFunction, i18n: i18n, error: FieldError): string {
  const field = error.field
    ?.replace(/\[\d+\]/g, '')
    .replace(/[.[\]]+/g, '_')
    .replace(/_$/, '');
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  for (const key of [
    ...(field ? [`masterData.errors.${error.code}_${field}`] : []),
    `masterData.errors.${error.code}`,
  ]) {
    if (i18n.exists(key)) return translate(key, { ...error.details });
  }
  return errorText(t, error);
}
