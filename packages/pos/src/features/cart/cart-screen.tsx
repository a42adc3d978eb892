import type { CartView } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import titleBar from '@kassa/web-kit/components/title-bar.module.css';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartLines } from './cart-lines.tsx';
import styles from './cart-screen.module.css';
import { CartTotals } from './cart-totals.tsx';
import { CollectorsPanel } from './collectors-panel.tsx';
import { CompletedCart } from './completed-cart.tsx';
import { CustomerPanel } from './customer-panel.tsx';
import { DeliveryBar } from './delivery-bar.tsx';
import { OrderTypeSwitch } from './order-type-switch.tsx';
import { PaymentPanel } from './payment-panel.tsx';
import { ProductEntry } from './product-entry.tsx';
import { useCart } from './use-cart.ts';
import { useCheckoutPreview } from './use-checkout-preview.ts';
import { useDeliveryOptions } from './use-delivery-options.ts';

/** A new transaction (SPEC §4, §5): the cart the store keeps at `/carts/:cartId`, so a reload finds it. */
export function CartScreen({ cartId }: { cartId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const cart = useCart(cartId);
  if (cart.error) {
    return (
      <main className={styles.screen}>
        <h1>{t('cart.heading')}</h1>
        <FormError>{errorText(cart.error as ApiError)}</FormError>
        <Button variant="secondary" onClick={() => navigate('/')}>
          {t('cart.home')}
        </Button>
      </main>
    );
  }
  if (!cart.data) return <main className={styles.screen}>{t('cart.loading')}</main>;
  if (cart.data.order) return <CompletedCart cart={cart.data} />;
  return <OpenCart cart={cart.data} />;
}

function OpenCart({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const options = useDeliveryOptions();
  const preview = useCheckoutPreview(cart);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Lines removed since they were selected are selected no longer.
  const chosen = cart.lines.filter((line) => selected.has(line.id)).map((line) => line.id);
  return (
    <main className={styles.screen}>
      <div className={titleBar.bar}>
        <h1>{t('cart.heading')}</h1>
        <OrderTypeSwitch cart={cart} />
      </div>
      <div className={styles.columns}>
        <div className={styles.column}>
          <ProductEntry cart={cart} />
          <CartLines
            cart={cart}
            options={options.data}
            selected={new Set(chosen)}
            onSelect={(lineId, value) => {
              const next = new Set(chosen);
              if (value) next.add(lineId);
              else next.delete(lineId);
              setSelected(next);
            }}
          />
          <DeliveryBar
            cart={cart}
            options={options.data}
            selected={chosen}
            onApplied={() => setSelected(new Set())}
          />
        </div>
        <div className={styles.column}>
          <CustomerPanel cart={cart} />
          <CollectorsPanel cart={cart} />
          <CartTotals cart={cart} preview={preview.data} />
          <PaymentPanel
            cart={cart}
            preview={preview.data}
            previewError={preview.error}
            options={options.data}
          />
        </div>
      </div>
    </main>
  );
}
