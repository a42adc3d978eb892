import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useTranslation } from 'react-i18next';

/**
 * An order that cannot be read or changed, in the associate's words. With HQ out of reach, an order the
 * store cannot read is one HQ holds (the store reads its own async orders itself, R-ASY-5): the screen
 * says that it waits for HQ, and what can still be done here.
 */
export function useOrderErrorText(): (error: ApiError) => string {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error) => (error.code === 'HQ_UNREACHABLE' ? t('operations.hqHolds') : errorText(error));
}
