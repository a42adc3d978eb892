import type { ApiError } from '../api/api-error.ts';
import type { OrderDetails } from './order-details.ts';
import { orderNumberOf } from './order-results.tsx';
import { useOrdersText } from './orders-text.ts';

/**
 * An order screen's heading: the order by its number once it is read ("Order SO-1", or what the screen
 * does with it), "Loading…" until then, and `unavailable` when it could not be read.
 */
export function OrderHeading({
  order,
  heading,
  unavailable,
}: {
  order: { readonly data: OrderDetails | undefined; readonly error: ApiError | null };
  heading?: (number: string) => string;
  /** The heading when the order could not be read; without it, still "Loading…" above the error. */
  unavailable?: string;
}) {
  const ordersText = useOrdersText();
  const found = order.data;
  const headingOf = heading ?? ((number: string) => ordersText('details.heading', { number }));
  return (
    <h1>
      {found
        ? headingOf(orderNumberOf(found))
        : order.error && unavailable
          ? unavailable
          : ordersText('details.loading')}
    </h1>
  );
}
