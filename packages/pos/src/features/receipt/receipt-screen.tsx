import type { Receipt } from '@kassa/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';
import { Button } from '../../components/button.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useErrorText } from '../../i18n/use-error-text.ts';
import { navigate } from '../../navigation/router.ts';
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
