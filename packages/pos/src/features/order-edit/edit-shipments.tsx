import type { DeliveryOptions } from '@kassa/contracts';
import fieldset from '@kassa/web-kit/components/fieldset.module.css';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { useTranslation } from 'react-i18next';
import { moneyInput } from '../cart/money.ts';
import styles from '../order-operations/operations.module.css';
import { addressText } from './delivery-choice-text.ts';
import { type EditDraft, editableShipments, type ShipmentDraft, shippingChargeOf } from './edit-draft.ts';
import type { EditInput } from './edit-request.ts';
import { ShipmentDestination } from './shipment-destination.tsx';

/**
 * R-EDT-1, R-CRE-2, R-CRE-3: the address, shipping mode, requested date and shipping charge of each
 * shipment still to leave.
 */
export function EditShipments({
  order,
  draft,
  options,
  onChange,
  errors,
}: {
  order: OrderDetails;
  draft: EditDraft;
  options: DeliveryOptions | undefined;
  onChange: (shipmentId: string, change: ShipmentDraft) => void;
  errors: Readonly<Partial<Record<EditInput, string>>>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shipments = editableShipments(order);
  if (shipments.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="edit-shipments-heading">
      <h2 id="edit-shipments-heading">{t('operations.edit.shipmentsHeading')}</h2>
      {shipments.map((shipment) => {
        const typed = draft.shipments[shipment.id] ?? {};
        const mode =
          options?.shippingModes.find((m) => m.code === shipment.modeOfDelivery)?.name ??
          shipment.modeOfDelivery;
        const name = t('operations.edit.shipmentName', { address: addressText(shipment.address), mode });
        return (
          <fieldset key={shipment.id} className={fieldset.fieldset}>
            <legend>{name}</legend>
            <ShipmentDestination
              order={order}
              shipment={shipment}
              name={name}
              typed={typed}
              options={options}
              onChange={(change) => onChange(shipment.id, change)}
              errors={{ address: errors[`address:${shipment.id}`], mode: errors[`mode:${shipment.id}`] }}
            />
            <div className={styles.row}>
              <TextField
                label={t('operations.edit.shipmentDate', { shipment: name })}
                type="date"
                min={options?.today}
                value={typed.requestedDate ?? shipment.requestedDate}
                onChange={(requestedDate) => onChange(shipment.id, { requestedDate })}
                error={errors[`date:${shipment.id}`]}
              />
              <TextField
                label={t('operations.edit.shipmentCharge', { shipment: name })}
                inputMode="decimal"
                value={typed.charge ?? moneyInput(shippingChargeOf(order, shipment.id))}
                onChange={(charge) => onChange(shipment.id, { charge })}
                error={errors[`charge:${shipment.id}`]}
              />
            </div>
            <p>{t('operations.edit.shipmentNow', { date: format.date(shipment.requestedDate) })}</p>
          </fieldset>
        );
      })}
    </section>
  );
}
