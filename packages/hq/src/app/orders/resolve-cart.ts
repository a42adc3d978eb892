import type { DeliveryInput, LineInput, ShipmentInput } from '@kassa/contracts';
import type { Delivery, NewLine, NewShipment } from '@kassa/domain';
import type { z } from 'zod';
import { fromBasisPoints } from '../configuration.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import type { StockKey } from './stock.ts';

export interface CustomerRecord {
  readonly number: string;
  readonly name: string;
  readonly addresses: ReadonlyMap<string, NewShipment['address']>;
}

export async function loadCustomer(
  trx: Trx,
  number: string,
  field: string,
): Promise<CustomerRecord | Failure> {
  const customer = await trx
    .selectFrom('customers')
    .select(['number', 'name'])
    .where('number', '=', number)
    .executeTakeFirst();
  if (!customer)
    return fail('UNKNOWN_CUSTOMER', `customer ${number} does not exist`, { field, rule: 'R-CRE-1' });
  const addresses = await trx
    .selectFrom('customer_addresses')
    .selectAll()
    .where('customer_number', '=', number)
    .execute();
  return {
    ...customer,
    addresses: new Map(
      addresses.map((a) => [
        a.id,
        { name: a.name, street: a.street, postalCode: a.postal_code, city: a.city, country: a.country },
      ]),
    ),
  };
}

/**
 * Turns the lines a store sends (SKU, quantity, delivery) into the domain's lines at today's prices,
 * refusing with the field named what HQ does not know or no longer sells.
 */
export async function resolveLines(
  trx: Trx,
  lines: readonly z.infer<typeof LineInput>[],
  field: (index: number) => string,
): Promise<NewLine[] | Failure> {
  const skus = [...new Set(lines.map((line) => line.sku))];
  const products = new Map(
    (await trx.selectFrom('products').selectAll().where('sku', 'in', skus).execute()).map((p) => [p.sku, p]),
  );
  const stores = await knownStores(
    trx,
    lines.map((line) => line.delivery),
  );
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
    if (line.delivery.kind === 'pickup' && !stores.has(line.delivery.storeId)) {
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

async function knownStores(
  trx: Trx,
  deliveries: readonly z.infer<typeof DeliveryInput>[],
): Promise<Set<string>> {
  const ids = [...new Set(deliveries.flatMap((d) => (d.kind === 'pickup' ? [d.storeId] : [])))];
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('locations')
    .select('id')
    .where('id', 'in', ids)
    .where('kind', '=', 'store')
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Shipments to one of the customer's addresses, by a shipping mode, from the warehouse that ships for the store. */
export async function resolveShipments(
  trx: Trx,
  storeId: string,
  customer: CustomerRecord,
  shipments: readonly z.infer<typeof ShipmentInput>[],
  field: (index: number) => string,
): Promise<NewShipment[] | Failure> {
  if (shipments.length === 0) return [];
  const store = await trx
    .selectFrom('locations')
    .select('ships_from')
    .where('id', '=', storeId)
    .executeTakeFirst();
  const shipFrom = store?.ships_from ?? storeId;
  const modes = new Map(
    (await trx.selectFrom('modes_of_delivery').select(['code', 'kind']).execute()).map((m) => [
      m.code,
      m.kind,
    ]),
  );
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
