import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useServices } from '../../services.tsx';
import { cartApi } from './cart-api.ts';

/** Opens a cart at the store and goes to it (`/carts/:cartId`), so a reload finds it again. */
export function useOpenCart() {
  const { api } = useServices();
  // The request has no body; an empty object stands for it, as the action's key is made per request.
  return useAction((_: Record<string, never>, key: string) => cartApi(api).open(key), {
    onSuccess: (cart) => navigate(`/carts/${cart.id}`),
  });
}
