import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.ts';
import { errorText } from './error-text.ts';

/** `errorText` in the language the user chose, following a switch. */
export function useErrorText(): (error: ApiError) => string {
  const { t } = useTranslation();
  return (error) => errorText(t, error);
}
