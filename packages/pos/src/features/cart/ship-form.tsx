import type { CartView, DeliveryOptions } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeErrors } from './change-field.ts';
import { parseMoney } from './money.ts';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/**
 * Ship all or the selected lines (R-CRE-2, R-CRE-3): to one of the customer's addresses, by a shipping
 * mode, on a requested date, with the shipping charge of the shipment.
 */
export function ShipForm({
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
  const addresses = cart.customer?.addresses ?? [];
  const [addressId, setAddressId] = useState(addresses[0]?.id ?? '');
  const [mode, setMode] = useState(options.shippingModes[0]?.code ?? '');
  const [date, setDate] = useState(options.today);
  const [charge, setCharge] = useState('');
  const [chargeInvalid, setChargeInvalid] = useState(false);
  const errors = useChangeErrors(set.error, [
    'delivery.addressId',
    'delivery.modeOfDelivery',
    'delivery.requestedDate',
    'delivery.charge',
  ]);

  if (!cart.customer) return <FormError>{t('cart.delivery.customerFirst')}</FormError>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = charge.trim() === '' ? 0 : parseMoney(charge);
    setChargeInvalid(cents === undefined);
    if (cents === undefined) return;
    set.change(
      [
        {
          kind: 'setDelivery',
          ...(lineIds ? { lineIds: [...lineIds] } : {}),
          delivery: { kind: 'ship', addressId, modeOfDelivery: mode, requestedDate: date, charge: cents },
        },
      ],
      { onSuccess: onDone },
    );
  };
  return (
    <form className={styles.panel} onSubmit={submit} aria-label={t('cart.delivery.shipForm')}>
      <SelectField
        label={t('cart.delivery.address')}
        value={addressId}
        onChange={setAddressId}
        options={addresses.map((address) => ({ value: address.id, label: address.label }))}
        error={errors.at('delivery.addressId')}
      />
      <div className={styles.row}>
        <SelectField
          label={t('cart.delivery.mode')}
          value={mode}
          onChange={setMode}
          options={options.shippingModes.map((m) => ({ value: m.code, label: m.name }))}
          error={errors.at('delivery.modeOfDelivery')}
        />
        <TextField
          label={t('cart.delivery.requestedDate')}
          type="date"
          min={options.today}
          value={date}
          onChange={setDate}
          error={errors.at('delivery.requestedDate')}
        />
        <TextField
          label={t('cart.delivery.charge')}
          inputMode="decimal"
          value={charge}
          onChange={setCharge}
          error={chargeInvalid ? t('cart.amountInvalid') : errors.at('delivery.charge')}
        />
      </div>
      {errors.elsewhere ? <FormError>{errors.elsewhere}</FormError> : null}
      <div className={styles.row}>
        <Button type="submit" disabled={set.isPending}>
          {lineIds ? t('cart.delivery.shipSelected', { count: lineIds.length }) : t('cart.delivery.shipAll')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('cart.delivery.cancel')}
        </Button>
      </div>
    </form>
  );
}
