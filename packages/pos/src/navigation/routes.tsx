import type { ReactNode } from 'react';
import { CartScreen } from '../features/cart/cart-screen.tsx';
import { HomeScreen } from '../features/home/home-screen.tsx';
import { EditOrderScreen } from '../features/order-edit/edit-order-screen.tsx';
import { CancelScreen } from '../features/order-operations/cancel-screen.tsx';
import { PickUpScreen } from '../features/order-operations/pick-up-screen.tsx';
import { ReturnScreen } from '../features/order-operations/return-screen.tsx';
import { FindOrdersScreen } from '../features/orders/find-orders-screen.tsx';
import { OrderDetailsScreen } from '../features/orders/order-details-screen.tsx';
import { PickingListScreen } from '../features/orders/picking-list-screen.tsx';
import { PickPackScreen } from '../features/pick-pack/pick-pack-screen.tsx';
import { ReceiptScreen } from '../features/receipt/receipt-screen.tsx';

/**
 * The register's screens by address, first match wins. A screen is listed here once it exists; Home
 * offers only what is listed (see `HomeAction`).
 */
export const ROUTES: readonly {
  readonly path: string;
  readonly screen: (params: Record<string, string>) => ReactNode;
}[] = [
  { path: '/', screen: () => <HomeScreen /> },
  { path: '/orders', screen: () => <FindOrdersScreen /> },
  {
    path: '/orders/:orderId/picking-list',
    screen: ({ orderId = '' }) => <PickingListScreen key={orderId} orderId={orderId} />,
  },
  {
    path: '/orders/:orderId/pick-pack',
    screen: ({ orderId = '' }) => <PickPackScreen key={orderId} orderId={orderId} />,
  },
  {
    path: '/orders/:orderId/pick-up',
    screen: ({ orderId = '' }) => <PickUpScreen key={orderId} orderId={orderId} />,
  },
  {
    path: '/orders/:orderId/return',
    screen: ({ orderId = '' }) => <ReturnScreen key={orderId} orderId={orderId} />,
  },
  {
    path: '/orders/:orderId/edit',
    screen: ({ orderId = '' }) => <EditOrderScreen key={orderId} orderId={orderId} />,
  },
  {
    path: '/orders/:orderId/cancel',
    screen: ({ orderId = '' }) => <CancelScreen key={orderId} orderId={orderId} />,
  },
  {
    path: '/orders/:orderId',
    screen: ({ orderId = '' }) => <OrderDetailsScreen key={orderId} orderId={orderId} />,
  },
  { path: '/carts/:cartId', screen: ({ cartId = '' }) => <CartScreen key={cartId} cartId={cartId} /> },
  {
    path: '/receipts/:receiptId',
    screen: ({ receiptId = '' }) => <ReceiptScreen key={receiptId} receiptId={receiptId} />,
  },
];
