import type { CartView } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';
import { type CheckoutPreview, cartApi } from './cart-api.ts';

/**
 * HQ's dry run of the order this version of the cart would become (deposit required, what is still due,
 * what blocks it): asked again after every change, since each one may change the figures.
 */
export function useCheckoutPreview(cart: CartView) {
  const { api } = useServices();
  return useQuery<CheckoutPreview, ApiError>({
    queryKey: ['cart-preview', cart.id, cart.version],
    queryFn: () => cartApi(api).preview(cart.id),
    enabled: cart.status === 'open' && cart.lines.length > 0,
    retry: false,
  });
}
