import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import styles from './receipt-screen.module.css';

/**
 * Prints the store's own receipt page (80 mm) in the associate's language. The page needs the register's
 * token, which a new window would not send, so it is fetched and printed from a frame of this page.
 */
export function PrintReceiptButton({ receiptId }: { receiptId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { api } = useServices();
  const [page, setPage] = useState<string>();
  // A new frame for every print, so printing the same receipt twice prints twice.
  const [printed, setPrinted] = useState(0);
  const [error, setError] = useState<ApiError>();
  const print = async () => {
    setError(undefined);
    try {
      const html = await api.getText(
        `/receipts/${encodeURIComponent(receiptId)}/html?language=${i18n.language === 'nl' ? 'nl' : 'en'}`,
      );
      setPage(html);
      setPrinted((count) => count + 1);
    } catch (failure) {
      setError(failure as ApiError);
    }
  };
  return (
    <>
      <Button onClick={() => void print()}>{t('receipt.print')}</Button>
      {error ? <FormError>{errorText(error)}</FormError> : null}
      {page ? (
        <iframe
          key={printed}
          className={styles.printFrame}
          title={t('receipt.printed')}
          srcDoc={page}
          onLoad={(event) => event.currentTarget.contentWindow?.print()}
        />
      ) : null}
    </>
  );
}
