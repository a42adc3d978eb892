import type { OrderDetails } from '../orders/order-details.ts';

type Quantities = OrderDetails['lines'][number]['quantities'];

/** For the apps' tests of order lines: a line's quantities, those given and every other one 0. */
export const quantities = (given: Partial<Quantities>): Quantities => ({
  ordered: 0,
  reserved: 0,
  picked: 0,
  packed: 0,
  delivered: 0,
  invoiced: 0,
  cancelled: 0,
  returned: 0,
  ...given,
});
