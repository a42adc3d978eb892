import type { DeliveryOptions } from '@kassa/contracts';
import type { Format } from '@kassa/web-kit/format/use-format.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import type { TFunction } from 'i18next';
import type { DeliveryChoice, NewShipmentDraft } from './edit-draft.ts';

/**
 * Where a line goes as the draft has it, in the words of the order's details (R-CRE-2): a store and date,
 * or a shipment of the order or one the edit adds.
 */
export function deliveryChoiceText(
  t: TFunction,
  format: Format,
  order: OrderDetails,
  newShipments: readonly NewShipmentDraft[],
  options: DeliveryOptions | undefined,
  choice: DeliveryChoice | OrderDetails['lines'][number]['delivery'],
): string {
  switch (choice.kind) {
    case 'carryOut':
      return t('delivery.carryOut', { ns: 'orders' });
    case 'pickup': {
      const store = options?.pickupStores.find((s) => s.id === choice.storeId);
      return t('delivery.pickup', {
        ns: 'orders',
        store: store ? `${store.id} ${store.name}` : choice.storeId,
        date: format.date(choice.date),
      });
    }
    case 'ship': {
      const mode = (code: string) => options?.shippingModes.find((m) => m.code === code)?.name ?? code;
      const added = newShipments.find((s) => s.id === choice.shipmentId);
      if (added) {
        return t('delivery.ship', {
          ns: 'orders',
          address: added.addressLabel,
          mode: mode(added.modeOfDelivery),
          date: format.date(added.requestedDate),
        });
      }
      const shipment = order.shipments.find((s) => s.id === choice.shipmentId);
      if (!shipment) return t('delivery.shipUnknown', { ns: 'orders' });
      return t('delivery.ship', {
        ns: 'orders',
        address: addressText(shipment.address),
        mode: mode(shipment.modeOfDelivery),
        date: format.date(shipment.requestedDate),
      });
    }
    default: {
      const unknown: never = choice;
      return String(unknown);
    }
  }
}

/** An address on one line, as the order's details show it. */
export const addressText = (address: {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}) => `${address.name}, ${address.street}, ${address.postalCode} ${address.city}, ${address.country}`;
