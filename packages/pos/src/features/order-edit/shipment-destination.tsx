import type { DeliveryOptions } from '@kassa/contracts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { useTranslation } from 'react-i18next';
import styles from '../order-operations/operations.module.css';
import { addressText } from './delivery-choice-text.ts';
import type { ShipmentDraft } from './edit-draft.ts';
import { useCustomer } from './use-customer.ts';

/** The value of the address choice that keeps the shipment's address as it is. */
const AS_IS = '';

/**
 * R-EDT-1, R-CRE-2: where a shipment goes and how: another of the customer's addresses, another shipping
 * mode. The shipment keeps a copy of its address, not which of the customer's it was, so the address it
 * has is offered as it reads (or as the customer's address that reads the same), and choosing it again
 * sends nothing.
 */
export function ShipmentDestination({
  order,
  shipment,
  name,
  typed,
  options,
  onChange,
  errors,
}: {
  order: OrderDetails;
  shipment: OrderDetails['shipments'][number];
  /** The shipment as the screen names it, for its inputs' labels. */
  name: string;
  typed: ShipmentDraft;
  options: DeliveryOptions | undefined;
  onChange: (change: ShipmentDraft) => void;
  errors: { readonly address?: string | undefined; readonly mode?: string | undefined };
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const customer = useCustomer(order.customer.number);
  const now = addressText(shipment.address);
  const addresses = customer.data?.addresses ?? [];
  const same = addresses.find((address) => addressText(address) === now);
  const modes = options?.shippingModes ?? [];
  return (
    <>
      {customer.error ? <FormError>{errorText(customer.error)}</FormError> : null}
      <div className={styles.row}>
        <SelectField
          label={t('operations.edit.shipmentAddress', { shipment: name })}
          value={typed.addressId ?? same?.id ?? AS_IS}
          onChange={(addressId) =>
            onChange({ addressId: addressId === AS_IS || addressId === same?.id ? undefined : addressId })
          }
          options={[
            ...(same ? [] : [{ value: AS_IS, label: now }]),
            ...addresses.map((address) => ({ value: address.id, label: addressText(address) })),
          ]}
          error={errors.address}
        />
        <SelectField
          label={t('operations.edit.shipmentMode', { shipment: name })}
          value={typed.modeOfDelivery ?? shipment.modeOfDelivery}
          onChange={(mode) =>
            onChange({ modeOfDelivery: mode === shipment.modeOfDelivery ? undefined : mode })
          }
          options={[
            // A mode this store no longer offers still names the shipment's until another is chosen.
            ...(modes.some((mode) => mode.code === shipment.modeOfDelivery)
              ? []
              : [{ value: shipment.modeOfDelivery, label: shipment.modeOfDelivery }]),
            ...modes.map((mode) => ({ value: mode.code, label: mode.name })),
          ]}
          error={errors.mode}
        />
      </div>
    </>
  );
}
