import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';

/**
 * Whether HQ holds the order. One this store made while HQ was out of reach has no HQ number until
 * Synchronize orders takes it (R-CRE-7): it can be picked up or cancelled here (R-ASY-5), but what only
 * HQ records (edit, picking and packing) waits for HQ.
 */
export const heldByHq = (order: OrderDetails): boolean => order.number !== '';
