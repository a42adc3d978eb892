import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { errorText } from '@kassa/web-kit/i18n/error-text.ts';
import type { TFunction } from 'i18next';
import { STAGED_STATUSES } from './staged-transaction.ts';

const statusWord = (t: TFunction, status: unknown) => {
  const known = STAGED_STATUSES.find((each) => each === status);
  return known ? t(`staged.statuses.${known}`) : String(status ?? '');
};

/**
 * HQ's refusal of a correction (R-ASY-4) as the user reads it: a move its status table does not allow
 * (someone else acted first), the id or confirmation number a corrected order must keep, or the field of
 * the payload HQ refuses, named by its path with HQ's own words; anything else as every error is.
 */
export function correctionError(t: TFunction, error: ApiError): string {
  if (error.code === 'STAGED_TRANSITION_NOT_ALLOWED') {
    return t('staged.errors.transition', {
      from: statusWord(t, error.details.from),
      to: statusWord(t, error.details.to),
    });
  }
  if (error.field === 'payload.orderId' || error.field === 'payload.confirmationNumber') {
    return t('staged.errors.keep');
  }
  if (error.field?.startsWith('payload')) {
    return t('staged.errors.payload', {
      field: error.field.replace(/^payload\.?/, '') || '—',
      message: error.message,
    });
  }
  return errorText(t, error);
}
