import type { CartView } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useTranslation } from 'react-i18next';
import styles from './cart-screen.module.css';

/** A cart already finished (a reload after the checkout, Back): it is an order now, with its receipt. */
export function CompletedCart({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const order = cart.order;
  return (
    <main className={styles.screen}>
      <h1>{t('cart.completed', { number: order?.number ?? '' })}</h1>
      <div className={styles.top}>
        {order ? (
          <Button onClick={() => navigate(`/receipts/${encodeURIComponent(order.receiptId)}`)}>
            {t('cart.showReceipt')}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => navigate('/')}>
          {t('cart.home')}
        </Button>
      </div>
    </main>
  );
}
