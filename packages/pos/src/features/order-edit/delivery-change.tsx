import type { DeliveryOptions } from '@kassa/contracts';
import { uuidv7 } from '@kassa/web-kit/api/uuidv7.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../services.tsx';
import { parseMoney } from '../cart/money.ts';
import { PickupFields, usePickupChoice } from '../cart/pickup-fields.tsx';
import styles from '../order-operations/operations.module.css';
import { addressText, deliveryChoiceText } from './delivery-choice-text.ts';
import { type DeliveryChoice, editableShipments, type NewShipmentDraft } from './edit-draft.ts';
import { useCustomer } from './use-customer.ts';

const NEW = 'new';

/**
 * R-EDT-1, R-CRE-2: a new delivery for the selected lines, applied to the draft: pick up at a store on a
 * date, or ship with one of the order's shipments or a new one to an address of the customer, by a
 * shipping mode, on a date, with its charge (R-CRE-3). Carry-out happens only when an order is made.
 */
export function DeliveryChange({
  order,
  options,
  newShipments,
  count,
  onApply,
  onClear,
}: {
  order: OrderDetails;
  options: DeliveryOptions;
  newShipments: readonly NewShipmentDraft[];
  count: number;
  onApply: (choice: DeliveryChoice, shipment?: NewShipmentDraft) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'pickup' | 'ship'>();
  return (
    <section className={styles.panel} aria-labelledby="edit-delivery-heading">
      <h2 id="edit-delivery-heading">{t('operations.edit.deliveryHeading', { count })}</h2>
      <div className={styles.row}>
        <Button
          variant={kind === 'pickup' ? 'primary' : 'secondary'}
          aria-pressed={kind === 'pickup'}
          onClick={() => setKind('pickup')}
        >
          {t('operations.edit.pickUp')}
        </Button>
        <Button
          variant={kind === 'ship' ? 'primary' : 'secondary'}
          aria-pressed={kind === 'ship'}
          onClick={() => setKind('ship')}
        >
          {t('operations.edit.ship')}
        </Button>
        <Button variant="secondary" onClick={onClear}>
          {t('operations.edit.clearSelection')}
        </Button>
      </div>
      {kind === 'pickup' ? <PickupChoice options={options} onApply={onApply} /> : null}
      {kind === 'ship' ? (
        <ShipChoice order={order} options={options} newShipments={newShipments} onApply={onApply} />
      ) : null}
    </section>
  );
}

function PickupChoice({
  options,
  onApply,
}: {
  options: DeliveryOptions;
  onApply: (choice: DeliveryChoice) => void;
}) {
  const { t } = useTranslation();
  const here = useSession().session?.storeId;
  const pickup = usePickupChoice(options, here);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ kind: 'pickup', storeId: pickup.storeId, date: pickup.date });
  };
  return (
    <form className={styles.row} onSubmit={submit} aria-label={t('operations.edit.pickUp')}>
      <PickupFields
        options={options}
        choice={pickup}
        labels={{ store: t('operations.edit.store'), date: t('operations.edit.pickupDate') }}
      />
      <Button type="submit">{t('operations.edit.apply')}</Button>
    </form>
  );
}

function ShipChoice({
  order,
  options,
  newShipments,
  onApply,
}: {
  order: OrderDetails;
  options: DeliveryOptions;
  newShipments: readonly NewShipmentDraft[];
  onApply: (choice: DeliveryChoice, shipment?: NewShipmentDraft) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const customer = useCustomer(order.customer.number);
  const addresses = customer.data?.addresses ?? [];
  const shipments = [
    ...editableShipments(order).map((shipment) => ({
      value: shipment.id,
      label: deliveryChoiceText(t, format, order, [], options, { kind: 'ship', shipmentId: shipment.id }),
    })),
    ...newShipments.map((shipment) => ({
      value: shipment.id,
      label: deliveryChoiceText(t, format, order, newShipments, options, {
        kind: 'ship',
        shipmentId: shipment.id,
      }),
    })),
  ];
  const [shipmentId, setShipmentId] = useState(NEW);
  const [addressId, setAddressId] = useState<string>();
  const [mode, setMode] = useState(options.shippingModes[0]?.code ?? '');
  const [date, setDate] = useState(options.today);
  const [charge, setCharge] = useState('');
  const [chargeInvalid, setChargeInvalid] = useState(false);
  const chosenAddress = addresses.find((address) => address.id === addressId) ?? addresses[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (shipmentId !== NEW) {
      onApply({ kind: 'ship', shipmentId });
      return;
    }
    const cents = charge.trim() === '' ? 0 : parseMoney(charge);
    setChargeInvalid(cents === undefined);
    if (cents === undefined || !chosenAddress) return;
    const id = `E-${uuidv7()}`;
    onApply(
      { kind: 'ship', shipmentId: id },
      {
        id,
        addressId: chosenAddress.id,
        addressLabel: addressText(chosenAddress),
        modeOfDelivery: mode,
        requestedDate: date,
        charge: cents,
      },
    );
  };
  return (
    <form className={styles.panel} onSubmit={submit} aria-label={t('operations.edit.ship')}>
      <SelectField
        label={t('operations.edit.shipment')}
        value={shipmentId}
        onChange={setShipmentId}
        options={[...shipments, { value: NEW, label: t('operations.edit.newShipment') }]}
      />
      {shipmentId === NEW ? (
        <>
          {customer.error ? <FormError>{errorText(customer.error)}</FormError> : null}
          {customer.data && addresses.length === 0 ? (
            <FormError>{t('operations.edit.noAddress')}</FormError>
          ) : null}
          <SelectField
            label={t('operations.edit.address')}
            value={chosenAddress?.id ?? ''}
            onChange={setAddressId}
            options={addresses.map((address) => ({ value: address.id, label: addressText(address) }))}
          />
          <div className={styles.row}>
            <SelectField
              label={t('operations.edit.mode')}
              value={mode}
              onChange={setMode}
              options={options.shippingModes.map((m) => ({ value: m.code, label: m.name }))}
            />
            <TextField
              label={t('operations.edit.requestedDate')}
              type="date"
              min={options.today}
              value={date}
              onChange={setDate}
            />
            <TextField
              label={t('operations.edit.charge')}
              inputMode="decimal"
              value={charge}
              onChange={setCharge}
              error={chargeInvalid ? t('operations.edit.amountInvalid') : undefined}
            />
          </div>
        </>
      ) : null}
      <div className={styles.row}>
        <Button type="submit" disabled={shipmentId === NEW && !chosenAddress}>
          {t('operations.edit.apply')}
        </Button>
      </div>
    </form>
  );
}
