import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { FormError } from '../components/form-error.tsx';
import type { OrderDetails } from './order-details.ts';
import { OrderDocuments } from './order-documents.tsx';
import { OrderHeader } from './order-header.tsx';
import { OrderHistory } from './order-history.tsx';
import { OrderLedger } from './order-ledger.tsx';
import { OrderLines } from './order-lines.tsx';
import { OrderMoney } from './order-money.tsx';
import { useOrdersText } from './orders-text.ts';

/**
 * Everything about an order, as both apps show it: header, lines, money, ledger, documents and history;
 * "Loading…" until it is read, or why it could not be.
 */
export function OrderView({
  order,
  errorText,
  afterHeader,
}: {
  order: { readonly data: OrderDetails | undefined; readonly error: ApiError | null };
  /** Why the order could not be read, in the app's words. */
  errorText: (error: ApiError) => string;
  /** What the app shows between the header and the lines (the back office: each shipment to ship). */
  afterHeader?: (order: OrderDetails) => ReactNode;
}) {
  const ordersText = useOrdersText();
  const found = order.data;
  if (order.error) return <FormError>{errorText(order.error)}</FormError>;
  if (!found) return <p role="status">{ordersText('details.loading')}</p>;
  return (
    <>
      <OrderHeader order={found} />
      {afterHeader?.(found)}
      <OrderLines order={found} />
      <OrderMoney order={found} />
      <OrderLedger order={found} />
      <OrderDocuments order={found} />
      <OrderHistory order={found} />
    </>
  );
}
