import type { RtsOperationReply } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { backToResults } from '@kassa/web-kit/orders/last-results.ts';
import { OrderDocuments } from '@kassa/web-kit/orders/order-documents.tsx';
import { OrderHeader } from '@kassa/web-kit/orders/order-header.tsx';
import { OrderHistory } from '@kassa/web-kit/orders/order-history.tsx';
import { OrderLedger } from '@kassa/web-kit/orders/order-ledger.tsx';
import { OrderLines } from '@kassa/web-kit/orders/order-lines.tsx';
import { OrderMoney } from '@kassa/web-kit/orders/order-money.tsx';
import { orderNumberOf } from '@kassa/web-kit/orders/order-results.tsx';
import { useOrdersText } from '@kassa/web-kit/orders/orders-text.ts';
import { useOrder } from '@kassa/web-kit/orders/use-order.ts';
import { useState } from 'react';
import { useServices } from '../../services.tsx';
import styles from './sales-orders.module.css';
import { ShipShipment } from './ship-shipment.tsx';
import { shipmentsToShip } from './shipment-lines.ts';
import { ShippedInvoice } from './shipped-invoice.tsx';

/**
 * A sales order at `/orders/:orderId`, as HQ holds it: the same details the POS shows (lines, deliveries,
 * statuses, charges, money, ledger, invoices, returns, history), and each shipment still to ship, to ship
 * and invoice from here (R-PCK-5). The invoice a shipment issued stays on screen until another page.
 */
export function SalesOrderScreen({ orderId }: { orderId: string }) {
  const ordersText = useOrdersText();
  const errorText = useErrorText();
  const order = useOrder(useServices().api, orderId);
  const [shipped, setShipped] = useState<RtsOperationReply | undefined>();
  const found = order.data;
  return (
    <main className={styles.screen}>
      <div className={styles.titleBar}>
        <h1>
          {found
            ? ordersText('details.heading', { number: orderNumberOf(found) })
            : ordersText('details.loading')}
        </h1>
        <Button variant="secondary" onClick={backToResults}>
          {ordersText('details.backToResults')}
        </Button>
      </div>
      {shipped ? <ShippedInvoice reply={shipped} /> : null}
      {order.error ? (
        <FormError>{errorText(order.error)}</FormError>
      ) : found ? (
        <>
          <OrderHeader order={found} />
          {shipmentsToShip(found).map((toShip) => (
            // Read again at a new version, the form starts afresh from what HQ holds now.
            <ShipShipment
              key={`${toShip.shipment.id}@${found.version}`}
              order={found}
              toShip={toShip}
              onShipped={setShipped}
            />
          ))}
          <OrderLines order={found} />
          <OrderMoney order={found} />
          <OrderLedger order={found} />
          <OrderDocuments order={found} />
          <OrderHistory order={found} />
        </>
      ) : (
        <p role="status">{ordersText('details.loading')}</p>
      )}
    </main>
  );
}
