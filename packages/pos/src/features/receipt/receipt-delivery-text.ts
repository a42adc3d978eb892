import type { ReceiptDelivery } from '@kassa/contracts';
import type { TFunction } from 'i18next';

/** Where and when a receipt line's goods go (R-RCP-1): carry out, the pickup store and date, or the address. */
export function receiptDeliveryText(
  t: TFunction,
  formatDate: (date: string) => string,
  delivery: ReceiptDelivery,
): string {
  switch (delivery.kind) {
    case 'carryOut':
      return t('cart.delivery.carryOutLine');
    case 'pickup':
      return t('cart.delivery.pickupLine', {
        store: `${delivery.storeId} ${delivery.storeName}`,
        date: formatDate(delivery.date),
      });
    case 'ship': {
      const { address } = delivery;
      return t('cart.delivery.shipLine', {
        address: `${address.name}, ${address.street}, ${address.postalCode} ${address.city}, ${address.country}`,
        mode: delivery.modeOfDeliveryName,
        date: formatDate(delivery.requestedDate),
      });
    }
    default: {
      const unknown: never = delivery;
      return String(unknown);
    }
  }
}
