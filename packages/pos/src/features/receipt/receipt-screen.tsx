import type { Receipt } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { useOpenCart } from '../cart/use-open-cart.ts';
import { PrintReceiptButton } from './print-receipt-button.tsx';
import styles from './receipt-screen.module.css';
import { ReceiptView } from './receipt-view.tsx';

/**
 * The receipt of a new order (R-RCP-1, shown by ReceiptView): printable in the associate's language,
 * and the way to the next sale.
 */
export function ReceiptScreen({ receiptId }: { receiptId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api } = useServices();
  const receipt = useQuery<Receipt, ApiError>({
    queryKey: ['receipt', receiptId],
    queryFn: () => api.get<Receipt>(`/receipts/${encodeURIComponent(receiptId)}`),
  });
  const open = useOpenCart();
  return (
    <main className={styles.screen}>
      {receipt.error ? <FormError>{errorText(receipt.error)}</FormError> : null}
      {receipt.data ? (
        <ReceiptView receipt={receipt.data} />
      ) : receipt.error ? null : (
        <p>{t('cart.loading')}</p>
      )}
      <div className={styles.actions}>
        {receipt.data ? <PrintReceiptButton receiptId={receiptId} /> : null}
        <Button onClick={() => open.mutate({})} disabled={open.isPending}>
          {t('home.newTransaction')}
        </Button>
        <Button variant="secondary" onClick={() => navigate('/')}>
          {t('cart.home')}
        </Button>
      </div>
      {open.error ? <FormError>{errorText(open.error)}</FormError> : null}
    </main>
  );
}
