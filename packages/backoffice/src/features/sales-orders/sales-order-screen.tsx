import type { RtsOperationReply } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import titleBar from '@kassa/web-kit/components/title-bar.module.css';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { backToResults } from '@kassa/web-kit/orders/last-results.ts';
import { OrderHeading } from '@kassa/web-kit/orders/order-heading.tsx';
import { OrderView } from '@kassa/web-kit/orders/order-view.tsx';
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
  return (
    <main className={styles.screen}>
      <div className={titleBar.bar}>
        <OrderHeading order={order} />
        <Button variant="secondary" onClick={backToResults}>
          {ordersText('details.backToResults')}
        </Button>
      </div>
      {shipped ? <ShippedInvoice reply={shipped} /> : null}
      <OrderView
        order={order}
        errorText={errorText}
        afterHeader={(found) =>
          shipmentsToShip(found).map((toShip) => (
            // Read again at a new version, the form starts afresh from what HQ holds now.
            <ShipShipment
              key={`${toShip.shipment.id}@${found.version}`}
              order={found}
              toShip={toShip}
              onShipped={setShipped}
            />
          ))
        }
      />
    </main>
  );
}
