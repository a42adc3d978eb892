import { depositRequirement } from './deposit.ts';
import { balances } from './ledger.ts';
import type { OrderState } from './operation.ts';
import { type Order, openQuantity, orderTotal } from './order.ts';
import type { CommerceParameters } from './parameters.ts';
import { lineStatus, orderStatus } from './status.ts';

/** What a tier knows of an order beyond the domain's state: the numbers it gave it and the customer's name. */
export interface OrderNames {
  readonly number: string;
  readonly confirmationNumber: string | null;
  readonly customerName: string;
  readonly invoiceNumbers: ReadonlyMap<string, string>;
  readonly returnNumbers: ReadonlyMap<string, string>;
}

/**
 * An order as people and clients read it: the domain's order with its derived statuses (SPEC §7), totals,
 * deposit and balances from the ledger (R-MON-5), and the numbers of its documents. HQ answers it for
 * every order; a store describes the orders it made itself the same way.
 */
export function orderView(state: OrderState, names: OrderNames, parameters: CommerceParameters) {
  const { order, ledger, invoices, returnOrders } = state;
  const b = balances(ledger);
  const credited = returnOrders.reduce((acc, r) => acc + r.total, 0);
  return {
    id: order.id,
    number: names.number,
    confirmationNumber: names.confirmationNumber,
    type: order.type,
    status: orderStatus(order),
    storeId: order.storeId,
    customer: { number: order.customerId, name: names.customerName },
    version: order.version,
    createdAt: order.createdAt,
    pickupCode: order.pickupCode ?? null,
    quoteExpiresOn: order.quoteExpiresOn ?? null,
    depositOverride: order.depositOverride ?? null,
    collectors: order.collectors,
    lines: order.lines.map((line) => ({ ...line, status: lineStatus(line) })),
    shipments: order.shipments,
    charges: order.charges,
    money: {
      total: orderTotal(order),
      depositRequired: order.type === 'quote' ? 0 : depositRequirement(order, parameters).required,
      paid: b.paid,
      depositAvailable: b.depositAvailable,
      authorizationOpen: b.authorizationOpen,
      refunded: b.refunded,
      due: b.due,
      balance: orderTotal(order) - credited - b.paid,
      perTender: b.perTender,
    },
    invoices: invoices.map((invoice) => ({
      ...invoice,
      number: names.invoiceNumbers.get(invoice.id) ?? null,
    })),
    returnOrders: returnOrders.map((r) => ({ ...r, number: names.returnNumbers.get(r.id) ?? null })),
    ledger,
  };
}
export type OrderView = ReturnType<typeof orderView>;

/** The earliest date something open is due to be picked up or shipped, for searching by delivery date. */
export function nextDeliveryDate(order: Order): string | null {
  const dates: string[] = [];
  for (const line of order.lines) {
    if (openQuantity(line) === 0) continue;
    if (line.delivery.kind === 'pickup') dates.push(line.delivery.date);
    if (line.delivery.kind === 'ship') {
      const shipmentId = line.delivery.shipmentId;
      const shipment = order.shipments.find((s) => s.id === shipmentId);
      if (shipment) dates.push(shipment.requestedDate);
    }
  }
  return dates.sort()[0] ?? null;
}
