import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a screen loads from HQ: "Loading…", the error why it could not, or the screen made of it. */
export function Loaded<T>({
  data,
  error,
  children,
}: {
  data: T | undefined;
  error: ApiError | null | undefined;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (error) return <FormError>{errorText(error)}</FormError>;
  if (data === undefined) return <p role="status">{t('common.loading')}</p>;
  return children(data);
}
