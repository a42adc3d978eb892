import type { CartView, DeliveryOptions } from '@kassa/contracts';
import type { TFunction } from 'i18next';

type Line = CartView['lines'][number];

/** How a line's goods reach the customer (R-CRE-2), as the cart lists it: where, how and when. */
export function deliveryText(
  t: TFunction,
  formatDate: (date: string) => string,
  line: Line,
  cart: CartView,
  options: DeliveryOptions | undefined,
): string {
  const { delivery } = line;
  switch (delivery.kind) {
    case 'carryOut':
      return t('cart.delivery.carryOutLine');
    case 'pickup': {
      const store = options?.pickupStores.find((s) => s.id === delivery.storeId);
      return t('cart.delivery.pickupLine', {
        store: store ? `${store.id} ${store.name}` : delivery.storeId,
        date: formatDate(delivery.date),
      });
    }
    case 'ship': {
      const shipment = cart.shipments.find((s) => s.id === delivery.shipmentId);
      if (!shipment) return t('cart.delivery.shipLineUnknown');
      const address = cart.customer?.addresses.find((a) => a.id === shipment.addressId);
      const mode = options?.shippingModes.find((m) => m.code === shipment.modeOfDelivery);
      return t('cart.delivery.shipLine', {
        address: address?.label ?? shipment.addressId,
        mode: mode?.name ?? shipment.modeOfDelivery,
        date: formatDate(shipment.requestedDate),
      });
    }
    default: {
      const unknown: never = delivery;
      return String(unknown);
    }
  }
}
