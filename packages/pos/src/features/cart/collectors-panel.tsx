import type { CartView } from '@kassa/contracts';
import { useTranslation } from 'react-i18next';
import { useChangeErrors } from './change-field.ts';
import { CollectorsInput } from './collectors-input.tsx';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/**
 * R-PCK-6: who besides the customer may collect the order, for a cart with something to pick up (or
 * people named already, so they can be removed). The order keeps the names; the pickup records who came.
 */
export function CollectorsPanel({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const set = useCartChange(cart);
  const errors = useChangeErrors(set.error, []);
  const toPickUp = cart.lines.some((line) => line.delivery.kind === 'pickup');
  if (!toPickUp && cart.collectors.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="collectors-heading">
      <h2 id="collectors-heading">{t('cart.collectors.heading')}</h2>
      <CollectorsInput
        collectors={cart.collectors}
        pending={set.isPending}
        error={errors.elsewhere}
        onChange={(collectors, done) =>
          set.change([{ kind: 'setCollectors', collectors }], { onSuccess: done })
        }
      />
    </section>
  );
}
