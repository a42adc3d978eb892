import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useState } from 'react';
import { NO_TENDER, type Tender } from './tender.ts';
import { tenderInputOf } from './tender-errors.ts';

/**
 * The tender of an operation to confirm, with the confirm's refusal shown at the tender input it names.
 * Retyping the tender takes the refusal back: it was about what was sent.
 */
export function useTender(confirm: { readonly error: ApiError | null; reset(): void }) {
  const errorText = useErrorText();
  const [tender, setTender] = useState<Tender>(NO_TENDER);
  const input = tenderInputOf(confirm.error, tender.method);
  return {
    tender,
    /** The tender input the refusal names, if it names one. */
    input,
    /** TenderForm's tender, its change and its errors. */
    form: {
      tender,
      onChange: (next: Tender) => {
        confirm.reset();
        setTender(next);
      },
      errors: confirm.error && input ? { [input]: errorText(confirm.error) } : {},
    },
  };
}
