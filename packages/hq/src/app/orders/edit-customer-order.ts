import type { Address, EditOrderRequest, OrderChangeInput } from '@kassa/contracts';
import { editOrder, fulfillingLocation, type NewShipment, type OrderChange } from '@kassa/domain';
import type { z } from 'zod';
import { fromBasisPoints } from '../configuration.ts';
import { type Failure, fail, isFailure } from '../failure.ts';
import type { Hq } from '../hq-context.ts';
import type { IdempotencyKey } from '../idempotency.ts';
import type { OperationReply } from './commit-outcome.ts';
import type { CustomerRecord, OrderSources } from './order-sources.ts';
import { loadCustomer, resolveLines, resolveShipments, stockKeys } from './resolve-cart.ts';
import { runOrderOperation } from './run-order-operation.ts';
import { lockAvailability, type StockKey } from './stock.ts';

/** RTS: edits an order (R-EDT-1..4); HQ resolves new lines, addresses and today's prices for the domain. */
export function editCustomerOrder(
  hq: Hq,
  storeId: string,
  orderId: string,
  request: EditOrderRequest,
  options: { preview: boolean; idempotency?: IdempotencyKey },
): Promise<OperationReply | Failure> {
  return runOrderOperation(hq, {
    locationId: storeId,
    orderId,
    operation: 'edit',
    request,
    ...options,
    details: { changes: request.changes.map((change) => change.kind) },
    async decide({ trx, sources, record, ctx, tenders }) {
      const { order } = record.state;
      const customer = await loadCustomer(sources, order.customerId, 'customerNumber');
      if (isFailure(customer)) return customer;
      const changes: OrderChange[] = [];
      const shipments: NewShipment[] = order.shipments.map((s) => ({ ...s, charge: 0 }));
      const keys: StockKey[] = order.lines.map((line) => ({
        locationId: fulfillingLocation(order, line),
        sku: line.productId,
      }));
      for (const [index, change] of request.changes.entries()) {
        const field = `changes[${index}]`;
        switch (change.kind) {
          case 'addLine': {
            const resolved = await resolveLines(sources, [change.line], () => `${field}.line`);
            if (isFailure(resolved)) return resolved;
            changes.push(...resolved.map((line) => ({ kind: 'addLine' as const, line })));
            keys.push(...stockKeys(order.storeId, resolved, shipments));
            break;
          }
          case 'addShipment': {
            const resolved = await resolveShipments(
              sources,
              order.storeId,
              customer,
              [change.shipment],
              () => `${field}.shipment`,
            );
            if (isFailure(resolved)) return resolved;
            shipments.push(...resolved);
            changes.push(...resolved.map((shipment) => ({ kind: 'addShipment' as const, shipment })));
            break;
          }
          case 'changeShipment': {
            const refusal = await checkShipmentChange(sources, customer, change, field);
            if (refusal) return refusal;
            changes.push({
              kind: 'changeShipment',
              shipmentId: change.shipmentId,
              ...(change.addressId !== undefined
                ? { address: customer.addresses.get(change.addressId) as Address }
                : {}),
              ...(change.modeOfDelivery !== undefined ? { modeOfDelivery: change.modeOfDelivery } : {}),
              ...(change.requestedDate !== undefined ? { requestedDate: change.requestedDate } : {}),
              ...(change.charge !== undefined ? { charge: change.charge } : {}),
            });
            break;
          }
          case 'recalculatePrices': {
            const products = await sources.products(order.lines.map((line) => line.productId));
            changes.push({
              kind: 'recalculatePrices',
              prices: Object.fromEntries(
                [...products.values()].map((p) => [
                  p.sku,
                  { unitPrice: p.price, vatRate: fromBasisPoints(p.vat_rate_bp) },
                ]),
              ),
            });
            break;
          }
          case 'changeDelivery': {
            // A line moved to pickup must go to a store HQ knows, as a new line's must (resolveLines);
            // without this check a backordered move to an unknown store was stored.
            if (change.delivery.kind === 'pickup' && !(await sources.isStore(change.delivery.storeId))) {
              return fail('UNKNOWN_LOCATION', `store ${change.delivery.storeId} does not exist`, {
                field: `${field}.delivery.storeId`,
              });
            }
            changes.push(change);
            for (const lineId of change.lineIds) {
              const line = order.lines.find((candidate) => candidate.id === lineId);
              if (line)
                keys.push(
                  ...stockKeys(
                    order.storeId,
                    [{ ...line, delivery: change.delivery, quantity: 0 }],
                    shipments,
                  ),
                );
            }
            break;
          }
          default:
            changes.push(change);
        }
      }
      const availability = await lockAvailability(trx, hq.database.engine, keys);
      return editOrder(
        record.state,
        {
          changes,
          availability,
          ...(request.backorder !== undefined ? { backorder: request.backorder } : {}),
          payments: tenders.payments,
          authorizations: tenders.authorizations,
        },
        ctx,
      );
    },
  });
}

/** A changed shipment still goes to one of the customer's addresses, by a shipping mode (R-CRE-2). */
async function checkShipmentChange(
  sources: OrderSources,
  customer: CustomerRecord,
  change: Extract<z.infer<typeof OrderChangeInput>, { kind: 'changeShipment' }>,
  field: string,
): Promise<Failure | undefined> {
  if (change.addressId !== undefined && !customer.addresses.has(change.addressId)) {
    return fail(
      'UNKNOWN_ADDRESS',
      `address ${change.addressId} is not an address of customer ${customer.number}`,
      {
        field: `${field}.addressId`,
        rule: 'R-CRE-2',
      },
    );
  }
  if (change.modeOfDelivery !== undefined) {
    const modes = await sources.modesOfDelivery();
    if (modes.get(change.modeOfDelivery) !== 'shipping') {
      return fail('UNKNOWN_MODE_OF_DELIVERY', `${change.modeOfDelivery} is not a shipping mode of delivery`, {
        field: `${field}.modeOfDelivery`,
        rule: 'R-CRE-2',
      });
    }
  }
  return undefined;
}
