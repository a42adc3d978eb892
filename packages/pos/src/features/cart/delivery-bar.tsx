import type { CartView, DeliveryOptions } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './panel.module.css';
import { PickupForm } from './pickup-form.tsx';
import { ShipForm } from './ship-form.tsx';
import { useCartChange } from './use-cart.ts';

type Opened = 'pickup' | 'ship' | undefined;

/**
 * "Carry out / Pick up / Ship" for the selected lines, or for all of them when none is selected
 * (R-CRE-2). Carry out applies at once; a pickup and a shipment ask where and when first.
 */
export function DeliveryBar({
  cart,
  options,
  selected,
  onApplied,
}: {
  cart: CartView;
  options: DeliveryOptions | undefined;
  selected: readonly string[];
  onApplied: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const carryOut = useCartChange(cart);
  const [opened, setOpened] = useState<Opened>();
  if (cart.lines.length === 0) return null;
  const lineIds = selected.length > 0 ? selected : undefined;
  const count = selected.length;
  const done = () => {
    setOpened(undefined);
    onApplied();
  };
  return (
    <section className={styles.panel} aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">{t('cart.delivery.heading')}</h2>
      <div className={styles.row}>
        <Button
          variant="secondary"
          disabled={carryOut.isPending}
          onClick={() =>
            carryOut.change(
              [
                {
                  kind: 'setDelivery',
                  ...(lineIds ? { lineIds: [...lineIds] } : {}),
                  delivery: { kind: 'carryOut' },
                },
              ],
              { onSuccess: done },
            )
          }
        >
          {lineIds ? t('cart.delivery.carryOutSelected', { count }) : t('cart.delivery.carryOutAll')}
        </Button>
        <Button
          variant="secondary"
          aria-pressed={opened === 'pickup'}
          disabled={!options}
          onClick={() => setOpened(opened === 'pickup' ? undefined : 'pickup')}
        >
          {lineIds ? t('cart.delivery.pickupSelected', { count }) : t('cart.delivery.pickupAll')}…
        </Button>
        <Button
          variant="secondary"
          aria-pressed={opened === 'ship'}
          disabled={!options}
          onClick={() => setOpened(opened === 'ship' ? undefined : 'ship')}
        >
          {lineIds ? t('cart.delivery.shipSelected', { count }) : t('cart.delivery.shipAll')}…
        </Button>
      </div>
      {carryOut.error ? <FormError>{errorText(carryOut.error)}</FormError> : null}
      {opened === 'pickup' && options ? (
        <PickupForm cart={cart} options={options} lineIds={lineIds} onDone={done} />
      ) : null}
      {opened === 'ship' && options ? (
        <ShipForm cart={cart} options={options} lineIds={lineIds} onDone={done} />
      ) : null}
    </section>
  );
}
