import type { LineInput, ShipmentInput } from '@kassa/contracts';
import type { Delivery, NewLine, NewShipment } from '@kassa/domain';
import type { z } from 'zod';
import { fromBasisPoints } from '../configuration.ts';
import { type Failure, fail } from '../failure.ts';
import type { CustomerRecord, OrderSources } from './order-sources.ts';
import type { StockKey } from './stock.ts';

export async function loadCustomer(
  sources: OrderSources,
  number: string,
  field: string,
): Promise<CustomerRecord | Failure> {
  return (
    (await sources.customer(number)) ??
    fail('UNKNOWN_CUSTOMER', `customer ${number} does not exist`, { field, rule: 'R-CRE-1' })
  );
}

/**
 * Turns the lines a store sends (SKU, quantity, delivery) into the domain's lines at today's prices,
 * refusing with the field named what HQ does not know or no longer sells.
 */
export async function resolveLines(
  sources: OrderSources,
  lines: readonly z.infer<typeof LineInput>[],
  field: (index: number) => string,
): Promise<NewLine[] | Failure> {
  const products = await sources.products(lines.map((line) => line.sku));
  const resolved: NewLine[] = [];
  for (const [index, line] of lines.entries()) {
    const product = products.get(line.sku);
    if (!product)
      return fail('UNKNOWN_PRODUCT', `product ${line.sku} does not exist`, { field: `${field(index)}.sku` });
    if (product.active !== 1) {
      return fail('PRODUCT_NOT_SOLD', `product ${line.sku} is no longer sold`, {
        field: `${field(index)}.sku`,
      });
    }
    if (line.delivery.kind === 'pickup' && !(await sources.isStore(line.delivery.storeId))) {
      return fail('UNKNOWN_LOCATION', `store ${line.delivery.storeId} does not exist`, {
        field: `${field(index)}.delivery.storeId`,
      });
    }
    resolved.push({
      productId: product.sku,
      description: product.name,
      unitPrice: product.price,
      vatRate: fromBasisPoints(product.vat_rate_bp),
      quantity: line.quantity,
      productKind: product.kind,
      delivery: line.delivery as Delivery,
      ...(line.backorder !== undefined ? { backorder: line.backorder } : {}),
    });
  }
  return resolved;
}

/** Shipments to one of the customer's addresses, by a shipping mode, from the warehouse that ships for the store. */
export async function resolveShipments(
  sources: OrderSources,
  storeId: string,
  customer: CustomerRecord,
  shipments: readonly z.infer<typeof ShipmentInput>[],
  field: (index: number) => string,
): Promise<NewShipment[] | Failure> {
  if (shipments.length === 0) return [];
  const shipFrom = (await sources.location(storeId))?.ships_from ?? storeId;
  const modes = await sources.modesOfDelivery();
  const resolved: NewShipment[] = [];
  for (const [index, shipment] of shipments.entries()) {
    const address = customer.addresses.get(shipment.addressId);
    if (!address) {
      return fail(
        'UNKNOWN_ADDRESS',
        `address ${shipment.addressId} is not an address of customer ${customer.number}`,
        {
          field: `${field(index)}.addressId`,
          rule: 'R-CRE-2',
        },
      );
    }
    if (modes.get(shipment.modeOfDelivery) !== 'shipping') {
      return fail(
        'UNKNOWN_MODE_OF_DELIVERY',
        `${shipment.modeOfDelivery} is not a shipping mode of delivery`,
        {
          field: `${field(index)}.modeOfDelivery`,
          rule: 'R-CRE-2',
        },
      );
    }
    resolved.push({
      id: shipment.id,
      address,
      modeOfDelivery: shipment.modeOfDelivery,
      requestedDate: shipment.requestedDate,
      shipFrom,
      charge: shipment.charge,
    });
  }
  return resolved;
}

/** Where each line's stock is: this store, the pickup store, or the shipment's warehouse. */
export function stockKeys(
  storeId: string,
  lines: readonly NewLine[],
  shipments: readonly NewShipment[],
): StockKey[] {
  return lines.map((line) => {
    const d = line.delivery;
    const locationId =
      d.kind === 'pickup'
        ? d.storeId
        : d.kind === 'ship'
          ? (shipments.find((s) => s.id === d.shipmentId)?.shipFrom ?? storeId)
          : storeId;
    return { locationId, sku: line.productId };
  });
}
