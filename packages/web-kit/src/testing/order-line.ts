import type { OrderDetails } from '../orders/order-details.ts';
import { quantities } from './quantities.ts';

type Line = OrderDetails['lines'][number];

/** For the apps' tests of order lines: an open line `id` of product `P-<id>` going `delivery`, its quantities as given. */
export const orderLine = (
  id: string,
  delivery: Line['delivery'],
  given: Partial<Line['quantities']>,
): Line => ({
  id,
  productId: `P-${id}`,
  description: `Product ${id}`,
  unitPrice: 1000,
  vatRate: 21,
  delivery,
  quantities: quantities(given),
  status: 'open',
});
