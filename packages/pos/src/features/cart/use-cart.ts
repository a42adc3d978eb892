import type { CartChange, CartView, ManagerOverride } from '@kassa/contracts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useServices } from '../../services.tsx';
import { type CartChanges, cartApi } from './cart-api.ts';

export const cartQueryKey = (cartId: string) => ['cart', cartId] as const;

/** The cart as the store keeps it: a reload of the screen shows the same cart. */
export function useCart(cartId: string) {
  const { api } = useServices();
  return useQuery({ queryKey: cartQueryKey(cartId), queryFn: () => cartApi(api).get(cartId) });
}

/**
 * One kind of change of the cart, made by one part of the screen, which shows its own error beside its
 * own inputs. The version is part of the action, so a retry against a newer cart is a new action (the
 * store refuses a key sent with another request). The store answers the changed cart, shown from then on.
 */
export function useCartChange(cart: CartView) {
  const { api } = useServices();
  const queryClient = useQueryClient();
  const action = useAction(
    (request: CartChanges, key: string) => cartApi(api).change(cart.id, request, key),
    {
      onSuccess: (changed) => queryClient.setQueryData(cartQueryKey(cart.id), changed),
      // Changed elsewhere (another tab, a retry that got through): show the cart as it is now; what was
      // typed stays in its form, to be sent again.
      onError: (error) => {
        if (error.status === 409) void queryClient.invalidateQueries({ queryKey: cartQueryKey(cart.id) });
      },
    },
  );
  return {
    ...action,
    change: (
      changes: readonly CartChange[],
      options: { onSuccess?: (changed: CartView) => void; managerOverride?: ManagerOverride } = {},
    ) =>
      action.mutate(
        {
          version: cart.version,
          changes,
          ...(options.managerOverride ? { managerOverride: options.managerOverride } : {}),
        },
        options.onSuccess ? { onSuccess: options.onSuccess } : {},
      ),
  };
}
