import type { CartView, DeliveryOptions } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeErrors } from './change-field.ts';
import styles from './panel.module.css';
import { PickupFields, usePickupChoice } from './pickup-fields.tsx';
import { PickupStock } from './pickup-stock.tsx';
import { useCartChange } from './use-cart.ts';

/** Pick up all or the selected lines (R-CRE-2): at this store or another, on a date not in the past. */
export function PickupForm({
  cart,
  options,
  lineIds,
  onDone,
}: {
  cart: CartView;
  options: DeliveryOptions;
  lineIds: readonly string[] | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const set = useCartChange(cart);
  const pickup = usePickupChoice(options);
  const { storeId, date } = pickup;
  const errors = useChangeErrors(set.error, ['delivery.storeId', 'delivery.date']);

  // One column per product of the lines to pick up, however many lines carry it.
  const lines = cart.lines.filter((line) => !lineIds || lineIds.includes(line.id));
  const products = [...new Map(lines.map((line) => [line.sku, line])).values()];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    set.change(
      [
        {
          kind: 'setDelivery',
          ...(lineIds ? { lineIds: [...lineIds] } : {}),
          delivery: { kind: 'pickup', storeId, date },
        },
      ],
      { onSuccess: onDone },
    );
  };
  return (
    <form className={styles.panel} onSubmit={submit} aria-label={t('cart.delivery.pickupForm')}>
      <div className={styles.row}>
        <PickupFields
          options={options}
          choice={pickup}
          labels={{ store: t('cart.delivery.store'), date: t('cart.delivery.pickupDate') }}
          errors={{ store: errors.at('delivery.storeId'), date: errors.at('delivery.date') }}
        />
      </div>
      <PickupStock products={products} stores={options.pickupStores} chosen={storeId} />
      {errors.elsewhere ? <FormError>{errors.elsewhere}</FormError> : null}
      <div className={styles.row}>
        <Button type="submit" disabled={set.isPending}>
          {lineIds
            ? t('cart.delivery.pickupSelected', { count: lineIds.length })
            : t('cart.delivery.pickupAll')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('cart.delivery.cancel')}
        </Button>
      </div>
    </form>
  );
}
